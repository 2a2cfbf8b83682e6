import type { Lang } from "@/lib/i18n/settings";

/**
 * Money is stored as integer halalas (1 SAR = 100 halalas) and shown with two decimals and the
 * currency as Saudis read it: "1,250.00 ر.س" in Arabic, "SAR 1,250.00" in English (Latin digits,
 * like the dates). Integer arithmetic only: no float rounding of the halalas.
 */
const NBSP = "\u00a0";
/** Built once per language (an Intl formatter is costly to build, cheap to use). */
const WHOLE = { ar: new Intl.NumberFormat("ar-SA-u-nu-latn", { maximumFractionDigits: 0 }), en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }) };

export function formatAmount(halalas: number, lang: Lang): string {
  if (!Number.isSafeInteger(halalas)) throw new RangeError(`halalas must be a safe integer, got ${halalas}`);
  const abs = Math.abs(halalas);
  const riyals = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, "0");
  const whole = WHOLE[lang === "ar" ? "ar" : "en"].format(riyals);
  return `${halalas < 0 ? "-" : ""}${whole}.${rest}`;
}

export function formatHalalas(halalas: number, lang: Lang): string {
  const amount = formatAmount(halalas, lang);
  return lang === "ar" ? `${amount}${NBSP}ر.س` : `SAR${NBSP}${amount}`;
}
