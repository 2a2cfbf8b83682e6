import { expect, screenshot, test } from "../fixtures";
import type { DemoAccount } from "../../../prisma/seed/demo-accounts";
import { groupBillNumber } from "../../../lib/domain/payments/ui-format";
import { KIOSK_DEMO_LICENSES, KIOSK_DEMO_PERSON } from "../../../prisma/seed/kiosks";

/**
 * A license holder renews one shop's license and cancels another's on the web, in Arabic, on a phone. Both forms are
 * gone from the page once they succeed (a pending renewal and a cancelled license are drawn instead): the outcome
 * is said in the shell's notice slot, stays once the form is gone and takes the focus (decision 052). The two shops
 * are the kiosk owner's last two (prisma/seed/kiosks.ts): licenses expiring in 10 days, used by no other journey.
 */
test.use({ viewport: { width: 390, height: 844 } });

const holder: DemoAccount = { role: "CITIZEN", login: KIOSK_DEMO_PERSON.nationalId, loginKind: "nationalId", nameAr: KIOSK_DEMO_PERSON.nameAr, nameEn: KIOSK_DEMO_PERSON.nameEn, mobile: KIOSK_DEMO_PERSON.mobile, home: "/my" };
const [, , toRenew, toCancel] = KIOSK_DEMO_LICENSES;

async function openLicense(page: import("@playwright/test").Page, tradeName: string) {
  await page.goto("/ar/my/licenses");
  await page.getByTestId("license-card").filter({ hasText: tradeName }).getByRole("link", { name: "عرض التفاصيل" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^رخصة رقم L\d+$/);
  await expect(page.getByText(tradeName).first()).toBeVisible();
}

test("the holder renews a license (its bill is said and stays) and cancels another (said, and the license shows cancelled)", async ({ page, loginAs }) => {
  test.setTimeout(120_000);
  await loginAs(holder);

  // ── Renew: the form issues the renewal bill; the page then draws the pending renewal in its place ──
  await openLicense(page, toRenew!.tradeNameAr);
  await page.getByRole("button", { name: "تجديد الرخصة وإصدار الفاتورة" }).click();
  const billNotice = page.getByTestId("renew-bill");
  await expect(billNotice).toContainText("صدرت فاتورة التجديد رقم");
  // The number is grouped as on the bill, by no-break spaces, and isolated (U+2066…U+2069): its groups keep their
  // order in Arabic and stay on one line.
  const said = (await billNotice.textContent()) ?? "";
  const billNumber = /\u2066([\d\u00a0]+)\u2069/.exec(said)![1]!.replace(/\u00a0/g, "");
  expect(billNumber).toMatch(/^\d{10}$/);
  expect(said).toContain(`\u2066${groupBillNumber(billNumber).replace(/ /g, "\u00a0")}\u2069 بمبلغ`);
  await expect(page.getByTestId("pending-renewal")).toContainText("فاتورة تجديد بانتظار السداد");
  await expect(page.getByTestId("renew-form")).toHaveCount(0);
  // The notice outlived the form that ran it, and took the focus.
  await expect(billNotice).toBeVisible();
  await expect(billNotice).toBeFocused();
  // The bill on the page is the one the notice names (drawn in groups: compare the digits).
  expect(((await page.getByTestId("pending-renewal").textContent()) ?? "").replace(/\D/g, "")).toContain(billNumber);
  await screenshot(page, "citizen-license-renewed");

  // Leaving the page drops the notice: the next license's page starts without it.
  // ── Cancel: refused without a reason and the confirmation, then done ──
  await openLicense(page, toCancel!.tradeNameAr);
  await expect(page.getByTestId("renew-bill")).toHaveCount(0);
  const cancel = page.getByTestId("cancel-form");
  await cancel.getByRole("button", { name: "إلغاء الرخصة" }).click();
  await expect(cancel.getByTestId("error-summary")).toBeFocused();
  await expect(cancel.getByTestId("error-summary")).toContainText("سبب الإلغاء");
  await cancel.getByLabel("سبب الإلغاء", { exact: true }).fill("أغلقنا المحل ونقلنا النشاط إلى فرع آخر.");
  await cancel.getByLabel("أؤكد رغبتي في إلغاء هذه الرخصة نهائيًا.", { exact: true }).check();
  await cancel.getByRole("button", { name: "إلغاء الرخصة" }).click();
  const cancelled = page.getByTestId("license-cancelled");
  await expect(cancelled).toHaveText("أُلغيت الرخصة، وأُلغيت معها الشهادات الصحية المرتبطة بها.");
  await expect(page.getByTestId("license-cancelled-state")).toContainText("هذه الرخصة ملغاة");
  await expect(page.getByTestId("license-cancelled-state")).toContainText("أغلقنا المحل ونقلنا النشاط إلى فرع آخر.");
  await expect(page.getByTestId("cancel-form")).toHaveCount(0);
  await expect(cancelled).toBeVisible();
  await expect(cancelled).toBeFocused();
  await screenshot(page, "citizen-license-cancelled");

  // The renewed one is still renewed, with its bill waiting, after a fresh load.
  await openLicense(page, toRenew!.tradeNameAr);
  expect(((await page.getByTestId("pending-renewal").textContent()) ?? "").replace(/\D/g, "")).toContain(billNumber);
});
