import AxeBuilder from "@axe-core/playwright";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect, screenshot, test } from "../fixtures";
import { PILOT_KIOSKS } from "../../../prisma/seed/kiosks";
import { KIOSK_DEMO_PERSON, KIOSK_DEVICE, identify, provision, smallTargets, tapKeys } from "./helpers";

/**
 * Issue 14's kiosk journeys, in Arabic, at 1080×1920 with touch: identify (a wrong code refused first), renew a
 * license, pay its bill at the card terminal simulator, print the receipt (the print view's PDF is read), walk away
 * (the idle wipe leaves nothing of the person in the DOM, storage or cookies); an inquiry and a complaint; axe and
 * the 48 px target rule on every kiosk screen visited.
 */
test.use(KIOSK_DEVICE);
test.describe.configure({ mode: "serial" });

const K01 = PILOT_KIOSKS[0]!;

async function pdfText(buffer: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(buffer) }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((it) => ("str" in it ? it.str : "")).join(" ");
  return text;
}

async function axeClean(page: import("@playwright/test").Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(await smallTargets(page), screen).toEqual([]);
}

test("identify, renew, pay at the terminal, print the receipt, walk away: nothing of the person remains", async ({ page }) => {
  test.setTimeout(180_000);
  // The printer: window.print() records what the print area held when it was called.
  await page.addInitScript(() => {
    (window as unknown as { __printed: string[] }).__printed = [];
    window.print = () => { (window as unknown as { __printed: string[] }).__printed.push(document.querySelector("[data-print-area]")?.textContent ?? ""); };
  });
  await provision(page, K01.demoKey);
  // In the server's HTML "start" is disabled (a touch before the code is alive would be lost); alive, it is enabled.
  const startTag = /<button[^>]*data-testid="kiosk-start"[^>]*>/.exec(await (await page.request.get("/ar/kiosk")).text())?.[0];
  expect(startTag).toContain('disabled=""');
  expect((await page.goto("/ar/kiosk?idle=20&grace=3"))?.status()).toBe(200);
  await expect(page).toHaveTitle(/جهاز الخدمة الذاتية/);
  await expect(page.getByTestId("kiosk-start")).toBeEnabled();
  await axeClean(page, "attract");
  await screenshot(page, "kiosk-01-attract");

  await page.getByTestId("kiosk-start").tap();
  await axeClean(page, "national ID");
  await screenshot(page, "kiosk-02-national-id");
  await page.getByRole("button", { name: "إلغاء" }).tap();
  await identify(page, { wrongFirst: true });
  await axeClean(page, "menu");
  await screenshot(page, "kiosk-03-menu");

  // Renew the first demo license: the web's own renewal command issues its bill.
  await page.getByRole("button", { name: "إصدار أو تجديد رخصة" }).tap();
  const license = page.getByTestId("kiosk-license").filter({ hasText: "متجر نخيل الأحساء للتمور" });
  await axeClean(page, "licenses");
  await license.getByRole("button", { name: "تجديد هذه الرخصة" }).tap();
  const billNumber = (await page.getByTestId("kiosk-bill-number").textContent())!.trim();
  expect(billNumber).toMatch(/^\d{10}$/);
  await axeClean(page, "confirm payment");
  await screenshot(page, "kiosk-04-confirm-payment");

  // Pay at the card terminal simulator (the signed bank notification path).
  await page.getByTestId("kiosk-pay").tap();
  await expect(page.getByTestId("kiosk-paid")).toHaveAttribute("data-status", "CONFIRMED");
  const receiptCode = (await page.getByTestId("kiosk-receipt-code").textContent())!.trim();
  expect(receiptCode).toMatch(/^R\d+/);
  await expect(page.getByTestId("kiosk-payment-reference")).toHaveText(/^KP\d+/);
  await axeClean(page, "paid");
  await screenshot(page, "kiosk-05-paid");

  // Print the receipt (80 mm): the kiosk prints the print view's document…
  await page.getByTestId("kiosk-print").tap();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: string[] }).__printed.join("|"))).toContain(receiptCode);
  await expect(page.locator("[data-print-area]")).toBeEmpty();
  // …and the print view itself, as a PDF with the print CSS (80 mm roll), carries the receipt.
  const print = await page.context().newPage();
  expect((await print.goto(`/ar/kiosk/print?doc=receipt&ref=${billNumber}&paper=80mm`))?.status()).toBe(200);
  await print.emulateMedia({ media: "print" });
  const pdf = await print.pdf({ preferCSSPageSize: true, printBackground: true });
  // pdf.js returns the RTL page's runs reordered and split (the Latin "R" apart from its digits): compare without spaces.
  const text = (await pdfText(pdf)).replace(/\s+/g, "");
  expect(text).toContain(receiptCode.slice(1));
  expect(text).toContain(`KIOSK-KP`.slice(2));
  const a4 = await print.goto(`/ar/kiosk/print?doc=receipt&ref=${billNumber}&paper=a4`);
  expect(a4?.status()).toBe(200);
  expect((await pdfText(await print.pdf({ preferCSSPageSize: true }))).replace(/\s+/g, "")).toContain(receiptCode.slice(1));
  await print.close();

  // Walk away mid-complaint: the warning, then the wipe.
  await page.getByRole("button", { name: "العودة إلى القائمة" }).tap();
  // Each tap waits for its screen: the categories arrive from the server after the menu tap.
  const kiosk = page.getByTestId("kiosk");
  await page.getByRole("button", { name: "تقديم بلاغ" }).tap();
  await expect(kiosk).toHaveAttribute("data-screen", "complaintCategory");
  await kiosk.getByRole("button").nth(1).tap(); // a category
  await expect(kiosk).toHaveAttribute("data-screen", "complaintDistrict");
  await kiosk.getByRole("button").nth(1).tap(); // a district
  await expect(kiosk).toHaveAttribute("data-screen", "complaintText");
  await tapKeys(page, "نص لم يكتمل");
  await expect(page.getByTestId("kiosk-idle-warning")).toBeVisible({ timeout: 30_000 });
  await screenshot(page, "kiosk-06-idle-warning");
  await expect(page.getByTestId("kiosk")).toHaveAttribute("data-screen", "attract", { timeout: 15_000 });
  const html = await page.content();
  for (const trace of [KIOSK_DEMO_PERSON.nameAr, KIOSK_DEMO_PERSON.nationalId, billNumber, receiptCode, "نص لم يكتمل", "نخيل"]) expect(html, trace).not.toContain(trace);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).not.toContain("amanah_kiosk_session");
  expect(cookies.some((c) => c.value.includes(KIOSK_DEMO_PERSON.nationalId))).toBe(false);
  // The server session ended too: the person's data is refused.
  expect((await page.request.get("/api/kiosk/me")).status()).toBe(401);
});

test("an inquiry and a complaint (nothing was left half-written by the walk-away)", async ({ page }) => {
  test.setTimeout(120_000);
  await provision(page, K01.demoKey);
  await page.goto("/ar/kiosk");
  await identify(page);

  await page.getByRole("button", { name: "تقديم بلاغ" }).tap();
  await axeClean(page, "complaint category");
  await page.getByTestId("kiosk").getByRole("button", { name: /إنارة/ }).first().tap();
  await page.getByTestId("kiosk").getByRole("button", { name: /العدامة/ }).first().tap();
  await axeClean(page, "complaint text");
  await tapKeys(page, "عمود الانارة مطفا امام المحل");
  await page.getByRole("button", { name: "إرسال البلاغ" }).tap();
  await expect(page.getByTestId("kiosk-complaint-done")).toBeVisible();
  const reference = (await page.getByTestId("kiosk-complaint-reference").textContent())!.trim();
  await screenshot(page, "kiosk-07-complaint-filed");

  await page.getByRole("button", { name: "العودة إلى القائمة" }).tap();
  await page.getByRole("button", { name: "الاستعلام عن معاملاتي ومتابعتها" }).tap();
  const list = page.getByTestId("kiosk-transactions");
  await expect(list.locator(`[data-reference="${reference}"]`)).toBeVisible();
  // Only the complaint filed here: the walked-away one was never written.
  await expect(list.getByRole("button", { name: /^بلاغ/ })).toHaveCount(1);
  await axeClean(page, "inquiry");
  await screenshot(page, "kiosk-08-inquiry");

  await page.getByRole("button", { name: "البحث برقم المعاملة" }).tap();
  await page.getByTestId("kiosk-input").fill(reference);
  await page.getByRole("button", { name: "بحث", exact: true }).tap();
  await expect(page.getByTestId("kiosk-detail")).toContainText(reference);
  await expect(page.getByTestId("kiosk-detail-status")).toHaveAttribute("data-status", "NEW");
  await axeClean(page, "inquiry detail");
  await page.getByTestId("kiosk-finish").tap();
  await expect(page.getByTestId("kiosk")).toHaveAttribute("data-screen", "attract");
  expect(await page.content()).not.toContain(reference);
  expect((await page.request.get("/api/kiosk/me")).status()).toBe(401);
});
