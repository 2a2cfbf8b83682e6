import type { Page } from "@playwright/test";
import { PERMIT_SIGNATURE_USERS } from "../../../prisma/seed/signatures-permits";
import { demoAccount, expect, screenshot, test, type DemoAccount, type Who } from "../fixtures";
import { smsOnPhone } from "../phone";

/**
 * Issue 12's core journeys, in Arabic, from the demo accounts: the owner authorizes the engineering office for a
 * parcel, the office prepares and submits a building permit, planning transfers it to public safety, safety
 * approves (back to planning), planning approves, building control returns it, the office resubmits, building
 * control approves (fee bill), the owner pays at the development bank, the signatory issues it, which sends it
 * along Central Dammam's signing chain (issue 15): the building permits section head then the head of the
 * municipality sign from their queues, the last signature issues the permit (SMS to the owner); the certificate
 * carries the chain and a QR with the signed document, which verifies offline; the online page shows the chain and
 * says valid; the public inquiry shows its status. Then a demolition permit through its own route, signed the same way.
 */
const owner = demoAccount("CITIZEN");
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: PDF });
const png = (name: string) => ({ name, mimeType: "image/png", buffer: PNG });

/** The seeded permit signers (prisma/seed/signatures-permits.ts) as accounts the fixture signs in with (staff, no TOTP). */
const signer = (u: (typeof PERMIT_SIGNATURE_USERS)[keyof typeof PERMIT_SIGNATURE_USERS]): DemoAccount => ({ role: "REVIEWER", login: u.username, loginKind: "username", nameAr: u.nameAr, nameEn: u.nameEn, mobile: u.mobile, home: "/staff" });

async function as(page: Page, loginAs: (who: Who) => Promise<unknown>, who: Who) {
  await page.context().clearCookies();
  await loginAs(who);
}

/** The owner authorizes the demo engineering office for a new parcel (its own number, so reruns never collide). */
async function authorize(page: Page, parcel: string) {
  expect((await page.goto("/ar/my/permits"))?.status()).toBe(200);
  const form = page.getByTestId("authorize-form");
  await form.getByLabel("رقم ترخيص المكتب الهندسي", { exact: true }).fill("EO-120417");
  await form.getByLabel("البلدية", { exact: true }).selectOption({ label: "بلدية وسط الدمام" });
  await form.getByLabel("الحي", { exact: true }).selectOption({ label: "العدامة" });
  await form.getByLabel("رقم الصك", { exact: true }).fill("310115012345");
  await form.getByLabel("رقم المخطط", { exact: true }).fill("324/3");
  // first an unknown parcel format: a clear error, nothing lost from what was typed
  await form.getByLabel("رقم القطعة", { exact: true }).fill("12ب");
  await form.getByRole("button", { name: "تفويض المكتب" }).click();
  await expect(page.getByText("رقم القطعة غير معروف").first()).toBeVisible();
  await expect(form.getByLabel("رقم المخطط", { exact: true })).toHaveValue("324/3");
  await form.getByLabel("رقم القطعة", { exact: true }).fill(parcel);
  await form.getByRole("button", { name: "تفويض المكتب" }).click();
  await expect(page.getByTestId("authorize-done")).toBeVisible();
}

/** The engineer prepares and submits the permit; returns its id. */
async function prepareAndSubmit(page: Page, parcel: string, kind: string, docs: Record<string, { name: string; mimeType: string; buffer: Buffer }>, shot: string) {
  expect((await page.goto("/ar/office/permits/new"))?.status()).toBe(200);
  const option = page.locator('select[name="authorizationId"] option', { hasText: `قطعة ${parcel}` });
  await page.getByLabel("التفويض (القطعة)", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await page.getByLabel("نوع الرخصة", { exact: true }).selectOption({ label: kind });
  await page.getByLabel("خط العرض", { exact: true }).fill("26.4331");
  await page.getByLabel("خط الطول", { exact: true }).fill("50.1033");
  await page.getByLabel("مساحة الأرض (م²)", { exact: true }).fill("625");
  await page.getByLabel("مسطح البناء (م²)", { exact: true }).fill("350");
  await page.getByLabel("عدد الأدوار", { exact: true }).fill("2");
  await page.getByLabel("الاستخدام", { exact: true }).selectOption({ label: "سكني" });
  await page.getByLabel("الارتداد الأمامي (م)", { exact: true }).fill("6");
  await page.getByLabel("الارتداد الخلفي (م)", { exact: true }).fill("2");
  await page.getByLabel("الارتداد الجانبي (م)", { exact: true }).fill("2");
  for (const [purpose, file] of Object.entries(docs)) await page.getByTestId(`file-${purpose}`).setInputFiles(file);
  await screenshot(page, shot);
  await page.getByTestId("save-permit").click();
  await expect(page).toHaveURL(/\/ar\/office\/permits\/(?!new$)[^/?]+$/, { timeout: 20_000 });
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByTestId("submit-permit").click();
  await expect(page.getByTestId("permit-status")).toHaveAttribute("data-status", "IN_REVIEW");
  return id;
}

/** A department's decision on the staff review page. */
async function decide(page: Page, id: string, decision: string, notes: string, extra?: (page: Page) => Promise<void>) {
  expect((await page.goto(`/ar/staff/permits/${id}`))?.status()).toBe(200);
  const form = page.getByTestId("review-decision");
  await form.getByLabel(decision, { exact: true }).check();
  if (extra) await extra(page);
  if (notes) await form.getByLabel("الملاحظات", { exact: true }).fill(notes);
  await form.getByRole("button", { name: "تسجيل القرار" }).click();
  // The page re-renders with the permit's new state — no longer with this department — and says the decision was
  // recorded above it; the notice stays (decision 027), it is not the form's and does not go with it.
  await expect(page.getByTestId("form-success")).toHaveText("سُجّل القرار.", { timeout: 20_000 });
  await expect(page.getByTestId("form-success")).toBeFocused();
  await expect(page.getByTestId("review-decision")).toHaveCount(0);
  await expect(page.getByTestId("form-success")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("review-decision")).toHaveCount(0);
}

/** A signer signs the permit from their own queue, in their position's capacity; the row leaves their queue. */
async function signStep(page: Page, loginAs: (who: Who) => Promise<unknown>, who: DemoAccount, number: string, capacity: string, shot?: string) {
  await as(page, loginAs, who);
  expect((await page.goto("/ar/staff/signatures"))?.status()).toBe(200);
  const row = page.getByTestId("signature-row").filter({ hasText: number });
  await expect(row.getByTestId("capacity-holder")).toHaveText(`بصفتك ${capacity}`);
  await expect(row).toContainText("رخصة بناء");
  if (shot) await screenshot(page, shot);
  await row.getByRole("button", { name: `توقيع ${number}` }).click();
  await expect(page.getByTestId("signature-row").filter({ hasText: number })).toHaveCount(0, { timeout: 15_000 });
  // The signed row left the queue with its button; the page still says it was signed (the notice slot).
  await expect(page.getByTestId("command-done")).toBeVisible();
  await expect(page.getByTestId("command-done")).toBeFocused();
}

async function payAndIssue(page: Page, loginAs: (who: Who) => Promise<unknown>, id: string, shots = false) {
  await as(page, loginAs, owner.login);
  await page.goto(`/ar/my/permits/${id}`);
  await expect(page.getByText("بانتظار سداد الرسوم").first()).toBeVisible();
  const billNumber = ((await page.getByTestId("bill-number").textContent()) ?? "").trim();
  expect(billNumber).toMatch(/^\d{10}$/);
  await page.context().clearCookies();
  await page.goto(`/ar/dev/bank?bill=${billNumber}`);
  await page.getByRole("button", { name: "سداد الفاتورة" }).click();
  await expect(page.getByTestId("bank-result")).toContainText("تم قبول السداد");

  await as(page, loginAs, "staff.signatory");
  await page.goto("/ar/staff/permits");
  await expect(page.getByTestId("sign-row").filter({ has: page.locator(`a[href$="/staff/permits/${id}"]`) })).toBeVisible();
  await page.goto(`/ar/staff/permits/${id}`);
  await page.getByTestId("issue-permit").click();
  // Central Dammam signs building permits along a chain: the decision sends the permit to it, not issued yet
  await expect(page.getByTestId("step-done")).toHaveText("أُحيلت الرخصة إلى سلسلة التوقيع الإلكتروني، وتصدر عند اكتمالها.", { timeout: 20_000 });
  await expect(page.getByTestId("permit-signing")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("issue-permit")).toHaveCount(0);
  await expect(page.getByTestId("permit-status")).toHaveAttribute("data-status", "AWAITING_SIGNATURE");
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "PENDING");

  await as(page, loginAs, owner.login);
  await page.goto(`/ar/my/permits/${id}/certificate`);
  await expect(page.getByTestId("signature-pending")).toBeVisible();
  await expect(page.getByTestId("chain-step")).toHaveCount(2);
  await expect(page.getByTestId("permit-certificate")).toHaveCount(0); // nothing to print before the chain completes
  const number = /P\d+/.exec((await page.locator("main").innerText()))![0];
  if (shots) {
    await screenshot(page, "permits-signing-01-pending");
    await page.setViewportSize({ width: 390, height: 844 });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll, "page wider than the screen").toBeLessThanOrEqual(client);
    await screenshot(page, "permits-signing-01-pending-phone");
    await page.setViewportSize({ width: 1280, height: 720 });
  }

  await signStep(page, loginAs, signer(PERMIT_SIGNATURE_USERS.permitsHead), number, "رئيس قسم رخص البناء", shots ? "permits-signing-02-signer-queue" : undefined);
  await signStep(page, loginAs, signer(PERMIT_SIGNATURE_USERS.municipalityHead), number, "رئيس البلدية");
  await smsOnPhone(owner.mobile, new RegExp(`صدرت رخصة البناء رقم ${number} بعد اكتمال توقيعها الإلكتروني`));

  await as(page, loginAs, owner.login);
  await page.goto(`/ar/my/permits/${id}/certificate`);
  await expect(page.getByTestId("permit-certificate")).toBeVisible();
  await expect(page.getByTestId("certificate-number")).toHaveText(number);
  await expect(page.getByTestId("certificate-signed")).toBeVisible();
  await expect(page.getByTestId("chain-signer")).toHaveText([PERMIT_SIGNATURE_USERS.permitsHead.nameAr, PERMIT_SIGNATURE_USERS.municipalityHead.nameAr]);
  if (shots) await screenshot(page, "permits-signing-03-signed-certificate");
  const qr = new URL((await page.getByTestId("certificate-qr").getAttribute("data-url"))!);
  expect(qr.pathname).toBe("/ar/verify/offline");
  const compact = qr.hash.slice(1);
  expect(compact).toMatch(/^AMS1(\.[A-Za-z0-9_-]+){5}$/);
  const onlinePath = new URL((await page.getByTestId("verify-online").getAttribute("href"))!, qr).pathname;

  // online: the chain (who signed, in which capacity), the verdict
  await page.context().clearCookies();
  await page.goto(onlinePath);
  await expect(page.getByTestId("verify-verdict")).toHaveText("رخصة سارية صادرة من الأمانة");
  await expect(page.getByTestId("signing-chain")).toHaveAttribute("data-status", "COMPLETE");
  await expect(page.getByTestId("chain-step").nth(0)).toContainText(`رئيس قسم رخص البناء${PERMIT_SIGNATURE_USERS.permitsHead.nameAr}`);
  await expect(page.getByTestId("chain-step").nth(1)).toContainText(`رئيس البلدية${PERMIT_SIGNATURE_USERS.municipalityHead.nameAr}`);
  await expect(page.getByTestId("chain-verdict")).toHaveAttribute("data-status", "VALID");
  if (shots) await screenshot(page, "permits-signing-04-verify-online");

  // the QR's signed document, checked by the offline page (in the browser, against the published keys)
  await page.goto(`/ar/verify/offline#${compact}`);
  await expect(page.getByTestId("offline-result")).toHaveAttribute("data-status", "VALID");
  await expect(page.getByTestId("offline-result")).toContainText("رخصة بناء");
  await expect(page.getByTestId("offline-result")).toContainText(number);
  await expect(page.getByTestId("offline-signature")).toHaveCount(2);
  return number;
}

test("a building permit through two departments with one transfer and one return, paid, signed and verified", async ({ page, loginAs }) => {
  test.setTimeout(300_000);
  const parcel = String(Date.now()).slice(-5);

  await as(page, loginAs, owner.login);
  await authorize(page, parcel);
  await screenshot(page, "permits-01-owner-authorizes");

  await as(page, loginAs, "eng.engineer");
  const id = await prepareAndSubmit(page, parcel, "رخصة بناء جديد (مسكن / فيلا)", {
    DEED: png("deed.png"), SURVEY_REPORT: pdf("survey.pdf"), ARCH_DRAWINGS: pdf("arch.pdf"), STRUCT_DRAWINGS: pdf("struct.pdf"), OWNER_ID: png("id.png"),
  }, "permits-02-office-form");

  await as(page, loginAs, "staff.planning");
  await page.goto("/ar/staff/permits");
  await screenshot(page, "permits-03-planning-queue");
  await decide(page, id, "تحويل إلى إدارة أخرى", "يرجى إبداء الرأي في اشتراطات السلامة للقبو", async (p) => {
    await p.getByLabel("الإدارة المحوّل إليها", { exact: true }).selectOption({ label: "إدارة السلامة العامة" });
    await p.getByTestId("file-attachments").setInputFiles(pdf("basement-note.pdf"));
  });
  await as(page, loginAs, "staff.safety");
  await decide(page, id, "موافقة", "");
  await as(page, loginAs, "staff.planning");
  await decide(page, id, "موافقة", "مطابق لاشتراطات المخطط");
  await as(page, loginAs, "staff.building");
  await decide(page, id, "إعادة إلى المكتب الهندسي", "الارتداد الجانبي أقل من المسموح");

  await as(page, loginAs, "eng.engineer");
  await page.goto(`/ar/office/permits/${id}`);
  await expect(page.getByTestId("return-reason")).toHaveText("الارتداد الجانبي أقل من المسموح");
  await page.getByTestId("submit-permit").click();
  await expect(page.getByTestId("permit-status")).toHaveAttribute("data-status", "IN_REVIEW");

  await as(page, loginAs, "staff.building");
  await decide(page, id, "موافقة", "");

  // the owner's timeline has every hop
  await as(page, loginAs, owner.login);
  await page.goto(`/ar/my/permits/${id}`);
  await expect(page.getByTestId("timeline-item")).toHaveCount(8);
  await expect(page.getByTestId("step-row")).toHaveCount(5);
  await screenshot(page, "permits-04-owner-timeline");

  const number = await payAndIssue(page, loginAs, id, true);
  await page.goto(`/ar/permits/inquiry?number=${number}`);
  await expect(page.getByTestId("inquiry-result")).toContainText("صادرة");
  await page.goto("/ar/engineering-offices?q=EO-120417");
  await expect(page.getByTestId("office-result")).toContainText("مكتب البناء المتقن");
});

test("a demolition permit through building control and public safety", async ({ page, loginAs }) => {
  test.setTimeout(240_000);
  const parcel = String(Date.now() + 7).slice(-5);
  await as(page, loginAs, owner.login);
  await authorize(page, parcel);
  await as(page, loginAs, "eng.engineer");
  const id = await prepareAndSubmit(page, parcel, "رخصة هدم", { DEED: png("deed.png"), SURVEY_REPORT: pdf("survey.pdf"), DEMOLITION_PLAN: pdf("demolition.pdf"), OWNER_ID: png("id.png") }, "permits-05-demolition-form");
  await as(page, loginAs, "staff.building");
  await decide(page, id, "موافقة", "");
  await as(page, loginAs, "staff.safety");
  await decide(page, id, "موافقة", "تُراعى اشتراطات السلامة أثناء الهدم");
  await payAndIssue(page, loginAs, id);
});
