/**
 * Bilingual reference data carries `<field>Ar` and `<field>En`: these pick the reader's language
 * (pure, client-safe). English falls back to Arabic when a record has no English text (a trade name).
 */
export type Lang = "ar" | "en";

type Bilingual<K extends string> = { [P in `${K}Ar`]: string } & { [P in `${K}En`]?: string | null };

/** `x.nameAr` in Arabic, `x.nameEn` (or `nameAr` when it has none) in English; `missing` when there is no x. */
export function localName(lang: Lang, x: Bilingual<"name"> | null | undefined, missing = "—"): string {
  return x ? localText(lang, x, "name") : missing;
}

/** The same for any bilingual field: localText(lang, article, "title") → titleAr | titleEn. */
export function localText<K extends string>(lang: Lang, x: Bilingual<K>, field: K): string {
  const ar = (x as Record<string, string>)[`${field}Ar`] as string;
  if (lang === "ar") return ar;
  return (x as Record<string, string | null | undefined>)[`${field}En`] || ar;
}

/** A pair named by language (`{ ar, en }`, as some DTOs carry it) → the reader's one. */
export function localPair(lang: Lang, x: { ar: string; en?: string | null }): string {
  return lang === "ar" ? x.ar : x.en || x.ar;
}
