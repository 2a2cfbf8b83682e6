import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "../fixtures";
import { otpOnPhone } from "../phone";

/**
 * A guest files a complaint to the end with the KEYBOARD ONLY (issue 17), in Arabic: Tab / Shift+Tab to move,
 * typing with page.keyboard into the field that has the focus, arrow keys in the lists, Enter to send. No mouse,
 * no .click(), no .fill(). Along the way the focus goes to each result: the "code sent" message after sending,
 * the "mobile confirmed" line after verifying, the confirmation with the reference after filing (never <body>).
 */
test.use({ viewport: { width: 390, height: 844 } });

/** What has the focus: a CSS-ish description for messages, and whether it matches `selector`. */
async function focused(page: Page, selector: string): Promise<{ matches: boolean; what: string }> {
  return page.evaluate((sel) => {
    const el = document.activeElement;
    if (!el) return { matches: false, what: "nothing" };
    const what = `${el.tagName.toLowerCase()}${el.getAttribute("name") ? `[name=${el.getAttribute("name")}]` : ""}${el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    return { matches: el.matches(sel), what };
  }, selector);
}

/** Presses Tab (or Shift+Tab) until the focus is on `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page, selector)).matches) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  expect((await focused(page, selector)).what, `Tab never reached ${selector}`).toBe(selector);
}

async function expectFocusOn(page: Page, selector: string): Promise<void> {
  await expect.poll(async () => (await focused(page, selector)).matches, { message: `focus on ${selector}` }).toBe(true);
}

test("a guest files a complaint with the keyboard only and lands on the confirmation with the reference", async ({ page }) => {
  test.setTimeout(120_000);
  const mobile = `057${Date.now().toString().slice(-7)}`;
  await page.goto("/ar/complaints/new");
  await expect(page.getByRole("heading", { level: 1, name: "تقديم بلاغ" })).toBeVisible();

  // The skip link comes first: Tab, Enter → the main content.
  await page.keyboard.press("Tab");
  await expectFocusOn(page, "a[href='#main']");
  await page.keyboard.press("Enter");

  // ── The mobile number, then the code from the SMS ──
  await tabTo(page, "input[name=mobile]");
  await page.keyboard.type(mobile);
  await page.keyboard.press("Tab");
  await expectFocusOn(page, "button[type=submit]");
  await page.keyboard.press("Enter");
  await expectFocusOn(page, "[data-testid=otp-sent]"); // the result of sending, announced — not <body>
  await expect(page.getByTestId("otp-sent")).toContainText("أرسلنا رمز التحقق");

  const code = await otpOnPhone(mobile);
  await tabTo(page, "input[name=code]");
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expectFocusOn(page, "[data-testid=reporter-line]"); // the confirmed number, not <body>
  await expect(page.getByTestId("reporter-line")).toContainText("تم تأكيد رقم الجوال");

  // ── The form: a category that needs no photo (arrow keys in the list), a description, the district, a name ──
  await tabTo(page, "select[name=categoryId]");
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("ArrowDown");
    const info = page.getByTestId("category-info");
    if ((await info.count()) && !(await info.innerText()).includes("يتطلب صورة")) break;
  }
  await expect(page.locator("select[name=categoryId]")).not.toHaveValue("");
  await tabTo(page, "textarea[name=description]");
  await page.keyboard.type("عمود الإنارة أمام المسجد لا يعمل منذ ثلاثة أيام.");
  await tabTo(page, "select[name=districtId]");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("select[name=districtId]")).not.toHaveValue("");
  await tabTo(page, "input[name=addressText]");
  await page.keyboard.type("شارع الملك فهد، بجوار المسجد");
  await tabTo(page, "input[name=reporterName]");
  await page.keyboard.type("مواطن يستخدم لوحة المفاتيح");
  // One step back and forth with Shift+Tab: the address keeps what was typed.
  await tabTo(page, "input[name=addressText]", { back: true });
  await expect(page.locator("input[name=addressText]")).toHaveValue("شارع الملك فهد، بجوار المسجد");
  await tabTo(page, "form[aria-labelledby=file-form-title] button[type=submit]");
  await page.keyboard.press("Enter");

  // ── The confirmation takes the focus and shows the reference ──
  await expectFocusOn(page, "[data-testid=complaint-filed]");
  await expect(page.getByTestId("complaint-reference")).toHaveText(/^C\d{8,}$/);
  await screenshot(page, "a11y-keyboard-complaint-filed");
});
