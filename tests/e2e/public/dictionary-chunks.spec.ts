import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Decisions 033, 034 and 037: a page downloads its own language's core dictionary (common, errors, validation),
 * preloaded by the server so hydration does not wait a further round trip for it (a click in that window was lost),
 * never the other language's core, and no namespace none of its client components uses. A page none of whose client
 * components translates downloads no dictionary at all (decision 040).
 */
const CORE = {
  ar: "يوجد خطأ في البيانات المدخلة، يرجى تصحيح ما يلي:",
  en: "There is a problem with what you entered. Please correct the following:",
} as const;
/** A string of the sign-in form's own namespace (auth), which its component brings. */
const SIGN_IN = {
  ar: "ستنتقل إلى صفحة النفاذ الوطني الموحد لإثبات هويتك",
  en: "You will go to the National Single Sign-On page to prove your identity",
} as const;
/** A namespace no public page's client component uses: the supervision committee's. */
const UNUSED = (["ar", "en"] as const).map((l) => (JSON.parse(readFileSync(`locales/${l}/supervision.json`, "utf8")) as { clauseSets: Record<string, string> }).clauseSets.STANDARD!);

/** Opens the page cold and returns the URL of every script it downloaded, with its text. */
async function scriptsOf(page: Page, url: string): Promise<{ url: string; text: string }[]> {
  const pending: Promise<{ url: string; text: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") pending.push(response.text().then((text) => ({ url: new URL(response.url()).pathname, text })));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return Promise.all(pending);
}

for (const [lang, other] of [["ar", "en"], ["en", "ar"]] as const) {
  test(`a page in ${lang} downloads the ${lang} core dictionary, preloaded, never the ${other} one, and only the namespaces it uses`, async ({ page }) => {
    const scripts = await scriptsOf(page, `/${lang}/sign-in`);
    const core = scripts.filter((s) => s.text.includes(CORE[lang]));
    expect(core, "exactly one chunk holds the page's core dictionary").toHaveLength(1);
    expect(scripts.filter((s) => s.text.includes(CORE[other])), `no ${other} core dictionary`).toEqual([]);
    await expect(page.locator(`link[rel="preload"][as="script"][href="${core[0]!.url}"]`)).toHaveCount(1);
    expect(scripts.filter((s) => UNUSED.some((u) => s.text.includes(u))), "no namespace the page does not use").toEqual([]);
    // And it is in use: the page's client text is in its language.
    await expect(page.getByText(SIGN_IN[lang])).toBeVisible();
  });
}

test("the home page, whose client parts take their words from the server, downloads no dictionary and no i18next (decision 040)", async ({ page }) => {
  const scripts = await scriptsOf(page, "/ar");
  expect(scripts.length, "the page's scripts were seen").toBeGreaterThan(3);
  expect(scripts.filter((s) => s.text.includes(CORE.ar) || s.text.includes(CORE.en)), "no core dictionary").toEqual([]);
  expect(scripts.filter((s) => s.text.includes("hasLoadedNamespace: i18next was not initialized")), "no i18next").toEqual([]);
  expect(scripts.filter((s) => s.text.includes(SIGN_IN.ar) || s.text.includes(SIGN_IN.en) || UNUSED.some((u) => s.text.includes(u)))).toEqual([]);
  // The header's language switch still speaks Arabic: its label comes from the server.
  await expect(page.getByTestId("language-switch")).toHaveText("English");
});
