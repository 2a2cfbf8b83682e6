import { expect, screenshot, test } from "../fixtures";
import { FOUNDER_CITIZENS } from "../../../prisma/seed/supervision";

/**
 * The medical center's area and the agency API's public surface (the full health-certificate journey,
 * from an issued license to its revocation, is tests/e2e/journeys/health-license.spec.ts).
 */
test("the medical examiner lands on the medical area, can search, and is refused elsewhere", async ({ page, loginAs }) => {
  await loginAs("MEDICAL_EXAMINER");
  const res = await page.goto("/ar/medical");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الفحوص الطبية للشهادات الصحية");
  await expect(page.getByRole("navigation", { name: "المركز الطبي" }).getByRole("link", { name: "الفحوص الطبية" })).toBeVisible();
  // The waiting list or its empty state (the health-license journey may have a request waiting at this moment).
  await expect(page.getByText("لا توجد طلبات بانتظار الفحص.").or(page.getByTestId("exam-row").first())).toBeVisible();
  await screenshot(page, "medical-dashboard");

  await page.getByLabel("رقم الطلب أو هوية العامل", { exact: true }).fill("abc");
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page).toHaveURL(/\/ar\/medical\?q=abc/);
  await expect(page.getByText("أدخل رقم طلب صحيحًا (H ثم أرقام) أو رقم هوية من 10 أرقام.")).toBeVisible();
  await page.getByLabel("رقم الطلب أو هوية العامل", { exact: true }).fill("H1000014");
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page.getByText("لا يوجد طلب بهذا الرقم أو الهوية في نطاق الأمانة.")).toBeVisible();

  for (const path of ["/ar/my", "/ar/my/health-certificates", "/ar/office", "/ar/staff"]) {
    const r = await page.request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(403);
  }
  expect((await page.request.get("/ar/medical/certificates/does-not-exist")).status()).toBe(404);
});

test("a citizen without an active license is told why no certificate can be requested; the medical area refuses them", async ({ page, loginAs }) => {
  // A citizen no journey gives a license (the demo citizens get theirs in the licensing and signature journeys).
  await loginAs(FOUNDER_CITIZENS[0]);
  const res = await page.goto("/ar/my/health-certificates");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الشهادات الصحية للعاملين");
  await expect(page.getByText("لا توجد لديك رخصة سارية.", { exact: false })).toBeVisible();
  await screenshot(page, "citizen-health-certificates-empty");
  expect((await page.request.get("/ar/medical", { maxRedirects: 0 })).status()).toBe(403);
  expect((await page.request.get("/ar/my/health-certificates/not-mine")).status()).toBe(404);
});

test("the developers page documents the agency API, and the API answers JSON errors", async ({ page }) => {
  const res = await page.goto("/ar/developers");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("واجهة برمجة التطبيقات للجهات الحكومية");
  await expect(page.getByText("POST /api/v1/licenses/{number}/cancel")).toBeVisible();
  await expect(page.getByText("LABOR_LAW_VIOLATION", { exact: true })).toBeVisible();
  await screenshot(page, "developers-ar");
  await page.goto("/en/developers");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API for government agencies");
  await screenshot(page, "developers-en");

  const doc = await page.request.get("/api/v1/openapi.json");
  expect(doc.status()).toBe(200);
  const json = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(json.openapi).toBe("3.1.0");
  expect(Object.keys(json.paths)).toEqual(["/licenses/{number}", "/licenses/{number}/cancel", "/permits", "/permits/districts"]);

  const noKey = await page.request.post("/api/v1/licenses/L10000011/cancel", { data: { reasonCode: "OTHER", reason: "test reason" } });
  expect(noKey.status()).toBe(401);
  expect(((await noKey.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  const unknown = await page.request.get("/api/v1/licenses/L99999999", { headers: { "X-API-Key": "amk_labor0_demo-labor-office-key-2026", "Accept-Language": "ar" } });
  expect(unknown.status()).toBe(404);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe("لا توجد رخصة بهذا الرقم.");
});
