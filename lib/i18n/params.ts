import { notFound } from "next/navigation";
import { isLang, type Lang } from "@/lib/i18n/settings";

/** Reads the [lang] segment; an unknown language is a 404, not a crash. */
export async function langOf(params: Promise<{ lang: string }>): Promise<Lang> {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return lang;
}
