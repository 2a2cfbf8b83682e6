/**
 * The signing-chain editor's command against a real PostgreSQL (issue 15: a chain is data per document type and
 * municipality): an administrator reorders and shortens Central Dammam's license-certificate chain; a certificate
 * already being signed keeps the chain it started with, the next one follows the new chain; every refusal (no
 * permission, another municipality's position, a gap, a position twice, an unknown type or municipality) changes
 * nothing; a change leaves one audit row with the old and new order, and saving the same chain leaves none.
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
import { setSigningChain } from "@/lib/domain/signatures/commands/chains";
import { chainsView } from "@/lib/domain/signatures/queries/chains";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createApplication } from "@/tests/factories/licensing";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

const SECRET = "chains-test-secret-0123456789abcd";
let storageRoot: string;
let admin: Actor, reviewer: Actor, manager: Actor;
let dammam = "";

async function issuedLicense(): Promise<string> {
  const app = await createApplication(db, { status: "OFFICE_APPROVAL", documents: true, municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL });
  const approved = await officeApprove.execute(manager, { applicationId: app.id });
  const bill = await db.bill.findUniqueOrThrow({ where: { number: approved.billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
  return (await db.license.findUniqueOrThrow({ where: { applicationId: app.id }, select: { id: true } })).id;
}
const positionsOf = async (licenseId: string) =>
  (await db.signedDocument.findUniqueOrThrow({ where: { documentType_subjectId: { documentType: "LICENSE_CERTIFICATE", subjectId: licenseId } }, select: { positionIds: true } })).positionIds;
const position = (code: string) => db.signingPosition.findFirstOrThrow({ where: { code, municipalityId: dammam }, select: { id: true } });
const chainCodes = async () =>
  (await db.signingChainStep.findMany({ where: { chain: { documentType: "LICENSE_CERTIFICATE", municipalityId: dammam } }, orderBy: { step: "asc" }, select: { position: { select: { code: true } } } })).map((s) => s.position.code);

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-chains-"));
  process.env.STORAGE_DIR = storageRoot;
  process.env.PAYMENT_NOTIFY_SECRET = SECRET;
  admin = await actorOf({ username: "staff.admin" });
  reviewer = await actorOf({ username: "staff.reviewer" });
  manager = await actorOf({ username: "office.manager" });
  dammam = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } })).id;
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("signing chains, set by an administrator", () => {
  it("shows each document type's chain and the municipality's positions with their holders", async () => {
    const view = await chainsView(admin, MUNICIPALITY_CODES.DAMMAM_CENTRAL);
    expect(view.municipality?.code).toBe(MUNICIPALITY_CODES.DAMMAM_CENTRAL);
    const license = view.chains.find((c) => c.documentType === "LICENSE_CERTIFICATE")!;
    expect(license.steps.map((s) => s.code)).toEqual(["LICENSING_SECTION_HEAD", "LICENSING_DEPARTMENT_DIRECTOR"]);
    expect(view.positions.find((p) => p.code === "LICENSING_DEPARTMENT_DIRECTOR")?.holder?.nameEn).toBe("Mona R. Al-Khaldi");
    expect(view.chains.map((c) => c.documentType)).toContain("OBJECTION_DECISION");
    expect((await errorOf(chainsView(reviewer, undefined))).code).toBe("FORBIDDEN");
  });

  it("a new chain applies to the next document; one already being signed keeps the chain it started with", async () => {
    const head = await position("LICENSING_SECTION_HEAD");
    const director = await position("LICENSING_DEPARTMENT_DIRECTOR");
    const before = await issuedLicense();
    expect(await positionsOf(before)).toEqual([head.id, director.id]);

    const audits = await db.auditLog.count({ where: { action: "signatures.chain.set" } });
    expect(await setSigningChain.execute(admin, { municipalityId: dammam, documentType: "LICENSE_CERTIFICATE", step1: director.id, step2: head.id })).toMatchObject({ changed: true });
    expect(await chainCodes()).toEqual(["LICENSING_DEPARTMENT_DIRECTOR", "LICENSING_SECTION_HEAD"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "signatures.chain.set" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      municipalityId: dammam,
      before: { documentType: "LICENSE_CERTIFICATE", steps: ["LICENSING_SECTION_HEAD", "LICENSING_DEPARTMENT_DIRECTOR"] },
      after: { documentType: "LICENSE_CERTIFICATE", steps: ["LICENSING_DEPARTMENT_DIRECTOR", "LICENSING_SECTION_HEAD"] },
    });
    // The same chain again: nothing to record.
    expect(await setSigningChain.execute(admin, { municipalityId: dammam, documentType: "LICENSE_CERTIFICATE", step1: director.id, step2: head.id })).toMatchObject({ changed: false });
    expect(await db.auditLog.count({ where: { action: "signatures.chain.set" } })).toBe(audits + 1);

    // One step only, the director's.
    await setSigningChain.execute(admin, { municipalityId: dammam, documentType: "LICENSE_CERTIFICATE", step1: director.id });
    const after = await issuedLicense();
    expect(await positionsOf(after)).toEqual([director.id]);
    expect(await positionsOf(before)).toEqual([head.id, director.id]);
  });

  it("refuses what is not a chain of that municipality, and changes nothing", async () => {
    const director = await position("LICENSING_DEPARTMENT_DIRECTOR");
    const head = await position("LICENSING_SECTION_HEAD");
    const khobar = await db.municipality.findFirstOrThrow({ where: { id: { not: dammam }, amanah: { code: "EP" } }, select: { id: true } }).catch(() => db.municipality.findFirstOrThrow({ where: { id: { not: dammam } }, select: { id: true } }));
    const elsewhere = await db.signingPosition.create({ data: { code: "MAYOR_TEST", titleAr: "رئيس البلدية", titleEn: "Mayor", municipalityId: khobar.id }, select: { id: true } });
    const chain = await chainCodes();
    const audits = await db.auditLog.count({ where: { action: "signatures.chain.set" } });
    const base = { municipalityId: dammam, documentType: "LICENSE_CERTIFICATE" };

    expect((await errorOf(setSigningChain.execute(reviewer, { ...base, step1: director.id }))).code).toBe("FORBIDDEN");
    expect(await errorOf(setSigningChain.execute(admin, { ...base, step1: head.id, step2: elsewhere.id }))).toMatchObject({ code: "VALIDATION", fieldErrors: { step2: "signatures:errors.chainPosition" } });
    expect(await errorOf(setSigningChain.execute(admin, { ...base, step1: "", step2: head.id }))).toMatchObject({ code: "VALIDATION", fieldErrors: { step1: "signatures:errors.chainFirstStep" } });
    expect(await errorOf(setSigningChain.execute(admin, { ...base, step1: head.id, step3: director.id }))).toMatchObject({ code: "VALIDATION", fieldErrors: { step3: "signatures:errors.chainGap" } });
    expect(await errorOf(setSigningChain.execute(admin, { ...base, step1: head.id, step2: director.id, step3: head.id }))).toMatchObject({ code: "VALIDATION", fieldErrors: { step3: "signatures:errors.chainRepeated" } });
    expect(await errorOf(setSigningChain.execute(admin, { ...base, documentType: "MARRIAGE_CONTRACT", step1: head.id }))).toMatchObject({ code: "VALIDATION", message: "signatures:errors.chainDocumentType" });
    expect((await errorOf(setSigningChain.execute(admin, { ...base, municipalityId: "no-such-municipality", step1: head.id }))).code).toBe("NOT_FOUND");

    expect(await chainCodes()).toEqual(chain);
    expect(await db.auditLog.count({ where: { action: "signatures.chain.set" } })).toBe(audits);
  });
});
