import { expect, screenshot, test } from "../fixtures";
import { AGENCY_CLIENTS } from "../../../prisma/seed/agency-clients";
import { DEMO_AFTER_ISSUE_PERMIT } from "../../../prisma/seed/permits-after-issue";

/**
 * The electricity company, in Arabic, from the demo account sec.employee: a search with no criteria is refused in
 * words; the demo citizen's issued building permit is found by each of the four criteria (national ID, permit
 * number, plan within district, issue-date range) in the browser, and by the same four through the agency API v1
 * with the company's demo key; the results show only what a connection needs. The owner then sees that the
 * Saudi Electricity Company viewed the permit.
 */
const SEC_KEY = AGENCY_CLIENTS.find((c) => c.code === "SEC")!.demoKey;
const PURPOSE = "طلب إيصال تيار لعداد جديد";
const day = (iso: string, days: number) => new Date(new Date(iso).getTime() + 3 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test("an electricity employee finds the same permit by each of the four criteria, in the browser and through the API", async ({ page, loginAs }) => {
  await loginAs("sec.employee");
  const res = await page.goto("/ar/utility");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("البحث عن رخص البناء");
  await expect(page.getByRole("navigation", { name: "شركة الكهرباء" })).toBeVisible();

  // No criteria: refused, in words; what was typed stays.
  await page.getByLabel("الغرض من البحث").fill(PURPOSE);
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("أدخل معيار بحث واحدًا على الأقل");
  await expect(page.getByLabel("الغرض من البحث")).toHaveValue(PURPOSE);
  await screenshot(page, "electricity-no-criteria");

  const search = async () => {
    await page.getByRole("button", { name: "بحث", exact: true }).click();
    await expect(page.getByTestId("search-results")).toBeVisible();
  };
  const clear = async () => {
    for (const label of ["صادرة من تاريخ", "إلى تاريخ", "رقم المخطط", "السجل المدني (رقم الهوية)", "رقم الرخصة"]) await page.getByLabel(label, { exact: true }).fill("");
    await page.getByLabel("الحي", { exact: true }).selectOption("");
  };
  const ourRow = () => page.getByTestId("utility-permit-row").filter({ hasText: DEMO_AFTER_ISSUE_PERMIT.parcelNo }).filter({ hasText: DEMO_AFTER_ISSUE_PERMIT.planNo });

  // 1. by national ID
  await page.getByLabel("السجل المدني (رقم الهوية)", { exact: true }).fill(DEMO_AFTER_ISSUE_PERMIT.ownerNationalId);
  await search();
  await expect(ourRow()).toHaveCount(1);
  const number = (await ourRow().getAttribute("data-number"))!;
  await expect(ourRow()).toContainText("عبدالله بن محمد القحطاني");
  await expect(ourRow()).toContainText("العدامة");
  await expect(page.getByTestId("search-results")).not.toContainText("966501234567");
  await screenshot(page, "electricity-by-national-id");

  // 2. by permit number
  await clear();
  await page.getByLabel("رقم الرخصة", { exact: true }).fill(number);
  await search();
  await expect(page.getByTestId("utility-permit-row")).toHaveCount(1);
  await expect(page.getByTestId("utility-permit-row")).toHaveAttribute("data-number", number);

  // 3. by plan number within the district
  await clear();
  await page.getByLabel("الحي", { exact: true }).selectOption({ label: "العدامة" });
  await page.getByLabel("رقم المخطط", { exact: true }).fill(DEMO_AFTER_ISSUE_PERMIT.planNo);
  await search();
  await expect(page.getByTestId("utility-permit-row").filter({ hasText: number })).toHaveCount(1);

  // 4. issued within a date range (the API tells the test the issue date)
  const api = (query: Record<string, string>) => page.request.get(`/api/v1/permits?${new URLSearchParams({ purpose: PURPOSE, ...query })}`, { headers: { "X-API-Key": SEC_KEY, "Accept-Language": "ar" } });
  const byNumber = await api({ number });
  expect(byNumber.status()).toBe(200);
  const found = (await byNumber.json()) as { permits: { number: string; issuedAt: string; district: { nameAr: string } }[] };
  expect(found.permits.map((p) => p.number)).toEqual([number]);
  const issuedAt = found.permits[0]!.issuedAt;
  await clear();
  await page.getByLabel("صادرة من تاريخ", { exact: true }).fill(day(issuedAt, -10));
  await page.getByLabel("إلى تاريخ", { exact: true }).fill(day(issuedAt, 10));
  await search();
  await expect(page.getByTestId("utility-permit-row").filter({ hasText: number })).toHaveCount(1);
  await screenshot(page, "electricity-by-date-range");

  // A range over a year: refused in words.
  await page.getByLabel("صادرة من تاريخ", { exact: true }).fill("2025-01-01");
  await page.getByLabel("إلى تاريخ", { exact: true }).fill("2026-06-30");
  await page.getByRole("button", { name: "بحث", exact: true }).click();
  await expect(page.getByTestId("error-summary")).toContainText("مدة البحث أطول من المسموح");

  // The same four through the API (agency key), and its JSON refusals.
  const districts = (await (await page.request.get("/api/v1/permits/districts", { headers: { "X-API-Key": SEC_KEY } })).json()) as { districts: { id: string; nameEn: string }[] };
  const districtId = districts.districts.find((d) => d.nameEn === DEMO_AFTER_ISSUE_PERMIT.districtEn)!.id;
  const queries: Record<string, string>[] = [{ nationalId: DEMO_AFTER_ISSUE_PERMIT.ownerNationalId }, { number }, { districtId, planNo: DEMO_AFTER_ISSUE_PERMIT.planNo }, { issuedFrom: day(issuedAt, -10), issuedTo: day(issuedAt, 10) }];
  for (const q of queries) {
    const r = await api(q);
    expect(r.status(), JSON.stringify(q)).toBe(200);
    const body = (await r.json()) as { permits: { number: string }[] };
    expect(body.permits.map((p) => p.number), JSON.stringify(q)).toContain(number);
    expect(JSON.stringify(body)).not.toContain("966501234567");
  }
  const none = await api({});
  expect(none.status()).toBe(422);
  expect(((await none.json()) as { error: { code: string; fields: Record<string, string> } }).error).toMatchObject({ code: "VALIDATION", fields: { criteria: expect.stringContaining("معيار") } });
  expect((await api({ number, pageSize: "500" })).status()).toBe(422);
  expect((await api({ issuedFrom: "2025-01-01", issuedTo: "2026-06-30" })).status()).toBe(422);

  // The owner sees who viewed the permit.
  await loginAs("CITIZEN");
  await page.goto(`/ar/my/permits/${number}/access`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("من اطّلع على رخصتي");
  await expect(page.getByTestId("permit-access-row").first()).toContainText("الشركة السعودية للكهرباء");
  await expect(page.getByTestId("permit-access-row").filter({ hasText: "الربط الإلكتروني" }).first()).toBeVisible();
  await screenshot(page, "electricity-owner-access-log");
  // … on the permit's own page too, beside the link to what follows the issue.
  await page.goto(`/ar/my/permits/${number}`);
  await expect(page.getByTestId("permit-access-log").getByTestId("permit-access-row").first()).toContainText("الشركة السعودية للكهرباء");
  await expect(page.getByTestId("open-after-issue")).toHaveAttribute("href", `/ar/my/permits/${number}/after-issue`);
});
