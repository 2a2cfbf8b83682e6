/**
 * Issuing, cancelling, expiring and querying bills against a real PostgreSQL.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { expireBills } from "@/lib/domain/payments/expire-bills";
import { cancelBill, issueBill } from "@/lib/domain/payments/issue-bill";
import { unpaidBillsFor } from "@/lib/domain/payments/queries/unpaid";
import { makeBill, seededMunicipalityId, TEST_PAYER } from "@/lib/domain/payments/test-support";
import { AppError } from "@/lib/errors";
import { seed } from "@/prisma/seed";

const system = { system: "test" };

describe("issueBill", () => {
  it("writes the bill with the municipality's biller code, its lines and total, an audit row and the billIssued SMS", async () => {
    const municipalityId = await seededMunicipalityId("EP-KHB");
    const before = Date.now();
    const bill = await db.$transaction((tx) =>
      issueBill(tx, system, {
        municipalityId,
        subjectType: "Violation",
        subjectId: "v-1",
        payer: { crNumber: "2050012345", name: "مؤسسة الاختبار", mobile: "0551234567" },
        lines: [
          { kind: "FINE", descriptionAr: "غرامة", descriptionEn: "Fine", amountHalalas: 100_000 },
          { kind: "LATE_FEE", descriptionAr: "غرامة تأخير", descriptionEn: "Late fee", amountHalalas: 5_050 },
        ],
        dueInDays: 10,
        expiresInDays: 20,
        locale: "en",
      }),
    );
    expect(bill.totalHalalas).toBe(105_050);
    expect(isValidBillNumber(bill.number)).toBe(true);
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id }, include: { lines: { orderBy: { sortOrder: "asc" } } } });
    expect(stored).toMatchObject({ number: bill.number, billerCode: "305", status: "UNPAID", payerCrNumber: "2050012345", payerNationalId: null, payerMobile: "966551234567", totalHalalas: 105_050 });
    expect(stored.lines.map((l) => [l.kind, l.amountHalalas])).toEqual([["FINE", 100_000], ["LATE_FEE", 5_050]]);
    expect(stored.dueAt.getTime() - stored.issuedAt.getTime()).toBe(10 * 86_400_000);
    expect(stored.expiresAt.getTime() - stored.issuedAt.getTime()).toBe(20 * 86_400_000);
    expect(stored.issuedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(await db.auditLog.count({ where: { entityId: bill.id, action: "bill.issue", actorLabel: "system:test" } })).toBe(1);
    const sms = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `bill-issued:${bill.id}` } });
    expect(sms).toMatchObject({ to: "966551234567", template: "billIssued", locale: "en", status: "PENDING" });
    expect(sms.body).toContain(bill.number);
    expect(sms.body).toContain("1,050.50");
  });

  it("texts the payer in Arabic by default", async () => {
    const bill = await makeBill({ amountHalalas: 30_000 });
    const sms = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `bill-issued:${bill.id}` } });
    expect(sms).toMatchObject({ to: TEST_PAYER.mobile, template: "billIssued", locale: "ar" });
    expect(sms.body).toContain("صدرت فاتورة رقم");
    expect(sms.body).toContain("300.00");
  });

  it("gives 200 bills issued in parallel transactions 200 distinct numbers, each with a valid check digit", async () => {
    const municipalityId = await seededMunicipalityId();
    const started = Date.now();
    const bills = await Promise.all(Array.from({ length: 200 }, (_, i) => makeBill({ municipalityId, amountHalalas: 100 + i })));
    const numbers = bills.map((b) => b.number);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers.every(isValidBillNumber)).toBe(true);
    expect(await db.bill.count({ where: { number: { in: numbers } } })).toBe(200);
    // A mistyped digit of any of them is refused by the check digit.
    for (const n of numbers) {
      const pos = Number(n.at(-2)) % 10;
      const typo = n.slice(0, pos) + String((Number(n[pos]) + 1) % 10) + n.slice(pos + 1);
      expect(isValidBillNumber(typo), typo).toBe(false);
    }
    console.log(`[payments] 200 concurrent issueBill in ${Date.now() - started} ms`);
  }, 60_000);

  it("refuses bad input and writes nothing", async () => {
    const municipalityId = await seededMunicipalityId();
    const base = { municipalityId, subjectType: "Test", subjectId: "x", payer: TEST_PAYER, lines: [{ kind: "FEE" as const, descriptionAr: "رسوم", descriptionEn: "Fee", amountHalalas: 100 }] };
    const count = await db.bill.count();
    const cases: [Parameters<typeof issueBill>[2], string][] = [
      [{ ...base, lines: [] }, "payments:bill.errors.noLines"],
      [{ ...base, lines: [{ ...base.lines[0]!, amountHalalas: 0 }] }, "payments:bill.errors.amount"],
      [{ ...base, lines: [{ ...base.lines[0]!, amountHalalas: 10.5 }] }, "payments:bill.errors.amount"],
      [{ ...base, lines: [{ ...base.lines[0]!, descriptionEn: " " }] }, "payments:bill.errors.description"],
      [{ ...base, payer: { name: "x", mobile: TEST_PAYER.mobile } }, "payments:bill.errors.payer"],
      [{ ...base, payer: { ...TEST_PAYER, mobile: "12345" } }, "payments:bill.errors.mobile"],
      [{ ...base, dueInDays: 30, expiresInDays: 10 }, "payments:bill.errors.dates"],
    ];
    for (const [input, key] of cases) {
      const err = await db.$transaction((tx) => issueBill(tx, system, input)).catch((e: unknown) => e);
      expect(err, key).toBeInstanceOf(AppError);
      expect((err as AppError).messageKey).toBe(key);
    }
    expect(await db.bill.count()).toBe(count);
  });

  it("refuses a municipality without a biller code; the seed fills the code in again, and keeps one an admin changed", async () => {
    const m = await db.municipality.findUniqueOrThrow({ where: { code: "AHS-MUB" } });
    expect(m.billerCode).toBe("312");
    await db.municipality.update({ where: { id: m.id }, data: { billerCode: null } });
    const err = await makeBill({ municipalityId: m.id }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("INVALID_STATE");
    expect((err as AppError).messageKey).toBe("payments:bill.errors.noBillerCode");

    await db.municipality.update({ where: { code: "AHS-HOF" }, data: { billerCode: "399" } });
    const summary = await seed(db);
    expect(summary).toMatchObject({ alreadySeeded: false, inserted: 0, hashedPassword: false });
    expect((await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).billerCode).toBe("312");
    expect((await db.municipality.findUniqueOrThrow({ where: { code: "AHS-HOF" } })).billerCode).toBe("399");
    expect((await seed(db)).alreadySeeded).toBe(true);
    expect((await makeBill({ municipalityId: m.id })).number).toMatch(/^\d{10}$/);
  });

  it("rolls back with the caller's transaction (no bill, no audit row, no SMS)", async () => {
    const subjectId = `rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await issueBill(tx, system, { municipalityId: await seededMunicipalityId(), subjectType: "Test", subjectId, payer: TEST_PAYER, lines: [{ kind: "FEE", descriptionAr: "رسوم", descriptionEn: "Fee", amountHalalas: 100 }] });
        throw new Error("the violation could not be recorded");
      }),
    ).rejects.toThrow("the violation could not be recorded");
    expect(await db.bill.count({ where: { subjectId } })).toBe(0);
  });
});

describe("cancelBill", () => {
  it("cancels an unpaid bill once, with an audit row; a second cancel is refused", async () => {
    const bill = await makeBill();
    await db.$transaction((tx) => cancelBill(tx, system, bill.id, "objection accepted"));
    const stored = await db.bill.findUniqueOrThrow({ where: { id: bill.id } });
    expect(stored).toMatchObject({ status: "CANCELLED", cancelReason: "objection accepted" });
    expect(stored.cancelledAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: bill.id, action: "bill.cancel" } })).toBe(1);
    const again = await db.$transaction((tx) => cancelBill(tx, system, bill.id, "again")).catch((e: unknown) => e);
    expect((again as AppError).code).toBe("INVALID_STATE");
    const missing = await db.$transaction((tx) => cancelBill(tx, system, "no-such-bill", "x")).catch((e: unknown) => e);
    expect((missing as AppError).code).toBe("NOT_FOUND");
    // Only one SMS for this bill: the billIssued one (cancelling texts nothing).
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: "bill-" }, params: { path: ["billNumber"], equals: bill.number } } })).toBe(1);
  });
});

describe("expireBills and unpaidBillsFor", () => {
  it("expires exactly the unpaid bills past their expiry, and lists only the payable ones", async () => {
    const nationalId = "1000000008";
    const payer = { nationalId, name: "مواطن اختبار", mobile: "966500000001" };
    const live = await makeBill({ payer, amountHalalas: 111 });
    const old = await makeBill({ payer, amountHalalas: 222 });
    const cancelled = await makeBill({ payer, amountHalalas: 333 });
    const byCr = await makeBill({ payer: { crNumber: "2050099999", name: "مؤسسة", mobile: "966500000001" }, amountHalalas: 444 });
    await db.bill.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    await db.$transaction((tx) => cancelBill(tx, system, cancelled.id, "x"));

    expect((await unpaidBillsFor(db, { nationalId })).map((b) => b.number)).toEqual([live.number]); // the expired one is not payable
    expect(await unpaidBillsFor(db, { nationalId, crNumber: "2050099999" })).toEqual([
      { number: live.number, totalHalalas: 111, subjectType: "Test" },
      { number: byCr.number, totalHalalas: 444, subjectType: "Test" },
    ]);
    expect(await unpaidBillsFor(db, {})).toEqual([]);

    const { expired } = await expireBills();
    expect(expired).toBeGreaterThanOrEqual(1);
    const statuses = Object.fromEntries(
      (await db.bill.findMany({ where: { id: { in: [live.id, old.id, cancelled.id] } } })).map((b) => [b.id, b.status]),
    );
    expect(statuses).toEqual({ [live.id]: "UNPAID", [old.id]: "EXPIRED", [cancelled.id]: "CANCELLED" });
    expect(await db.auditLog.count({ where: { entityId: old.id, action: "bill.expire" } })).toBe(1);
    expect((await expireBills()).expired).toBe(0); // idempotent
  });
});
