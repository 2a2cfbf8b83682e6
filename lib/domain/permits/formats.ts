import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * The formats of the land references an office types (pure; Arabic-Indic digits accepted and stored as Latin):
 * - deed (صك) number: 10 to 14 digits;
 * - plan (مخطط) number: digits, optionally "/" and more digits (e.g. 324/3);
 * - parcel (قطعة) number: 1 to 5 digits, optionally followed by "/" and 1 to 4 digits (e.g. 1520/2).
 * Anything else is refused with a clear message; the form keeps what was typed.
 */
export const DEED_RE = /^\d{10,14}$/;
export const PLAN_RE = /^\d{1,6}(\/\d{1,4})?$/;
export const PARCEL_RE = /^\d{1,5}(\/\d{1,4})?$/;

export function normalizeRef(value: string): string {
  return toLatinDigits(value).replace(/\s+/g, "").replace(/[\\\u2215]/g, "/");
}
export const isDeedNo = (v: string) => DEED_RE.test(normalizeRef(v));
export const isPlanNo = (v: string) => PLAN_RE.test(normalizeRef(v));
export const isParcelNo = (v: string) => PARCEL_RE.test(normalizeRef(v));
