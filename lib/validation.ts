/**
 * Shared zod building blocks for schemas.ts files. lib/zod.ts configures the localized error keys
 * (lib/i18n/zod-messages.ts) wherever zod is imported.
 */
import * as z from "@/lib/zod";
import { isValidNationalId } from "@/lib/domain/identity/national-id";
import { normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import { toLatinDigits } from "@/lib/kernel/digits";

export { z };

/** Trims and turns Arabic-Indic digits into Latin ones before validating. */
const digits = (s: unknown) => (typeof s === "string" ? toLatinDigits(s).trim() : s);

export const zNationalId = z.preprocess(
  digits,
  z.string().min(1, { error: "validation:required" }).refine(isValidNationalId, { error: "validation:nationalId" }),
);

export const zSaudiMobile = z.preprocess(
  (v) => (typeof v === "string" ? (normalizeSaudiMobile(v) ?? v) : v),
  z.string().min(1, { error: "validation:required" }).regex(/^9665\d{8}$/, { error: "validation:mobile" }),
);

export const zRequiredText = (max = 500) =>
  z.string().trim().min(1, { error: "validation:required" }).max(max).refine((s) => noControlChars(s), { error: "validation:controlChars" });

/** The largest page number a paginated list accepts: beyond it every list is empty anyway. */
export const MAX_PAGE = 10_000;

/**
 * THE parser of the `page` search parameter of every paginated page (decision 013): a whole number
 * between 1 and MAX_PAGE. Anything else (`abc`, `-3`, `1e309`, `99999999999999999999999999`, an array)
 * gives page 1 or the clamp — never an offset PostgreSQL refuses.
 */
export function pageParam(value: unknown): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const s = typeof raw === "number" ? String(raw) : typeof raw === "string" ? toLatinDigits(raw).trim() : "";
  if (!/^\d+$/.test(s)) return 1;
  const n = Number(s.replace(/^0+(?=\d)/, "").slice(0, 12));
  return n < 1 ? 1 : Math.min(n, MAX_PAGE);
}

/**
 * Characters PostgreSQL text cannot hold (NUL) and the other C0 controls no form field means (tab, line feed
 * and carriage return stay allowed). Refused at the shared input boundary (decision 013): every command's
 * `execute` (so every server action), the agency API's JSON bodies and Open311's form bodies call
 * `controlCharField` before validating; `zRequiredText` / `zText` refuse them too.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const noControlChars = (s: string) => !CONTROL_CHARS.test(s);

/** The path ("a.b.0", "" for the value itself) of the first string holding a control character, or null. */
export function controlCharField(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return CONTROL_CHARS.test(value) ? path : null;
  if (depth > 64 || value === null || typeof value !== "object") return null;
  if (typeof FormData !== "undefined" && value instanceof FormData) {
    for (const [key, v] of value.entries()) {
      if (CONTROL_CHARS.test(key)) return key;
      if (typeof v === "string" && CONTROL_CHARS.test(v)) return key;
    }
    return null;
  }
  if (typeof Blob !== "undefined" && value instanceof Blob) return null;
  if (value instanceof Date) return null;
  for (const [key, v] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (CONTROL_CHARS.test(key)) return here;
    const found = controlCharField(v, here, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** Optional free text of at most `max` characters, trimmed, without control characters. */
export const zText = (max = 500) => z.string().trim().max(max).refine(noControlChars, { error: "validation:controlChars" });
