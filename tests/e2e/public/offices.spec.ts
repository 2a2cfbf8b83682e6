import { expect, screenshot, test } from "../fixtures";
import { OFFICE_USERS, OFFICES } from "../../../prisma/seed/offices";

/**
 * The public pages of the accredited offices, without signing in: the ranking of a municipality's
 * offices (picker, status badges, scorecard figures, rank order) and an office's public profile
 * (status, coverage, services, score) — which never shows the office's staff or any personal data.
 */
const najah = OFFICES.find((o) => o.code === "OFF-NAJAH")!;
const injaz = OFFICES.find((o) => o.code === "OFF-INJAZ")!;
const pending = OFFICES.filter((o) => o.status === "PENDING");
const najahStaff = OFFICE_USERS.filter((u) => u.username.startsWith("najah."));
// OFF-INJAZ keeps its status through the whole e2e run; OFF-NAJAH is suspended for a while by the office
// supervision journey (tests/e2e/journeys/office-supervision.spec.ts), which may run at the same time.

test("the public ranks a municipality's offices and opens an office's profile", async ({ page }) => {
  await page.goto("/ar/offices");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("مكاتب الخدمات الإلكترونية المعتمدة");

  await page.getByLabel("البلدية", { exact: true }).selectOption({ label: "بلدية الخبر" });
  await page.getByRole("button", { name: "عرض", exact: true }).click();
  await expect(page).toHaveURL(/\/ar\/offices\?m=/);
  await expect(page.getByTestId("ranking-title")).toHaveText("ترتيب المكاتب في بلدية الخبر");
  await expect(page.getByLabel("البلدية", { exact: true })).toHaveValue(/.+/);

  const rows = page.getByTestId("office-rank");
  for (const office of [injaz, najah]) await expect(rows.filter({ hasText: office.nameAr })).toHaveCount(1);
  const injazRow = rows.filter({ hasText: injaz.nameAr });
  await expect(injazRow.getByTestId("office-status")).toHaveAttribute("data-status", "ACTIVE");
  await expect(injazRow.getByTestId("office-status")).toHaveText("معتمد");
  await expect(rows.filter({ hasText: najah.nameAr }).getByTestId("office-status")).toHaveAttribute("data-status", /^(ACTIVE|SUSPENDED)$/);
  // A pending office is never listed.
  for (const office of pending) await expect(rows.filter({ hasText: office.nameAr })).toHaveCount(0);
  // Ranked offices come first, in rank order (1, 2, …); unranked ones ("—") after them.
  const ranks = (await rows.locator("span[aria-label]").allTextContents()).map((s) => s.trim());
  const numeric = ranks.filter((r) => r !== "—");
  expect(numeric.length).toBeGreaterThan(0);
  expect(ranks.slice(0, numeric.length)).toEqual(numeric);
  expect(numeric.map((r) => Number(r.replace(/[٠-٩]/g, (d) => String("٠١٢٣٤٥٦٧٨٩".indexOf(d)))))).toEqual(numeric.map((_, i) => i + 1));
  // The seeded figures put OFF-INJAZ (faster, better rated) ahead of OFF-NAJAH.
  const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
  expect(codes.indexOf("OFF-INJAZ")).toBeLessThan(codes.indexOf("OFF-NAJAH"));
  // Suspended offices, when any, say so in the list.
  const suspended = rows.filter({ has: page.locator('[data-status="SUSPENDED"]') });
  for (const row of await suspended.all()) await expect(row.getByTestId("suspended-note")).toHaveText("هذا المكتب موقوف ولا يستقبل طلبات حاليًا.");
  await screenshot(page, "public-offices-ranking-ar");

  // The profile.
  await rows.filter({ hasText: najah.nameAr }).getByRole("link", { name: najah.nameAr }).click();
  await expect(page).toHaveURL(/\/ar\/offices\/OFF-NAJAH$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(najah.nameAr);
  await expect(page.getByTestId("office-status")).toHaveAttribute("data-status", /^(ACTIVE|SUSPENDED)$/);
  await expect(page.getByTestId("office-coverage")).toContainText("بلدية الخبر");
  await expect(page.getByTestId("office-coverage")).toContainText("بلدية الظهران");
  await expect(page.getByTestId("office-services").locator("span").first()).toBeVisible();
  await expect(page.getByTestId("public-scorecard")).toContainText("المؤشر");
  // The profile's alert agrees with its status badge.
  const najahSuspended = (await page.getByTestId("office-status").getAttribute("data-status")) === "SUSPENDED";
  await expect(page.getByTestId("suspended-alert")).toHaveCount(najahSuspended ? 1 : 0);
  // Never personal data: no staff name, mobile or national ID.
  const text = (await page.locator("main").textContent()) ?? "";
  for (const u of najahStaff) {
    expect(text).not.toContain(u.nameAr);
    expect(text).not.toContain(u.mobile);
  }
  await screenshot(page, "public-office-profile-ar");

  // An unknown office: 404.
  const res = await page.goto("/ar/offices/OFF-NOPE");
  expect(res?.status()).toBe(404);
});
