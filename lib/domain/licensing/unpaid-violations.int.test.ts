/**
 * The unpaid-violations rule at approval and at issuance (docs/decisions/015-shared-kernel.md):
 * the office manager's approval is refused while the commercial registration has an unpaid violation
 * (no fee bill is issued); once the fee is paid, the license is issued even if a violation was recorded
 * after the approval — the issuance's audit row names it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { officeApprove } from "@/lib/domain/licensing/commands/office-approve";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { recordViolation } from "@/lib/domain/violations/commands/record-violation";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createApplication } from "@/tests/factories/licensing";

const SECRET = "unpaid-violations-test-secret-0123456789";
let storageRoot: string;
let manager: Actor;
let inspector: Actor;

async function pay(billNumber: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { number: billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  const res = await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
  expect(res.body.status).toBe("ACCEPTED");
}

/** An application waiting for the manager, and its shop as an establishment an inspector can visit. */
async function appAwaitingApproval() {
  const app = await createApplication(db, { status: "OFFICE_APPROVAL", documents: true });
  const row = await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id }, select: { commercialRegNo: true, tradeNameAr: true, municipalityId: true } });
  const est = await db.establishment.create({
    data: { commercialRegNo: row.commercialRegNo!, tradeNameAr: row.tradeNameAr!, ownerNationalId: "1087654321", ownerName: "عبدالله القحطاني", ownerMobile: "966501234567", municipalityId: row.municipalityId! },
  });
  return { app, establishmentId: est.id };
}

async function violation(establishmentId: string): Promise<{ number: string; billNumber: string }> {
  const article = await db.violationArticle.findFirstOrThrow({ where: { code: "HLT-101" } });
  const r = await recordViolation.execute(inspector, { establishmentId, articleId: article.id, fine: "1500", notes: "", latitude: "26.4331", longitude: "50.1033" });
  return { number: r.number, billNumber: r.billNumber };
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-unpaid-"));
  process.env.STORAGE_DIR = storageRoot;
  manager = await actorOf({ username: "office.manager" });
  inspector = await actorOf({ username: "staff.inspector" });
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("unpaid violations", () => {
  it("block the manager's approval (no bill issued) until they are paid", async () => {
    const { app, establishmentId } = await appAwaitingApproval();
    const v = await violation(establishmentId);
    const billsBefore = await db.bill.count({ where: { subjectType: "LicenseApplication", subjectId: app.id } });

    const refused = await errorOf(officeApprove.execute(manager, { applicationId: app.id }));
    expect(refused.code).toBe("INVALID_STATE");
    expect(refused.message).toBe(`violations:rules.unpaidBlocksLicense?bills=${v.billNumber}`);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("OFFICE_APPROVAL");
    expect(await db.bill.count({ where: { subjectType: "LicenseApplication", subjectId: app.id } })).toBe(billsBefore);

    await pay(v.billNumber);
    const approved = await officeApprove.execute(manager, { applicationId: app.id });
    expect(approved.status).toBe("AWAITING_PAYMENT");
  });

  it("do not stop issuance once the fee is paid: the license is issued and its audit row names the violation", async () => {
    const { app, establishmentId } = await appAwaitingApproval();
    const approved = await officeApprove.execute(manager, { applicationId: app.id });
    const late = await violation(establishmentId); // recorded after the approval, before the payment

    await pay(approved.billNumber);
    const license = await db.license.findUniqueOrThrow({ where: { applicationId: app.id } });
    expect(license.status).toBe("ACTIVE");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "license.issue", entityId: license.id } });
    expect((audit.after as { unpaidViolations: string[] }).unpaidViolations).toEqual([late.number]);
  });
});
