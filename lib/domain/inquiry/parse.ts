import { compactNumber, dammValid } from "@/lib/kernel/check-digits";
import { isValidNationalId } from "@/lib/domain/identity/national-id";
import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * Parsing typed reference numbers, shared by the inquiry kinds. People type "a 100 0014", "أ"-less Latin
 * prefixes in either case, Arabic-Indic digits; the check digit (Damm) catches a mistyped or swapped digit
 * before any database lookup.
 */

/** The readable number with one of `prefixes` (longest first), upper-cased and compacted, or the reason it is not one. */
export function parseReference(raw: string, prefixes: readonly string[]): { ok: true; prefix: string; number: string } | { ok: false; error: "required" | "format" | "checkDigit" } {
  const c = compactNumber(raw ?? "").toUpperCase();
  if (c === "") return { ok: false, error: "required" };
  const prefix = [...prefixes].sort((a, b) => b.length - a.length).find((p) => c.startsWith(p) && /^\d+$/.test(c.slice(p.length)));
  if (!prefix) return { ok: false, error: "format" };
  const digits = c.slice(prefix.length);
  if (digits.length < 5 || digits.length > 14) return { ok: false, error: "format" };
  if (!dammValid(digits)) return { ok: false, error: "checkDigit" };
  return { ok: true, prefix, number: `${prefix}${digits}` };
}

/** A commercial registration number: 10 digits. */
export function parseCr(raw: string): string | null {
  const c = toLatinDigits(raw ?? "").replace(/[\s-]+/g, "");
  return /^\d{10}$/.test(c) ? c : null;
}

/** A national ID / iqama number with its check digit, or null. */
export function parseNationalId(raw: string): string | null {
  const c = toLatinDigits(raw ?? "").replace(/[\s-]+/g, "");
  return isValidNationalId(c) ? c : null;
}

/** The field error of a failed parseReference, in the inquiry dictionary. */
export function numberError(error: "required" | "format" | "checkDigit", formatKey: string): Record<string, string> {
  if (error === "required") return { number: "validation:required" };
  if (error === "checkDigit") return { number: "inquiry:errors.checkDigit" };
  return { number: formatKey };
}
