import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";
import type arA11y from "@/locales/ar/a11y.json";
import { safeDecodeURIComponent } from "@/lib/kernel/decode";

/**
 * A page's own <title> (issue 17, accessibility): `export const generateMetadata = pageTitle("audit");` names the
 * page from locales/<lang>/a11y.json (titles); the root layout's template adds " · <portal name>". `param` names a
 * dynamic segment that is a human identifier (a bill number, a reference, an office code): it goes into the title
 * as {{id}}, so two records' tabs differ. Database ids (cuid) are never put in a title. `extra` is the rest of the
 * page's metadata (e.g. robots, referrer), which a page cannot export beside generateMetadata.
 */
export function pageTitle(key: keyof (typeof arA11y)["titles"], param?: string, extra: Metadata = {}) {
  return async ({ params }: { params: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> => {
    const p = await params;
    const lang = isLang(p.lang) ? p.lang : "ar";
    const raw = param ? p[param] : undefined;
    const id = typeof raw === "string" ? safeDecodeURIComponent(raw).slice(0, 24) : "";
    return { ...extra, title: getT(lang)(`a11y:titles.${key}`, { id: id ? `\u2066${id}\u2069` : "" }) };
  };
}
