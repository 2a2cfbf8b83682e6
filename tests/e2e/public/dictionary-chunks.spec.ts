import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Decisions 033 and 034: a page downloads its own language's dictionaries only, and the server puts a preload of
 * that chunk in the page, so hydration does not wait a further round trip for it (a click in that window was lost).
 */
const SAMPLE = {
  ar: "ستنتقل إلى صفحة النفاذ الوطني الموحد لإثبات هويتك",
  en: "You will go to the National Single Sign-On page to prove your identity",
} as const;

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
  test(`a page in ${lang} downloads the ${lang} dictionaries, preloaded, and never the ${other} ones`, async ({ page }) => {
    const scripts = await scriptsOf(page, `/${lang}/sign-in`);
    const dictionary = scripts.filter((s) => s.text.includes(SAMPLE[lang]));
    expect(dictionary, "exactly one chunk holds the page's dictionaries").toHaveLength(1);
    expect(scripts.filter((s) => s.text.includes(SAMPLE[other])), `no ${other} dictionary`).toEqual([]);
    await expect(page.locator(`link[rel="preload"][as="script"][href="${dictionary[0]!.url}"]`)).toHaveCount(1);
    // And it is in use: the page's client text is in its language.
    await expect(page.getByText(SAMPLE[lang])).toBeVisible();
  });
}
