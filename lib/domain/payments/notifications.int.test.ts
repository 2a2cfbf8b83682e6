/**
 * The bank's payment notification end to end: a real HTTP POST (the simulator's fetch) to the real
 * route handler behind a node:http server, against a real PostgreSQL.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const SECRET = vi.hoisted(() => {
  const secret = "integration-test-payment-secret-0123456789";
  process.env.PAYMENT_WEBHOOK_SECRET = secret; // before env() is first read
  return secret;
});

import { POST } from "@/app/api/payments/notifications/route";
import { db } from "@/lib/db";
import { newBankTxnId, notificationBody, simulateBankPayment } from "@/lib/domain/payments/bank-simulator";
import { billNumberFromSequence, isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import type { BillPaidHandler } from "@/lib/domain/payments/handlers";
import { expireBills } from "@/lib/domain/payments/expire-bills";
import { cancelBill } from "@/lib/domain/payments/issue-bill";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { databaseSnapshot, makeBill, serveRoute, TEST_PAYER } from "@/lib/domain/payments/test-support";

let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ baseUrl, close } = await serveRoute("/api/payments/notifications", POST));
});
afterAll(async () => {
  await close?.();
});

const pay = (billNumber: string, extra: { amountHalalas?: number; bankTxnId?: string; paidAt?: Date; signWith?: string } = {}) =>
  simulateBankPayment({ baseUrl, secret: SECRET, billNumber, ...extra });

/** POSTs exactly these bytes with this signature header (for tampering). */
async function postRaw(raw: string, signature: string | null) {
  const res = await fetch(`${baseUrl}/api/payments/notifications`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(signature === null ? {} : { "X-Signature": signature }) },
    body: raw,
  });
  return { httpStatus: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("an accepted notification", () => {
  it("marks the bill PAID, stores one payment with a checkable receipt code, audits it and texts the payer", async () => {
    const bill = await makeBill({ amountHalalas: 25_050 });
    const paidAt = new Date(Date.now() - 60_000);
    const result = await pay(bill.number, { paidAt });
    expect(result.httpStatus).toBe(200);
    expect(result.body).toEqual({ status: "ACCEPTED", billNumber: bill.number, receiptCode: expect.stringMatching(/^R\d{7,}$/), bankTxnId: result.bankTxnId });

    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id }, include: { payment: true } });
    expect(stored.status).toBe("PAID");
    expect(stored.paidAt?.getTime()).toBe(paidAt.getTime());
    expect(stored.payment).toMatchObject({ bankTxnId: result.bankTxnId, bankCode: "SIMBANK", amountHalalas: 25_050 });
    if (result.body.status !== "ACCEPTED") throw new Error("not accepted");
    expect(stored.payment?.receiptCode).toBe(result.body.receiptCode);

    const audit = await db.auditLog.findMany({ where: { entityId: bill.id, action: "bill.pay" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorLabel).toBe("system:bank:SIMBANK");

    const sms = await db.outboxMessage.findMany({ where: { dedupeKey: `payment-received:${bill.id}` } });
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ to: TEST_PAYER.mobile, template: "paymentReceived", status: "PENDING" });
    expect(sms[0]?.body).toContain(bill.number);
    expect(sms[0]?.body).toContain("250.50");
  });

  it("answers a repeated notification (same bankTxnId) with exactly the first response and changes nothing", async () => {
    const bill = await makeBill();
    const bankTxnId = newBankTxnId();
    const first = await pay(bill.number, { bankTxnId });
    const before = await databaseSnapshot(db, bill.id);
    const again = await pay(bill.number, { bankTxnId });
    expect(again.httpStatus).toBe(first.httpStatus);
    expect(again.body).toEqual(first.body);
    expect(await databaseSnapshot(db, bill.id)).toEqual(before);
  });
});

describe("concurrency", () => {
  it("50 concurrent identical notifications record exactly one payment, and all 50 get the same ACCEPTED answer", async () => {
    const bill = await makeBill({ amountHalalas: 50_000 });
    const bankTxnId = newBankTxnId();
    const paidAt = new Date();
    const results = await Promise.all(Array.from({ length: 50 }, () => pay(bill.number, { bankTxnId, paidAt })));

    expect(results.map((r) => r.httpStatus)).toEqual(Array(50).fill(200));
    const codes = new Set(results.map((r) => (r.body.status === "ACCEPTED" ? r.body.receiptCode : r.body.reason)));
    expect(codes.size).toBe(1);
    expect(results.every((r) => r.body.status === "ACCEPTED" && r.body.bankTxnId === bankTxnId && r.body.billNumber === bill.number)).toBe(true);

    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect(await db.payment.count({ where: { bankTxnId } })).toBe(1);
    expect((await db.payment.findUniqueOrThrow({ where: { billId: bill.id } })).receiptCode).toBe([...codes][0]);
    expect(await db.auditLog.count({ where: { entityId: bill.id, action: "bill.pay" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `payment-received:${bill.id}` } })).toBe(1);
  });

  it("50 concurrent notifications for 50 different bills all succeed, with 50 distinct receipt codes", async () => {
    const bills = [];
    for (let i = 0; i < 50; i++) bills.push(await makeBill({ amountHalalas: 1_000 + i }));
    const results = await Promise.all(bills.map((b, i) => pay(b.number, { amountHalalas: 1_000 + i })));

    expect(results.map((r) => r.body.status)).toEqual(Array(50).fill("ACCEPTED"));
    const codes = results.map((r) => (r.body.status === "ACCEPTED" ? r.body.receiptCode : ""));
    expect(new Set(codes).size).toBe(50);
    const ids = bills.map((b) => b.id);
    expect(await db.bill.count({ where: { id: { in: ids }, status: "PAID" } })).toBe(50);
    expect(await db.payment.count({ where: { billId: { in: ids } } })).toBe(50);
  });

  it("50 concurrent notifications for ONE bill with 50 different bank transactions: one is accepted, 49 are ALREADY_PAID", async () => {
    const bill = await makeBill();
    const results = await Promise.all(Array.from({ length: 50 }, () => pay(bill.number)));
    const accepted = results.filter((r) => r.body.status === "ACCEPTED");
    expect(accepted).toHaveLength(1);
    expect(results.filter((r) => r.httpStatus === 409 && r.body.status === "REJECTED" && r.body.reason === "ALREADY_PAID")).toHaveLength(49);
    expect(await db.payment.count({ where: { billId: bill.id } })).toBe(1);
    expect((await db.payment.findUniqueOrThrow({ where: { billId: bill.id } })).bankTxnId).toBe(accepted[0]?.bankTxnId);
  });

  it("one bankTxnId sent for two bills at once pays only one of them; the other gets the stored answer", async () => {
    const [a, b] = [await makeBill(), await makeBill()];
    const bankTxnId = newBankTxnId();
    const results = await Promise.all([a, b, a, b, a, b].map((bill) => pay(bill.number, { bankTxnId })));
    const paid = await db.payment.findUniqueOrThrow({ where: { bankTxnId }, include: { bill: true } });
    for (const r of results) expect(r.body).toEqual({ status: "ACCEPTED", billNumber: paid.bill.number, receiptCode: paid.receiptCode, bankTxnId });
    const other = paid.billId === a!.id ? b! : a!;
    expect((await db.bill.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("UNPAID");
    expect(await db.payment.count({ where: { billId: other.id } })).toBe(0);
  });
});

describe("a refused notification changes nothing in any table", () => {
  async function expectUnchanged(billId: string | undefined, send: () => Promise<{ httpStatus: number; body: unknown }>, httpStatus: number, reason: string) {
    const before = await databaseSnapshot(db, billId);
    const result = await send();
    expect(result.body).toEqual({ status: "REJECTED", reason });
    expect(result.httpStatus).toBe(httpStatus);
    expect(await databaseSnapshot(db, billId)).toEqual(before);
  }

  it("a tampered signature (wrong key, edited body, missing, malformed)", async () => {
    const bill = await makeBill();
    await expectUnchanged(bill.id, () => pay(bill.number, { signWith: "not-the-shared-secret-at-all-000" }), 401, "BAD_SIGNATURE");
    const raw = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: 15_000, paidAt: new Date(), bankCode: "SIMBANK" });
    const signature = signPaymentBody(raw, SECRET);
    // The amount edited after signing (the signature was valid for the original bytes).
    await expectUnchanged(bill.id, () => postRaw(raw.replace('"amountHalalas":15000', '"amountHalalas":1'), signature), 401, "BAD_SIGNATURE");
    // Re-serialised JSON (same meaning, other bytes) does not pass either.
    await expectUnchanged(bill.id, () => postRaw(JSON.stringify(JSON.parse(raw), null, 1), signature), 401, "BAD_SIGNATURE");
    await expectUnchanged(bill.id, () => postRaw(raw, null), 401, "BAD_SIGNATURE");
    await expectUnchanged(bill.id, () => postRaw(raw, signature.replace("sha256=", "md5=")), 401, "BAD_SIGNATURE");
    // The untouched original is still accepted: the refusals above were about the signature only.
    expect((await postRaw(raw, signature)).body.status).toBe("ACCEPTED");
  });

  it("a wrong amount (less, more)", async () => {
    const bill = await makeBill({ amountHalalas: 15_000 });
    await expectUnchanged(bill.id, () => pay(bill.number, { amountHalalas: 14_999 }), 409, "AMOUNT_MISMATCH");
    await expectUnchanged(bill.id, () => pay(bill.number, { amountHalalas: 15_001 }), 409, "AMOUNT_MISMATCH");
    expect((await pay(bill.number, { amountHalalas: 15_000 })).body.status).toBe("ACCEPTED");
  });

  it("an expired bill (past its expiry, before and after the expiry job marked it)", async () => {
    const bill = await makeBill();
    await db.bill.update({ where: { id: bill.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    await expectUnchanged(bill.id, () => pay(bill.number), 409, "BILL_EXPIRED");
    expect((await expireBills()).expired).toBeGreaterThanOrEqual(1);
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("EXPIRED");
    await expectUnchanged(bill.id, () => pay(bill.number), 409, "BILL_EXPIRED");
  });

  it("a cancelled bill", async () => {
    const bill = await makeBill();
    await db.$transaction((tx) => cancelBill(tx, { system: "test" }, bill.id, "objection accepted"));
    await expectUnchanged(bill.id, () => pay(bill.number), 409, "BILL_CANCELLED");
  });

  it("an unknown bill (a valid number never issued, and a number whose check digit is wrong)", async () => {
    const neverIssued = billNumberFromSequence(987_654_321);
    expect(isValidBillNumber(neverIssued)).toBe(true);
    await expectUnchanged(undefined, () => pay(neverIssued, { amountHalalas: 100 }), 404, "UNKNOWN_BILL");
    const bill = await makeBill();
    const typo = bill.number.slice(0, 9) + String((Number(bill.number[9]) + 1) % 10);
    await expectUnchanged(bill.id, () => pay(typo, { amountHalalas: 15_000 }), 404, "UNKNOWN_BILL");
  });

  it("a bill already paid by another bank transaction", async () => {
    const bill = await makeBill();
    expect((await pay(bill.number)).body.status).toBe("ACCEPTED");
    await expectUnchanged(bill.id, () => pay(bill.number), 409, "ALREADY_PAID");
  });

  it("a malformed body (not JSON, missing fields, negative or fractional amount, a payment time in the future)", async () => {
    const bill = await makeBill();
    const valid = { bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: 15_000, paidAt: new Date().toISOString(), bankCode: "SIMBANK" };
    const bodies = [
      "not json",
      JSON.stringify({ ...valid, billNumber: undefined }),
      JSON.stringify({ ...valid, amountHalalas: -15_000 }),
      JSON.stringify({ ...valid, amountHalalas: 150.5 }),
      JSON.stringify({ ...valid, amountHalalas: "15000" }),
      JSON.stringify({ ...valid, paidAt: "yesterday" }),
      JSON.stringify({ ...valid, paidAt: new Date(Date.now() + 3_600_000).toISOString() }),
      JSON.stringify({ ...valid, bankTxnId: "" }),
      JSON.stringify({ ...valid, billNumber: "12345" }),
    ];
    for (const raw of bodies) await expectUnchanged(bill.id, () => postRaw(raw, signPaymentBody(raw, SECRET)), 400, "MALFORMED");
  });
});

/** Pays through processPaymentNotification with the app's handlers plus test-only kinds. */
async function payWith(extra: Record<string, BillPaidHandler>, billNumber: string, opts: { bankTxnId?: string } = {}) {
  const bill = await db.bill.findUniqueOrThrow({ where: { number: billNumber } });
  const body = notificationBody({ bankTxnId: opts.bankTxnId ?? newBankTxnId(), billNumber, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  return processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: { ...billPaidHandlers, ...extra } });
}

describe("bill-paid handlers", () => {
  it("run in the payment's transaction: they see the uncommitted payment, and their writes commit with it", async () => {
    const seen: { insideStatus?: string; insidePayment?: boolean; outsidePayment?: boolean } = {};
    const handler: BillPaidHandler = async (tx, paid) => {
      seen.insideStatus = (await tx.bill.findUniqueOrThrow({ where: { id: paid.id } })).status;
      seen.insidePayment = (await tx.payment.count({ where: { billId: paid.id } })) === 1;
      seen.outsidePayment = (await db.payment.count({ where: { billId: paid.id } })) === 1; // another connection
      await tx.auditLog.create({ data: { actorLabel: "test", action: "test.handler", entityType: "Bill", entityId: paid.id } });
    };
    {
      const bill = await makeBill({ subjectType: "TestSameTx" });
      expect((await payWith({ TestSameTx: handler }, bill.number)).body.status).toBe("ACCEPTED");
      expect(seen).toEqual({ insideStatus: "PAID", insidePayment: true, outsidePayment: false });
      expect(await db.auditLog.count({ where: { entityId: bill.id, action: "test.handler" } })).toBe(1);
    }
  });

  it("a handler that throws rolls the payment back: the notification is refused, nothing is written, a retry can succeed", async () => {
    let fail = true;
    let calls = 0;
    const handlers: Record<string, BillPaidHandler> = {
      TestThrows: async (tx, paid) => {
      calls++;
      await tx.auditLog.create({ data: { actorLabel: "test", action: "test.handler", entityType: "Bill", entityId: paid.id } });
      if (fail) throw new Error("the license could not be issued");
      },
    };
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const bill = await makeBill({ subjectType: "TestThrows" });
      const bankTxnId = newBankTxnId();
      const before = await databaseSnapshot(db, bill.id);
      const refused = await payWith(handlers, bill.number, { bankTxnId });
      expect(refused.httpStatus).toBe(503);
      expect(refused.body).toEqual({ status: "REJECTED", reason: "PROCESSING_FAILED" });
      expect(calls).toBe(1);
      // Every table and the bill row as before. (The receipt number drawn before the handler ran is
      // not given back: sequences are outside transactions, so receipt codes may have gaps, never repeats.)
      const withoutReceiptSeq = ({ "seq:receipt_code_seq": _drawn, ...rest }: Record<string, unknown>) => rest;
      expect(withoutReceiptSeq(await databaseSnapshot(db, bill.id))).toEqual(withoutReceiptSeq(before));

      fail = false; // the bank retries the same transaction later
      const retried = await payWith(handlers, bill.number, { bankTxnId });
      expect(retried.body.status).toBe("ACCEPTED");
      expect(await db.auditLog.count({ where: { entityId: bill.id, action: "test.handler" } })).toBe(1);
    } finally {
      errors.mockRestore();
    }
  });
});

describe("npm run bank:pay (scripts/bank-simulator.ts)", () => {
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", path.join(process.cwd(), "scripts", "bank-simulator.ts"), ...args], {
      env: { ...process.env, PAYMENT_WEBHOOK_SECRET: SECRET },
      timeout: 60_000,
    }).then(
      (r) => ({ code: 0, out: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
    );

  it("pays a bill by number (amount looked up), and reports a refusal with exit code 2", async () => {
    const bill = await makeBill({ amountHalalas: 7_525 });
    const wrong = await cli([bill.number, "--amount", "75.24", "--url", baseUrl]);
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('"reason": "AMOUNT_MISMATCH"');
    const paid = await cli([bill.number.replace(/(\d{4})(?=\d)/g, "$1 "), "--url", baseUrl]);
    expect(paid.code).toBe(0);
    expect(paid.out).toContain('"status": "ACCEPTED"');
    const payment = await db.payment.findUniqueOrThrow({ where: { billId: bill.id } });
    expect(payment.amountHalalas).toBe(7_525);
    expect(paid.out).toContain(payment.receiptCode);
  }, 60_000);
});
