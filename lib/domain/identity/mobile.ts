import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * Saudi mobile numbers. People type 05XXXXXXXX, 5XXXXXXXX, +9665XXXXXXXX or 009665XXXXXXXX,
 * often with spaces or Arabic-Indic digits; we store E.164 without '+': 9665XXXXXXXX.
 */
export function normalizeSaudiMobile(input: string): string | null {
  const digits = toLatinDigits(input).replace(/[\s\-()]/g, "");
  const m = /^(?:\+?966|00966|0)?(5\d{8})$/.exec(digits);
  return m ? `966${m[1]}` : null;
}

/** 9665XXXXXXXX → 05X XXX XXXX, as Saudis write it. */
export function formatSaudiMobile(e164: string): string {
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`;
}
