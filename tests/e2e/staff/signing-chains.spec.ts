import { expect, screenshot, test } from "../fixtures";

/**
 * The signing-chain editor, in Arabic at a phone's width (issue 15: a chain is data per document type and
 * municipality). The administrator finds it from the staff menu, sees each document type's chain with its holders,
 * opens the license certificate's chain, leaves a gap (refused in Arabic, every choice kept), then saves it as it
 * was ("nothing changed"). What a change does (the next document follows it, one being signed keeps its own) is
 * proved in lib/domain/signatures/chains.int.test.ts: this journey changes no chain, because the other journeys
 * sign documents along Central Dammam's chains at the same time.
 */
test("an administrator opens a document type's signing chain, a gap is refused, the chain saved as it was", async ({ page, loginAs }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs("ADMIN");
  await page.goto("/ar/staff");
  await page.locator("summary").filter({ hasText: "القائمة" }).first().click(); // on a phone the staff menu opens from a disclosure
  await page.getByRole("link", { name: "سلاسل التوقيع" }).first().click();
  await expect(page).toHaveURL(/\/ar\/staff\/signatures\/chains/);
  await expect(page).toHaveTitle(/سلاسل التوقيع/);

  await page.getByRole("combobox", { name: "البلدية", exact: true }).selectOption({ label: "بلدية وسط الدمام" });
  await page.getByRole("button", { name: "عرض" }).click();
  const license = page.locator('[data-testid="chain-row"][data-type="LICENSE_CERTIFICATE"]');
  await expect(license).toHaveAttribute("data-steps", "LICENSING_SECTION_HEAD LICENSING_DEPARTMENT_DIRECTOR");
  await expect(license).toContainText("رئيس قسم الرخص التجارية — م. بدر بن صالح العنزي");
  await expect(license).toContainText("مدير إدارة الرخص — أ. منى بنت راشد الخالدي");
  await screenshot(page, "signing-chains");

  await page.getByRole("link", { name: "تعديل سلسلة: شهادة رخصة تجارية" }).click();
  const form = page.getByRole("form", { name: "سلسلة: شهادة رخصة تجارية" });
  const step = (n: number) => form.getByLabel(`الخطوة ${n}`, { exact: true });
  await expect(step(1)).toHaveValue(/.+/);
  const first = await step(1).inputValue();
  const second = await step(2).inputValue();

  // A gap: step 3 chosen after an empty step 2 — refused, in Arabic, with the focus on the summary and choices kept.
  await step(2).selectOption("");
  await step(3).selectOption(second);
  await form.getByRole("button", { name: "حفظ السلسلة" }).click();
  await expect(form.getByText("املأ الخطوات بالترتيب: خطوة قبل هذه فارغة.").first()).toBeVisible();
  await expect(step(1)).toHaveValue(first);
  await expect(step(3)).toHaveValue(second);
  await screenshot(page, "signing-chains-error");

  // The same chain again: saved, nothing changed (no audit row), the list as before.
  await step(3).selectOption("");
  await step(2).selectOption(second);
  await form.getByRole("button", { name: "حفظ السلسلة" }).click();
  await expect(page.getByTestId("chain-saved")).toContainText("السلسلة كانت كذلك: لم يتغير شيء.");
  await expect(license).toHaveAttribute("data-steps", "LICENSING_SECTION_HEAD LICENSING_DEPARTMENT_DIRECTOR");
});
