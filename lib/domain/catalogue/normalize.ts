/**
 * Arabic search as people type it (docs/decisions/018-service-catalogue.md). One pure function is applied to the
 * stored search text (EService.searchText) and to the query, so both sides agree:
 * - the hamza forms of alef (أ إ آ ٱ) → ا; ؤ → و; ئ → ي; a lone hamza ء is dropped
 * - taa marbuta ة → ه; alef maqsura ى → ي
 * - diacritics (tashkeel, superscript alef) and tatweel ـ are removed
 * - Arabic-Indic and Persian digits → ASCII digits; Latin letters lower-cased; punctuation → one space.
 */
const MAP: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
  "ؤ": "و", "ئ": "ي", "ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك",
};

// U+064B–U+065F tashkeel, U+0670 superscript alef, U+06D6–U+06ED Quranic marks, U+0640 tatweel, U+0621 lone hamza.
const DROP = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u0621]/g;

export function normalizeArabic(input: string): string {
  let out = "";
  for (const ch of input.normalize("NFC").replace(DROP, "")) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else out += MAP[ch] ?? ch;
  }
  return out
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * The words of a query, normalized; a service matches when its search text CONTAINS every one. The definite
 * article is dropped from a query word ("الرخص" → "رخص"): matching is by substring, so this only widens the match
 * to the same word without the article ("رخصة بناء" for "رخصة البناء").
 */
export function searchTerms(query: string): string[] {
  const words = normalizeArabic(query)
    .split(" ")
    .map((w) => (w.startsWith("ال") && w.length >= 5 ? w.slice(2) : w))
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 8);
}

/** What is stored in EService.searchText: every text a person might search by, normalized once. */
export function searchTextOf(s: { code: string; nameAr: string; nameEn: string; descriptionAr: string; descriptionEn: string; departmentAr: string; departmentEn: string }): string {
  return normalizeArabic([s.nameAr, s.nameEn, s.descriptionAr, s.descriptionEn, s.departmentAr, s.departmentEn, s.code].join(" "));
}
