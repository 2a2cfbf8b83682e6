import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * Decisions 033, 034 and 037: a page downloads its own language's core dictionary (common, errors, validation),
 * never the other language's core, and no namespace none of its client components uses. A page none of whose client
 * components translates downloads no dictionary at all (decision 040); a form brings its dictionary with its code,
 * on the person's first interaction (decision 045).
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

/** Records the URL and text of every script the page downloads from now on. */
function recordScripts(page: Page): () => Promise<{ url: string; text: string }[]> {
  const pending: Promise<{ url: string; text: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") pending.push(response.text().then((text) => ({ url: new URL(response.url()).pathname, text })));
  });
  return () => Promise.all(pending);
}

/** Opens the page cold and returns the URL of every script it downloaded, with its text. */
async function scriptsOf(page: Page, url: string): Promise<{ url: string; text: string }[]> {
  const scripts = recordScripts(page);
  await page.goto(url, { waitUntil: "networkidle" });
  return scripts();
}

const I18NEXT = "hasLoadedNamespace: i18next was not initialized";

for (const [lang, other] of [["ar", "en"], ["en", "ar"]] as const) {
  test(`a form in ${lang} brings the ${lang} core dictionary on the first interaction, never the ${other} one, and only the namespaces it uses`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(`/${lang}/sign-in`, { waitUntil: "networkidle" });
    // The sign-in forms' code, with i18next and the dictionaries, is not in the first load (decision 045).
    const first = await scripts();
    expect(first.length, "the page's scripts were seen").toBeGreaterThan(3);
    expect(first.filter((s) => s.text.includes(CORE.ar) || s.text.includes(CORE.en) || s.text.includes(I18NEXT)), "no dictionary, no i18next before the first interaction").toEqual([]);
    // The server rendered the forms in full: their words are there before their code.
    await expect(page.getByText(SIGN_IN[lang])).toBeVisible();

    await page.getByLabel(lang === "ar" ? "اسم المستخدم" : "Username", { exact: true }).focus();
    await page.waitForLoadState("networkidle");
    await expect.poll(async () => (await scripts()).filter((s) => s.text.includes(CORE[lang])).length, { message: "exactly one chunk holds the page's core dictionary" }).toBe(1);
    const all = await scripts();
    expect(all.filter((s) => s.text.includes(CORE[other])), `no ${other} core dictionary`).toEqual([]);
    expect(all.filter((s) => UNUSED.some((u) => s.text.includes(u))), "no namespace the page does not use").toEqual([]);
    // And the form is alive in its language: a client-side check speaks it.
    await page.getByLabel(lang === "ar" ? "اسم المستخدم" : "Username", { exact: true }).blur();
    await page.getByRole("button", { name: lang === "ar" ? "تسجيل الدخول" : "Sign in", exact: true }).click();
    await expect(page.getByTestId("error-summary")).toContainText(lang === "ar" ? "يوجد خطأ في البيانات المدخلة" : "There is a problem with what you entered");
  });
}

test("the home page, whose client parts take their words from the server, downloads no dictionary and no i18next (decision 040)", async ({ page }) => {
  const scripts = await scriptsOf(page, "/ar");
  expect(scripts.length, "the page's scripts were seen").toBeGreaterThan(3);
  expect(scripts.filter((s) => s.text.includes(CORE.ar) || s.text.includes(CORE.en)), "no core dictionary").toEqual([]);
  expect(scripts.filter((s) => s.text.includes(I18NEXT)), "no i18next").toEqual([]);
  expect(scripts.filter((s) => s.text.includes(SIGN_IN.ar) || s.text.includes(SIGN_IN.en) || UNUSED.some((u) => s.text.includes(u)))).toEqual([]);
  // The header's language switch still speaks Arabic: its label comes from the server.
  await expect(page.getByTestId("language-switch")).toHaveText("English");
});
