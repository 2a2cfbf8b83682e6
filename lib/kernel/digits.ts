/** Arabic-Indic (U+0660–0669) and Extended Arabic-Indic (U+06F0–06F9) digits → Latin digits. Pure. */
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

export function toLatinDigits(value: string): string {
  return value.replace(ARABIC_INDIC, (ch) => String(ch.charCodeAt(0) - (ch.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));
}
