import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";
import { SIGNATURE_USERS } from "../../../prisma/seed/signatures";
import { demoAccount, expect, screenshot, test, type DemoAccount, type Who } from "../fixtures";

/**
 * Issue 15's signature "must show", in Arabic: a commercial license in Central Dammam goes from application to
 * issuance (ACTIVE at once, certificate "signature in progress"); the section head signs step 1; the department
 * director delegates to the deputy; the deputy signs step 2 in the director's capacity; the certificate now
 * carries the chain and a QR with the signed document; the online page shows who signed, when, in which capacity
 * and the delegation; the offline page verifies it with the network cut (service worker + cached keys) and
 * refuses a tampered copy; the command-line check agrees. Then the director revokes the delegation and the section head
 * rotates their key, each asked first in the page; the certificate signed with the retired key still verifies.
 */
const citizen = demoAccount("CITIZEN");
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });
const CR = `71${String(Date.now()).slice(-8)}`;
const TRADE_NAME = `متجر توقيع الشرق ${CR.slice(-4)}`;

/** The seeded signers (prisma/seed/signatures.ts) as accounts the fixture signs in with (staff, no TOTP). */
const asAccount = (u: (typeof SIGNATURE_USERS)[keyof typeof SIGNATURE_USERS]): DemoAccount => ({ role: "REVIEWER", login: u.username, loginKind: "username", nameAr: u.nameAr, nameEn: u.nameEn, mobile: u.mobile, home: "/staff" });

async function switchTo(page: Page, loginAs: (who: Who) => Promise<unknown>, who: Who) {
  await page.context().clearCookies();
  await loginAs(who);
}

async function officeStep(page: Page, id: string, action: string) {
  expect((await page.goto(`/ar/office/applications/${id}`))?.status()).toBe(200);
  await page.getByRole("button", { name: action, exact: true }).click();
  await page.getByRole("button", { name: "تأكيد", exact: true }).click();
  await expect(page.getByTestId("step-done")).toBeVisible();
}

async function noHorizontalOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, "page wider than the screen").toBeLessThanOrEqual(client);
}

test("a license certificate signed by a two-step chain with one delegation, verified online and offline", async ({ page, context, loginAs, baseURL }) => {
  test.setTimeout(300_000);

  // ── 1. A commercial license in Central Dammam, from application to payment ──
  await switchTo(page, loginAs, citizen.login);
  await page.goto("/ar/my/licenses/apply");
  await page.getByLabel("الاسم التجاري (بالعربية)", { exact: true }).fill(TRADE_NAME);
  await page.getByLabel("رقم السجل التجاري", { exact: true }).fill(CR);
  await page.getByLabel("النشاط", { exact: true }).selectOption({ label: "بيع الجوالات وإكسسواراتها" });
  await page.getByLabel("البلدية", { exact: true }).selectOption({ label: "بلدية وسط الدمام" });
  await page.getByLabel("الحي", { exact: true }).selectOption({ label: "العدامة" });
  await page.getByLabel("العنوان", { exact: true }).fill("حي العدامة، شارع الملك سعود، مبنى 14");
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4331");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.1033");
  await page.getByLabel("مساحة المحل (م²)", { exact: true }).fill("40");
  await page.getByLabel("مساحة اللوحة التجارية (م²)", { exact: true }).fill("3");
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/step=2/);
  const applicationId = new URL(page.url()).searchParams.get("id")!;
  await page.getByTestId("lease-input").setInputFiles(file("lease.pdf", "application/pdf", PDF));
  await page.getByTestId("crCopy-input").setInputFiles(file("cr.pdf", "application/pdf", PDF));
  await page.getByTestId("photo-input").setInputFiles(file("front.png", "image/png", PNG));
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/step=3/);
  await page.getByTestId("office-OFF-INJAZ").check();
  await page.getByRole("button", { name: "حفظ والمتابعة" }).click();
  await expect(page).toHaveURL(/step=4/);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "تقديم الطلب" }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/my/licenses/applications/${applicationId}\\?submitted=1$`));

  await switchTo(page, loginAs, "office.agent");
  await officeStep(page, applicationId, "استلام الطلب للمراجعة");
  await officeStep(page, applicationId, "قبول الطلب وإحالته للزيارة الميدانية");
  await switchTo(page, loginAs, "office.inspector");
  await page.goto(`/ar/office/applications/${applicationId}/inspect`);
  const items = page.locator('[data-testid^="item-"]');
  for (let i = 0; i < (await items.count()); i++) await items.nth(i).getByLabel("مستوفى", { exact: true }).check();
  await page.getByTestId("photo-input").setInputFiles(file("visit.png", "image/png", PNG));
  await page.getByLabel("خط العرض", { exact: true }).fill("26.43312");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.10335");
  await page.getByLabel("دقة الموقع (متر)", { exact: true }).fill("12");
  await page.getByRole("button", { name: "حفظ نتيجة الزيارة" }).click();
  await expect(page.getByTestId("inspection-saved").or(page.getByText("هذا الطلب ليس في مرحلة الزيارة الميدانية."))).toBeVisible({ timeout: 20_000 });
  await switchTo(page, loginAs, "office.manager");
  await officeStep(page, applicationId, "اعتماد الطلب وإصدار فاتورة الرسوم");
  await page.reload();
  const billNumber = ((await page.locator("dt", { hasText: "رقم الفاتورة" }).locator("xpath=following-sibling::dd[1]").textContent()) ?? "").replace(/\s/g, "");
  expect(billNumber).toMatch(/^\d{10}$/);
  await page.context().clearCookies();
  await page.goto(`/ar/dev/bank?bill=${billNumber}`);
  await page.getByRole("button", { name: "سداد الفاتورة" }).click();
  await expect(page.getByTestId("bank-result")).toContainText("تم قبول السداد");

  // ── 2. Issued and ACTIVE at once; the certificate waits for its signatures ──
  await switchTo(page, loginAs, citizen.login);
  await page.goto(`/ar/my/licenses/applications/${applicationId}`);
  await page.getByTestId("view-license").click();
  await expect(page).toHaveURL(/\/ar\/my\/licenses\/[^/]+$/);
  const licenseUrl = page.url();
  const licenseNumber = (await page.getByRole("heading", { level: 1 }).textContent())?.match(/L\d{8}/)?.[0] as string;
  expect(licenseNumber).toMatch(/^L\d{8}$/);
  await page.goto(`${licenseUrl}/certificate`);
  await expect(page.getByTestId("signature-pending")).toBeVisible();
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "PENDING");
  const pendingQr = new URL((await page.getByTestId("certificate-qr").getAttribute("data-url"))!);
  expect(pendingQr.pathname).toMatch(/^\/ar\/verify\/license\/[A-Za-z0-9_-]+$/);
  const verifyPath = pendingQr.pathname;

  // ── 3. Step 1: the section head signs from their queue ──
  await switchTo(page, loginAs, asAccount(SIGNATURE_USERS.sectionHead));
  expect((await page.goto("/ar/staff/signatures"))?.status()).toBe(200);
  await expect(page).toHaveTitle(/التوقيع الإلكتروني/);
  const headRow = page.getByTestId("signature-row").filter({ hasText: licenseNumber });
  await expect(headRow.getByTestId("capacity-holder")).toHaveText("بصفتك رئيس قسم الرخص التجارية");
  await screenshot(page, "signatures-01-section-head-queue");
  await headRow.getByRole("button", { name: `توقيع ${licenseNumber}` }).click();
  // signed: the page refreshes and the document leaves the head's queue (it is the director's turn)
  await expect(page.getByTestId("signature-row").filter({ hasText: licenseNumber })).toHaveCount(0, { timeout: 15_000 });

  // ── 4. The director is away: delegates step 2 to the deputy (time-boxed) ──
  await switchTo(page, loginAs, asAccount(SIGNATURE_USERS.director));
  await page.goto("/ar/staff/signatures");
  await expect(page.getByTestId("signature-row").filter({ hasText: licenseNumber })).toHaveCount(1); // their turn now
  await page.getByLabel("اسم المستخدم للنائب", { exact: true }).fill(SIGNATURE_USERS.deputy.username);
  await page.getByLabel("السبب", { exact: true }).fill("إجازة اعتيادية");
  await page.getByRole("button", { name: "تفويض", exact: true }).click();
  await expect(page.getByTestId("delegation-created")).toBeVisible();
  await expect(page.getByTestId("delegations-given")).toContainText(SIGNATURE_USERS.deputy.nameAr);
  await screenshot(page, "signatures-02-director-delegates");

  // ── 5. Step 2: the deputy signs in the director's capacity; the chain completes ──
  await switchTo(page, loginAs, asAccount(SIGNATURE_USERS.deputy));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ar/staff/signatures");
  const deputyRow = page.getByTestId("signature-row").filter({ hasText: licenseNumber });
  await expect(deputyRow.getByTestId("capacity-delegate")).toHaveText(`مدير إدارة الرخص بالتفويض عن ${SIGNATURE_USERS.director.nameAr}`);
  await noHorizontalOverflow(page);
  await screenshot(page, "signatures-03-deputy-queue-phone");
  await deputyRow.getByRole("button", { name: `توقيع ${licenseNumber}` }).click();
  await expect(page.getByTestId("signature-row").filter({ hasText: licenseNumber })).toHaveCount(0, { timeout: 15_000 });
  await page.setViewportSize({ width: 1280, height: 800 });

  // ── 6. The certificate in its signed form: the chain printed, the QR carries the signed document ──
  await switchTo(page, loginAs, citizen.login);
  await page.goto(`${licenseUrl}/certificate`);
  await expect(page.getByTestId("signature-pending")).toHaveCount(0);
  await expect(page.getByTestId("certificate-signed")).toBeVisible();
  await expect(page.getByTestId("chain-step")).toHaveCount(2);
  await expect(page.getByTestId("chain-signer")).toHaveText([SIGNATURE_USERS.sectionHead.nameAr, SIGNATURE_USERS.deputy.nameAr]);
  await expect(page.getByTestId("chain-delegation")).toContainText(SIGNATURE_USERS.director.nameAr);
  await screenshot(page, "signatures-04-signed-certificate");
  const signedQr = new URL((await page.getByTestId("certificate-qr").getAttribute("data-url"))!);
  expect(signedQr.pathname).toBe("/ar/verify/offline");
  const compact = signedQr.hash.slice(1);
  expect(compact).toMatch(/^AMS1(\.[A-Za-z0-9_-]+){5}$/);

  // ── 7. Online: who signed, when, in which capacity, the delegation, and the verdict ──
  await page.context().clearCookies();
  await page.goto(verifyPath);
  await expect(page.getByTestId("license-verified")).toHaveAttribute("data-status", "ACTIVE");
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "COMPLETE");
  await expect(page.getByTestId("chain-step").nth(0)).toContainText("رئيس قسم الرخص التجارية");
  await expect(page.getByTestId("chain-step").nth(1)).toContainText(`مدير إدارة الرخص`);
  await expect(page.getByTestId("chain-delegation")).toHaveText(` (بالتفويض عن ${SIGNATURE_USERS.director.nameAr})`);
  await expect(page.getByTestId("chain-verdict")).toHaveAttribute("data-status", "VALID");
  await screenshot(page, "signatures-05-verify-online");

  // ── 8. Offline: first load online (service worker, keys cached), then the network is cut ──
  await page.goto("/ar/verify/offline");
  await expect(page.locator("body")).toHaveAttribute("data-ready", "1");
  await expect(page.getByTestId("offline-keys")).not.toHaveText("");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload(); // now controlled by the service worker
  await expect(page.locator("body")).toHaveAttribute("data-ready", "1");
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.goto(`/ar/verify/offline#${compact}`);
  await page.reload(); // a full load with no network: served by the service worker
  await expect(page).toHaveTitle("التحقق من مستند موقّع (دون اتصال)");
  const result = page.getByTestId("offline-result");
  await expect(result).toHaveAttribute("data-status", "VALID");
  await expect(page.getByTestId("offline-verdict")).toHaveText("المستند صحيح وموقع من السلسلة كاملة");
  await expect(result).toContainText(licenseNumber);
  await expect(result).toContainText(TRADE_NAME);
  await expect(page.getByTestId("offline-signature")).toHaveCount(2);
  await expect(page.getByTestId("offline-signature").nth(0)).toContainText(`${SIGNATURE_USERS.sectionHead.nameAr}رئيس قسم الرخص التجارية`);
  await expect(page.getByTestId("offline-signature").nth(1)).toContainText(`${SIGNATURE_USERS.deputy.nameAr}مدير إدارة الرخص (بالتفويض)`);
  await page.setViewportSize({ width: 390, height: 844 });
  await noHorizontalOverflow(page);
  await screenshot(page, "signatures-06-verify-offline-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  // a tampered copy (another license number in the signed data) is refused, still offline
  const parts = compact.split(".");
  const data = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
  parts[1] = Buffer.from(JSON.stringify({ ...data, n: "L99999999" }), "utf8").toString("base64url");
  await page.getByLabel("المستند الموقع (محتوى رمز QR)", { exact: true }).fill(parts.join("."));
  await page.getByRole("button", { name: "تحقق", exact: true }).click();
  await expect(result).toHaveAttribute("data-status", "INVALID");
  await expect(result).toHaveAttribute("data-reason", "badSignature");
  await screenshot(page, "signatures-07-verify-offline-tampered");
  await context.setOffline(false);

  // ── 9. The command-line check agrees (keys from the published JWKS) ──
  const cli = (payload: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-document.ts", payload, "--jwks", `${baseURL}/.well-known/jwks.json`], { cwd: ROOT, encoding: "utf8" });
  const ok = cli(compact);
  expect(ok.stdout).toContain("VALID: signed by the complete chain");
  expect(ok.status).toBe(0);
  const refused = cli(parts.join("."));
  expect(refused.stdout).toContain("REFUSED: badSignature");
  expect(refused.status).toBe(1);

  // ── 10. The director is back: revokes the delegation, asked first in the page ──
  await switchTo(page, loginAs, asAccount(SIGNATURE_USERS.director));
  await page.goto("/ar/staff/signatures");
  const revoke = page.getByTestId("revoke-delegation");
  const revocable = await revoke.count();
  expect(revocable).toBeGreaterThan(0);
  await revoke.first().getByRole("button", { name: `إلغاء تفويض ${SIGNATURE_USERS.deputy.nameAr}` }).click();
  const revokeQuestion = revoke.first().getByTestId("command-confirm");
  await expect(revokeQuestion.locator("p")).toHaveText(`يتوقف ${SIGNATURE_USERS.deputy.nameAr} فوراً عن التوقيع بصفة منصبك، ولا يمكن التراجع عن الإلغاء. هل تلغي التفويض؟`);
  await expect(revokeQuestion.locator("p")).toBeFocused();
  await screenshot(page, "signatures-08-revoke-question");
  await revokeQuestion.getByRole("button", { name: "نعم، إلغاء التفويض", exact: true }).click();
  await expect(page.getByTestId("command-done")).toHaveText(`أُلغي التفويض: لم يعد ${SIGNATURE_USERS.deputy.nameAr} يوقّع بصفة منصبك.`);
  await expect(page.getByTestId("command-done")).toBeFocused();
  await expect(revoke).toHaveCount(revocable - 1);

  // ── 11. The section head rotates their key: Escape sends nothing; "yes" retires the old key, which stays valid ──
  await switchTo(page, loginAs, asAccount(SIGNATURE_USERS.sectionHead));
  await page.goto("/ar/staff/signatures");
  const keys = page.getByTestId("my-keys").locator("li");
  const keysBefore = await keys.count();
  const rotate = page.getByTestId("rotate-key");
  const rotateButton = rotate.getByRole("button", { name: "تدوير المفتاح", exact: true });
  await rotateButton.click();
  await expect(rotate.getByTestId("command-confirm")).toContainText("ما وقّعته به يبقى صحيحاً");
  await page.keyboard.press("Escape");
  await expect(rotate.getByTestId("command-confirm")).toHaveCount(0);
  await expect(rotateButton).toBeFocused();
  await expect(keys).toHaveCount(keysBefore);
  await rotateButton.click();
  await rotate.getByRole("button", { name: "نعم، تدوير المفتاح", exact: true }).click();
  await expect(page.getByTestId("command-done")).toHaveText("تم إنشاء مفتاح جديد، والمفتاح السابق متقاعد.");
  await expect(keys).toHaveCount(keysBefore + 1);
  await expect(page.getByTestId("my-keys").locator('[data-status="ACTIVE"]')).toHaveCount(1);
  // the certificate signed with the retired key still verifies against the published keys
  const afterRotation = cli(compact);
  expect(afterRotation.stdout).toContain("VALID: signed by the complete chain");
  expect(afterRotation.status).toBe(0);
});
