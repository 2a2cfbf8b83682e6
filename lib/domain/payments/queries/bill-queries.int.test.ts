import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { billNumberFromSequence } from "@/lib/domain/payments/bill-number";
import { notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { reconcileUpload } from "@/lib/domain/payments/commands/reconcile-upload";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { getMyBill, getMyReceipt, listMyBills } from "@/lib/domain/payments/queries/my-bills";
import { INQUIRY_POINTS, inquireBill, verifyReceipt } from "@/lib/domain/payments/queries/public-bills";
import { reconciliationReport } from "@/lib/domain/payments/queries/reconciliation";
import { AppError } from "@/lib/errors";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

/**
 * Scoping of the bill queries, the neutral public answers and the reconciliation figures, against
 * a real PostgreSQL with bills written directly (fixed dates, so every figure is known).
 */
const A_ID = "1087654321"; // Abdullah (demo citizen)
const B_ID = "2123456788"; // Ahmed (demo resident)
const A_CR = "2050099001"; // an establishment Abdullah owns
const NOW = new Date("2026-11-23T09:00:00Z");

let citizenA: Actor;
let citizenB: Actor;
let finance: Actor;
let admin: Actor;
const muni: Record<"central" | "khobar" | "hofuf", string> = { central: "", khobar: "", hofuf: "" };
let seq = 500_000;

async function actorOf(where: { nationalId?: string; username?: string }): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where });
  return (await loadActor(db, user.id))!;
}

type BillSpec = {
  municipalityId?: string;
  payerNationalId?: string | null;
  payerCrNumber?: string | null;
  payerName?: string;
  status?: "UNPAID" | "PAID" | "EXPIRED" | "CANCELLED";
  total?: number;
  issuedAt?: Date;
  dueAt?: Date;
  expiresAt?: Date;
  payment?: { bankTxnId: string; paidAt: Date; amount?: number; receiptCode: string };
};

async function makeBill(spec: BillSpec = {}) {
  const number = billNumberFromSequence(seq++);
  const total = spec.total ?? 10_000;
  const issuedAt = spec.issuedAt ?? new Date("2026-11-01T08:00:00Z");
  const status = spec.status ?? (spec.payment ? "PAID" : "UNPAID");
  const bill = await db.bill.create({
    data: {
      number,
      billerCode: "011",
      municipalityId: spec.municipalityId ?? muni.central,
      subjectType: "Test",
      subjectId: number,
      payerNationalId: spec.payerNationalId === undefined ? A_ID : spec.payerNationalId,
      payerCrNumber: spec.payerCrNumber ?? null,
      payerName: spec.payerName ?? "عبدالله بن محمد القحطاني",
      payerMobile: "966501234567",
      totalHalalas: total,
      status,
      issuedAt,
      dueAt: spec.dueAt ?? new Date(issuedAt.getTime() + 30 * 86_400_000),
      expiresAt: spec.expiresAt ?? new Date(issuedAt.getTime() + 90 * 86_400_000),
      paidAt: spec.payment?.paidAt ?? null,
      cancelledAt: status === "CANCELLED" ? new Date("2026-11-05T08:00:00Z") : null,
      lines: { create: [{ kind: "FINE", descriptionAr: "غرامة مخالفة", descriptionEn: "Violation fine", amountHalalas: total, sortOrder: 0 }] },
    },
  });
  if (spec.payment) {
    await db.payment.create({
      data: { billId: bill.id, bankTxnId: spec.payment.bankTxnId, bankCode: "RJHI", amountHalalas: spec.payment.amount ?? total, paidAt: spec.payment.paidAt, receiptCode: spec.payment.receiptCode },
    });
  }
  return bill;
}

beforeAll(async () => {
  citizenA = await actorOf({ nationalId: A_ID });
  citizenB = await actorOf({ nationalId: B_ID });
  finance = await actorOf({ username: "staff.finance" });
  admin = await actorOf({ username: "staff.admin" });
  for (const [k, code] of [["central", MUNICIPALITY_CODES.DAMMAM_CENTRAL], ["khobar", MUNICIPALITY_CODES.KHOBAR], ["hofuf", MUNICIPALITY_CODES.HOFUF]] as const) {
    muni[k] = (await db.municipality.findUniqueOrThrow({ where: { code } })).id;
  }
  await db.establishment.create({
    data: { commercialRegNo: A_CR, tradeNameAr: "بقالة الأمانة", ownerNationalId: A_ID, ownerName: "عبدالله القحطاني", ownerMobile: "966501234567", municipalityId: muni.central },
  });
});

describe("My bills", () => {
  it("lists only the actor's bills (by national ID and owned CR): unpaid by due date, then paid, then closed", async () => {
    const before = await listMyBills(citizenA, { now: NOW });
    const late = await makeBill({ dueAt: new Date("2026-11-10T00:00:00Z") }); // overdue
    const soon = await makeBill({ dueAt: new Date("2026-11-30T00:00:00Z"), payerNationalId: null, payerCrNumber: A_CR });
    const later = await makeBill({ dueAt: new Date("2027-06-20T00:00:00Z"), total: 2_550 });
    const paid = await makeBill({ payment: { bankTxnId: "MB-PAID-1", paidAt: new Date("2027-06-25T10:00:00Z"), receiptCode: "RMB0001" } });
    const expired = await makeBill({ status: "EXPIRED" });
    const cancelled = await makeBill({ status: "CANCELLED" });
    const othersBill = await makeBill({ payerNationalId: B_ID, payerName: "Ahmed Saleem Khan" });
    const othersCr = await makeBill({ payerNationalId: null, payerCrNumber: "2050099999" });

    const page = await listMyBills(citizenA, { now: NOW });
    const numbers = page.rows.map((r) => r.number);
    const mine = [late, soon, later, paid, expired, cancelled].map((b) => b.number);
    const ours = numbers.filter((n) => mine.includes(n));
    expect(ours.slice(0, 4)).toEqual([late.number, soon.number, later.number, paid.number]);
    expect(ours.slice(4).sort()).toEqual([expired.number, cancelled.number].sort());
    expect(numbers).not.toContain(othersBill.number);
    expect(numbers).not.toContain(othersCr.number);
    // Every unpaid bill comes before every paid one, and every paid one before the closed ones.
    const rank = { UNPAID: 0, PAID: 1, EXPIRED: 2, CANCELLED: 2 } as const;
    const ranks = page.rows.map((r) => rank[r.status]);
    expect(ranks).toEqual([...ranks].sort());
    const unpaidDue = page.rows.filter((r) => r.status === "UNPAID").map((r) => r.dueAt.getTime());
    expect(unpaidDue).toEqual([...unpaidDue].sort((a, b) => a - b));
    expect(page.total).toBe(before.total + 6);
    expect(page.rows.find((r) => r.number === late.number)!.overdue).toBe(true);
    expect(page.rows.filter((r) => r.number !== late.number && mine.includes(r.number)).every((r) => !r.overdue)).toBe(true);
    expect(page.unpaid).toEqual({ count: before.unpaid.count + 3, totalHalalas: before.unpaid.totalHalalas + 10_000 + 10_000 + 2_550 });
    expect(page.rows.find((r) => r.number === paid.number)!.receiptCode).toBe("RMB0001");
    expect(page.rows.find((r) => r.number === late.number)!.lines).toEqual([{ kind: "FINE", descriptionAr: "غرامة مخالفة", descriptionEn: "Violation fine", amountHalalas: 10_000 }]);

    const pageB = await listMyBills(citizenB, { now: NOW });
    expect(pageB.rows.map((r) => r.number)).toContain(othersBill.number);
    expect(pageB.rows.some((r) => mine.includes(r.number))).toBe(false);
    expect(pageB.rows.every((r) => r.payerName !== "عبدالله بن محمد القحطاني")).toBe(true);
  });

  it("answers another person's bill number exactly like a number that does not exist", async () => {
    const mine = await makeBill();
    const theirs = await makeBill({ payerNationalId: B_ID });
    expect((await getMyBill(citizenA, mine.number))?.number).toBe(mine.number);
    expect(await getMyBill(citizenA, theirs.number)).toBeNull();
    expect(await getMyBill(citizenA, billNumberFromSequence(999_999_998))).toBeNull();
    expect(await getMyBill(citizenA, "'; DROP TABLE \"Bill\"; --")).toBeNull();
  });

  it("gives the receipt of the actor's paid bill only", async () => {
    const paid = await makeBill({ payment: { bankTxnId: "MB-RCPT-1", paidAt: new Date("2026-11-16T10:00:00Z"), receiptCode: "RMB0002" } });
    const unpaid = await makeBill();
    const theirsPaid = await makeBill({ payerNationalId: B_ID, payment: { bankTxnId: "MB-RCPT-2", paidAt: new Date("2026-11-16T10:00:00Z"), receiptCode: "RMB0003" } });
    expect(await getMyReceipt(citizenA, paid.number)).toMatchObject({ receiptCode: "RMB0002", bankTxnId: "MB-RCPT-1", amountHalalas: 10_000 });
    expect(await getMyReceipt(citizenA, unpaid.number)).toBeNull();
    expect(await getMyReceipt(citizenA, theirsPaid.number)).toBeNull();
  });

  it("is refused to staff", async () => {
    await expect(listMyBills(finance)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("public inquiry and receipt verification", () => {
  it("shows a bill only when number and payer both match, and answers everything else the same way", async () => {
    const bill = await makeBill({ total: 45_000 });
    const crBill = await makeBill({ payerNationalId: null, payerCrNumber: A_CR });
    const ip = "198.51.100.1";
    const found = await inquireBill({ payerType: "person", billNumber: bill.number, nationalId: A_ID }, ip, NOW);
    expect(found).toMatchObject({ status: "FOUND", bill: { number: bill.number, totalHalalas: 45_000, status: "UNPAID" } });
    expect(JSON.stringify(found)).not.toContain("القحطاني"); // no personal data in the answer

    const wrongPayer = await inquireBill({ payerType: "person", billNumber: bill.number, nationalId: B_ID }, ip, NOW);
    const noSuchBill = await inquireBill({ payerType: "person", billNumber: billNumberFromSequence(999_999_997), nationalId: A_ID }, ip, NOW);
    expect(wrongPayer).toEqual({ status: "NO_MATCH" });
    expect(noSuchBill).toEqual(wrongPayer);

    expect(await inquireBill({ payerType: "establishment", billNumber: crBill.number, crNumber: A_CR }, ip, NOW)).toMatchObject({ status: "FOUND" });
    expect(await inquireBill({ payerType: "establishment", billNumber: bill.number, crNumber: A_CR }, ip, NOW)).toEqual({ status: "NO_MATCH" });
  });

  it(`limits inquiries to ${INQUIRY_POINTS} per IP address, then refuses without looking`, async () => {
    const bill = await makeBill();
    const ip = "203.0.113.77";
    const q = { payerType: "person" as const, billNumber: bill.number, nationalId: B_ID };
    for (let i = 0; i < INQUIRY_POINTS; i++) expect((await inquireBill(q, ip, NOW)).status).toBe("NO_MATCH");
    const blocked = await inquireBill({ ...q, nationalId: A_ID }, ip, NOW); // even the right answer is withheld
    expect(blocked.status).toBe("RATE_LIMITED");
    expect(blocked.status === "RATE_LIMITED" && blocked.minutes).toBeGreaterThanOrEqual(1);
    expect((await inquireBill({ ...q, nationalId: A_ID }, "203.0.113.78", NOW)).status).toBe("FOUND");
  });

  it("verifies a genuine receipt by its random token with the payer's name masked, and nothing for an unknown code or the receipt number", async () => {
    const bill = await makeBill({ total: 30_000, payment: { bankTxnId: "VR-1", paidAt: new Date("2026-11-20T07:00:00Z"), receiptCode: "RVR0001" } });
    const { verifyCode } = await db.payment.findUniqueOrThrow({ where: { billId: bill.id } });
    const v = await verifyReceipt(verifyCode);
    expect(v).toEqual({
      receiptCode: "RVR0001",
      billNumber: bill.number,
      billerCode: "011",
      totalHalalas: 30_000,
      paidAt: new Date("2026-11-20T07:00:00Z"),
      municipality: expect.objectContaining({ nameAr: expect.any(String) }),
      maskedPayerName: "عبدالله ب*** م*** ا***",
    });
    expect(JSON.stringify(v)).not.toContain(A_ID);
    expect(await verifyReceipt("RVR9999")).toBeNull();
    // The readable receipt number never verifies on its own (it is sequential: decision 012), nor a token in another case.
    expect(await verifyReceipt("RVR0001")).toBeNull();
    expect(await verifyReceipt(verifyCode.toUpperCase() === verifyCode ? verifyCode.toLowerCase() : verifyCode.toUpperCase())).toBeNull();
    expect(await verifyReceipt("%E0%A4%A")).toBeNull(); // undecodable input is not a 500
    expect(await verifyReceipt("<script>")).toBeNull();
  });
});

describe("reconciliation", () => {
  // Riyadh is UTC+3: 21:30Z on 1 March is already 2 March in Riyadh. (Dates far from the seeded demo bills.)
  const range = { from: "2025-03-01", to: "2025-03-03" };
  beforeAll(async () => {
    await makeBill({ issuedAt: new Date("2025-03-01T08:00:00Z"), total: 10_000 }); // C, 1 Mar
    await makeBill({ issuedAt: new Date("2025-03-01T21:30:00Z"), total: 20_000, payment: { bankTxnId: "RC-1", paidAt: new Date("2025-03-02T06:00:00Z"), receiptCode: "RRC0001" } }); // C, issued 2 Mar, paid 2 Mar
    await makeBill({ issuedAt: new Date("2025-03-02T09:00:00Z"), total: 5_000, payment: { bankTxnId: "RC-2", paidAt: new Date("2025-03-03T20:59:00Z"), receiptCode: "RRC0002" } }); // C, issued 2 Mar, paid 3 Mar (23:59 Riyadh)
    await makeBill({ issuedAt: new Date("2024-12-01T09:00:00Z"), expiresAt: new Date("2025-03-03T10:00:00Z"), status: "EXPIRED", total: 7_500 }); // C, expired 3 Mar
    await makeBill({ issuedAt: new Date("2025-03-02T10:00:00Z"), total: 40_000, municipalityId: muni.khobar }); // Khobar, 2 Mar
    await makeBill({ issuedAt: new Date("2025-03-02T10:00:00Z"), total: 90_000, municipalityId: muni.hofuf }); // Hofuf (other Amanah)
    await makeBill({ issuedAt: new Date("2025-03-03T21:00:00Z"), total: 1_000 }); // 4 Mar in Riyadh: outside the range
  });

  it("groups per Riyadh day and municipality with exact counts and sums, in the finance user's municipality only", async () => {
    const report = await reconciliationReport(finance, range);
    expect(report.municipalities.map((m) => m.id)).toEqual([muni.central]);
    const simple = report.rows.map((r) => [r.day, r.municipalityId === muni.central ? "C" : "?", r.issued, r.paid, r.expired]);
    const z = { count: 0, halalas: 0 };
    expect(simple).toEqual([
      ["2025-03-03", "C", z, { count: 1, halalas: 5_000 }, { count: 1, halalas: 7_500 }],
      ["2025-03-02", "C", { count: 2, halalas: 25_000 }, { count: 1, halalas: 20_000 }, z],
      ["2025-03-01", "C", { count: 1, halalas: 10_000 }, z, z],
    ]);
    expect(report.totals).toEqual({ issued: { count: 3, halalas: 35_000 }, paid: { count: 2, halalas: 25_000 }, expired: { count: 1, halalas: 7_500 } });
  });

  it("shows an Amanah-wide administrator every municipality of the Amanah but not another Amanah's", async () => {
    const report = await reconciliationReport(admin, range);
    const ids = new Set(report.rows.map((r) => r.municipalityId));
    expect(ids.has(muni.central) && ids.has(muni.khobar)).toBe(true);
    expect(ids.has(muni.hofuf)).toBe(false);
    expect(report.totals.issued).toEqual({ count: 4, halalas: 75_000 });
  });

  it("counts as paid what the payment command recorded: the bank's payment day and amount, as the Payment rows say", async () => {
    // The report reads payments from their bill (index-only scans); this pays through the real command and compares
    // the report with a direct count over "Payment" on the same days.
    const bill = await makeBill({ issuedAt: new Date("2025-04-01T08:00:00Z"), total: 33_300 });
    const body = notificationBody({ bankTxnId: "RC-CMD-1", billNumber: bill.number, amountHalalas: 33_300, paidAt: new Date("2025-04-02T22:30:00Z"), bankCode: "RJHI" });
    const paid = await processPaymentNotification(body, signPaymentBody(body, "reconciliation-test-secret"), { secret: "reconciliation-test-secret", handlers: { Test: async () => {} } });
    expect(paid.httpStatus).toBe(200);
    const april = { from: "2025-04-01", to: "2025-04-05" };
    const report = await reconciliationReport(finance, april);
    // 22:30Z on 2 April is 3 April in Riyadh.
    expect(report.rows.filter((r) => r.paid.count > 0).map((r) => [r.day, r.paid])).toEqual([["2025-04-03", { count: 1, halalas: 33_300 }]]);
    const direct = await db.$queryRaw<{ n: bigint; s: bigint }[]>`
      SELECT count(*) AS n, coalesce(sum(p."amountHalalas"), 0) AS s FROM "Payment" p JOIN "Bill" b ON b.id = p."billId"
       WHERE b."municipalityId" = ${muni.central} AND p."paidAt" >= '2025-03-31T21:00:00Z' AND p."paidAt" < '2025-04-05T21:00:00Z'`;
    expect(report.totals.paid).toEqual({ count: Number(direct[0]!.n), halalas: Number(direct[0]!.s) });
  });

  it("is refused to a citizen", async () => {
    await expect(reconciliationReport(citizenA, range)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("settlement file upload", () => {
  it("lists the rows with no payment, a different amount or bill, or another municipality's payment, and audits the comparison", async () => {
    const ok = await makeBill({ total: 12_500, payment: { bankTxnId: "ST-OK", paidAt: new Date("2026-11-20T09:00:00Z"), receiptCode: "RST0001" } });
    const diff = await makeBill({ total: 8_000, payment: { bankTxnId: "ST-AMT", paidAt: new Date("2026-11-20T09:00:00Z"), receiptCode: "RST0002" } });
    const hofuf = await makeBill({ municipalityId: muni.hofuf, payment: { bankTxnId: "ST-HOF", paidAt: new Date("2026-11-20T09:00:00Z"), receiptCode: "RST0003" } });
    const file = [
      "bankTxnId,billNumber,amountHalalas,paidAt,bankCode",
      `ST-OK,${ok.number},12500,2026-11-20T09:00:00Z,RJHI`,
      `ST-AMT,${diff.number},8500,2026-11-20T09:00:00Z,RJHI`,
      `ST-NONE,${billNumberFromSequence(999_999_996)},3000,2026-11-20T09:00:00Z,NCB`,
      `ST-HOF,${hofuf.number},10000,2026-11-20T09:00:00Z,RJHI`,
      `ST-OK2,${ok.number},100,2026-11-20T09:00:00Z,RJHI`,
    ].join("\r\n");
    const auditBefore = await db.auditLog.count({ where: { action: "payments.reconcileUpload" } });
    const result = await reconcileUpload.execute(finance, { fileName: "settlement-2026-11-20.csv", content: file });
    expect(result.total).toBe(5);
    expect(result.matched).toBe(1);
    expect(result.issues.map((i) => [i.line, i.bankTxnId, i.problem, i.recorded])).toEqual([
      [3, "ST-AMT", "AMOUNT_MISMATCH", { billNumber: diff.number, amountHalalas: 8_000 }],
      [4, "ST-NONE", "NO_PAYMENT", null],
      [5, "ST-HOF", "OTHER_MUNICIPALITY", null],
      [6, "ST-OK2", "NO_PAYMENT", null],
    ]);
    const audit = await db.auditLog.findMany({ where: { action: "payments.reconcileUpload" } });
    expect(audit).toHaveLength(auditBefore + 1);
    expect(audit.at(-1)).toMatchObject({ entityId: "settlement-2026-11-20.csv", after: { rows: 5, matched: 1, unmatched: 4 } });
  });

  it("refuses a malformed file with the line and reason, storing nothing", async () => {
    const auditBefore = await db.auditLog.count();
    const error = await reconcileUpload
      .execute(finance, { fileName: "bad.csv", content: "ST-1,1000001237,100,2026-11-20,RJHI\nST-2,1000001237,abc,2026-11-20,RJHI" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ file: "payments:reconciliation.upload.errors.amount?line=2" });
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("is refused to a citizen", async () => {
    await expect(reconcileUpload.execute(citizenA, { fileName: "x.csv", content: "a" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
