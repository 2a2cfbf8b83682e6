import { randomBytes } from "node:crypto";
import pg from "pg";
import { demoAccount, expect, screenshot, test } from "../fixtures";
import { e2eDatabaseUrl } from "../e2e-database";

/**
 * Issue 17, items 4, 6 and 8 in Chromium, in Arabic: the SADAD steps read the bill number in order inside an isolated
 * left-to-right element and cite the bill's own biller code (305 for Al-Khobar, not 301); SMS bodies carry
 * dir="auto" on /en/my; a complaints officer who searches a reference of another municipality is told it is outside
 * their municipalities (and which they cover) without its content; an unknown verification code says the document
 * could not be verified, with a 404.
 */
async function withDb<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const DAMM = [[0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1], [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]];
const damm = (s: string) => [...s].reduce((i, ch) => DAMM[i]![Number(ch)]!, 0);
const grouped = (n: string) => n.replace(/(\d{4})(?=\d)/g, "$1 ");
const resident = demoAccount("CITIZEN", 1);

/** An unpaid Al-Khobar bill (biller code 305) payable by the resident, written the way issueBill writes one. */
async function khobarBill(): Promise<string> {
  const body = `8${String(randomBytes(4).readUInt32BE() % 100_000_000).padStart(8, "0")}`;
  const number = body + String(damm(body));
  await withDb(async (c) => {
    const id = `e2e-words-${number}`;
    await c.query(
      `INSERT INTO "Bill" (id, number, "billerCode", "municipalityId", "subjectType", "subjectId", "payerNationalId", "payerName", "payerMobile", "totalHalalas", status, "dueAt", "expiresAt")
       SELECT $1, $2, m."billerCode", m.id, 'E2E', $1, $3, 'مقيم تجريبي', '966551112233', 12500, 'UNPAID', now() + interval '20 days', now() + interval '60 days' FROM "Municipality" m WHERE m.code = 'EP-KHB'`,
      [id, number, resident.login],
    );
    await c.query(`INSERT INTO "BillLine" (id, "billId", kind, "descriptionAr", "descriptionEn", "amountHalalas") VALUES ($1, $1, 'FEE', 'رسوم تجريبية', 'Test fee', 12500)`, [id]);
  });
  return number;
}

test("the SADAD steps read the bill number in order, isolated left to right, with the bill's own biller code", async ({ page }) => {
  const number = await khobarBill();
  await page.goto("/ar/bills/inquiry");
  await page.getByLabel("رقم الفاتورة", { exact: true }).fill(grouped(number));
  await page.getByLabel("رقم هوية الدافع", { exact: true }).fill(resident.login);
  await page.getByRole("button", { name: "استعلام" }).click();
  await expect(page.getByTestId("inquiry-result")).toBeVisible();

  const biller = page.getByTestId("sadad-step-biller");
  await expect(biller.locator("bdi[dir=ltr]")).toHaveText("305");
  const step = page.getByTestId("sadad-step-number");
  await expect(step).toHaveText(`أدخل رقم الفاتورة ${grouped(number)} وتأكد من المبلغ ثم أكّد الدفع.`);
  const value = step.locator("bdi[dir=ltr]");
  await expect(value).toHaveText(grouped(number));
  // In order on screen: the first group of four is to the left of the last two digits, inside a right-to-left line.
  const [firstLeft, lastLeft, lineDir] = await value.evaluate((el) => {
    const text = el.firstChild as Text;
    const box = (from: number, to: number) => {
      const r = document.createRange();
      r.setStart(text, from);
      r.setEnd(text, to);
      return r.getBoundingClientRect().left;
    };
    const len = text.data.length;
    return [box(0, 4), box(len - 2, len), getComputedStyle(el.parentElement!).direction] as const;
  });
  expect(lineDir).toBe("rtl");
  expect(firstLeft).toBeLessThan(lastLeft);
  // The hint's example number is isolated too.
  await expect(page.locator("[id$=\"billNumber-hint\"] bdi[dir=ltr]").first()).toHaveText("1000 0012 37");
  await screenshot(page, "words-sadad-steps-ar");
});

test("SMS bodies on the dashboard take their own direction (dir=auto) on the English page", async ({ page, loginAs }) => {
  const citizen = demoAccount("CITIZEN", 0);
  // An Arabic SMS as the outbox keeps it (its identifiers isolated, as renderSms writes them).
  await withDb((c) =>
    c.query(`INSERT INTO "OutboxMessage" (id, "to", template, locale, params, body, status) VALUES ($1, $2, 'complaintReceived', 'ar', '{}', $3, 'SENT')`, [
      `e2e-words-${randomBytes(6).toString("hex")}`,
      citizen.mobile,
      "تم استلام بلاغكم رقم C10000012 وسيتم التعامل معه في أقرب وقت. يمكنكم متابعته عبر بوابة الأمانة.",
    ]),
  );
  await loginAs(citizen);
  await page.goto("/en/my");
  const bodies = page.getByTestId("sms-body");
  expect(await bodies.count()).toBeGreaterThan(0);
  for (const dir of await bodies.evaluateAll((els) => els.map((e) => e.getAttribute("dir")))) expect(dir).toBe("auto");
  // An Arabic body is laid out right to left inside the English page.
  const arabic = bodies.filter({ hasText: /[\u0600-\u06ff]/ }).first();
  expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  // The identity card's values are isolated left-to-right runs that sit at the card's start edge.
  await page.goto("/ar/my");
  const id = page.locator("dd bdi[dir=ltr]").first();
  await expect(id).toHaveText(demoAccount("CITIZEN", 0).login);
  expect(await id.evaluate((el) => getComputedStyle(el.parentElement!).direction)).toBe("rtl");
});

test("a complaints officer searching another municipality's reference is told it is outside their municipalities", async ({ page, loginAs }) => {
  const reference = `C${9_800_000 + (randomBytes(2).readUInt16BE() % 100_000)}`;
  await withDb((c) =>
    c.query(
      `INSERT INTO "Complaint" (id, reference, "categoryId", "departmentId", "municipalityId", description, "reporterMobile", "reporterName", "slaDueAt", "updatedAt")
       SELECT $1, $2, cat.id, cat."departmentId", m.id, 'وصف لا يظهر لموظف خارج النطاق', '966551110099', 'مبلغ تجريبي', now() + interval '2 days', now()
       FROM "ComplaintCategory" cat, "Municipality" m WHERE cat.code = 'STREET_LIGHT' AND m.code = 'EP-KHB'`,
      [`e2e-words-${reference}`, reference],
    ),
  );
  await loginAs("staff.complaints");
  await page.goto(`/ar/staff/complaints?status=all&q=${reference}`);
  const notice = page.getByTestId("out-of-scope");
  await expect(notice).toContainText("خارج نطاق بلدياتك");
  await expect(notice.getByTestId("out-of-scope-reference")).toHaveText(reference);
  await expect(notice.getByTestId("covered-municipality")).toHaveText(["بلدية وسط الدمام"]);
  await expect(page.getByText("وصف لا يظهر لموظف خارج النطاق")).toHaveCount(0);
  await expect(page.getByTestId("complaint-row")).toHaveCount(0);
  await screenshot(page, "words-out-of-scope-ar");
});

test("an unknown verification code says the document could not be verified and may not be genuine, with a 404", async ({ page }) => {
  for (const path of ["/ar/verify/license/NoSuchCode123", "/ar/verify/permit/NoSuchCode123", "/ar/verify/permit-certificate/NoSuchCode123"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId("verify-verdict")).toHaveText("تعذّر التحقق من الوثيقة");
    await expect(page.getByTestId("verify-failed")).toContainText("قد تكون الوثيقة غير صحيحة");
    await expect(page.getByTestId("verify-code")).toHaveText("NoSuchCode123");
  }
  await screenshot(page, "words-verify-failed-ar");
  // Health certificates and receipts keep their own pages, with the same warning.
  for (const [path, testId] of [["/ar/verify/health-certificate/NoSuchCode123", "cert-not-found"], ["/ar/verify/receipt/NoSuchCode123", "receipt-not-found"]] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByTestId(testId)).toContainText("قد تكون الوثيقة غير صحيحة");
  }
});
