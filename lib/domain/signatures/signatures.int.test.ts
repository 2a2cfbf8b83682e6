/**
 * Electronic signatures against a real PostgreSQL (issue 15): a license issued in Central Dammam opens its
 * certificate's two-step chain (seeded: section head → department director); refusals out of order, outside the
 * chain and twice by the same person change nothing; delegation (time-boxed, audited) lets the deputy sign in
 * the director's capacity; the completed document verifies against the published JWKS; rotation keeps old
 * signatures valid; revocation makes them refused; every command leaves its audit row.
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
import { delegatePosition, revokeDelegation } from "@/lib/domain/signatures/commands/delegate";
import { revokeKey, rotateKey } from "@/lib/domain/signatures/commands/keys";
import { signDocument } from "@/lib/domain/signatures/commands/sign";
import { verifyCompact } from "@/lib/domain/signatures/compact";
import { publishedKeySet } from "@/lib/domain/signatures/queries/jwks";
import { licenseCertificateSignatures } from "@/lib/domain/signatures/queries/license";
import { signerDesk } from "@/lib/domain/signatures/queries/queue";
import { requestSignatures } from "@/lib/domain/signatures/request";
import { activeKeyOf } from "@/lib/domain/signatures/signer";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createApplication } from "@/tests/factories/licensing";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

const SECRET = "signatures-test-secret-0123456789";
let storageRoot: string;
let manager: Actor, head: Actor, director: Actor, deputy: Actor, outsider: Actor, admin: Actor;

async function issuedLicense(municipalityCode: string = MUNICIPALITY_CODES.DAMMAM_CENTRAL): Promise<string> {
  const app = await createApplication(db, { status: "OFFICE_APPROVAL", documents: true, municipalityCode });
  const approved = await officeApprove.execute(manager, { applicationId: app.id });
  const bill = await db.bill.findUniqueOrThrow({ where: { number: approved.billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  const res = await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
  expect(res.body.status).toBe("ACCEPTED");
  return (await db.license.findUniqueOrThrow({ where: { applicationId: app.id }, select: { id: true } })).id;
}
const docOf = (licenseId: string) => db.signedDocument.findUniqueOrThrow({ where: { documentType_subjectId: { documentType: "LICENSE_CERTIFICATE", subjectId: licenseId } } });
const directorPosition = () => db.signingPosition.findFirstOrThrow({ where: { code: "LICENSING_DEPARTMENT_DIRECTOR" } });
const day = (offsetDays: number) => new Date(Date.now() + 3 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-signatures-"));
  process.env.STORAGE_DIR = storageRoot;
  manager = await actorOf({ username: "office.manager" });
  head = await actorOf({ username: "sign.section-head" });
  director = await actorOf({ username: "sign.director" });
  deputy = await actorOf({ username: "sign.deputy" });
  outsider = await actorOf({ username: "staff.reviewer" });
  admin = await actorOf({ username: "staff.admin" });
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("a license certificate signed along its chain", () => {
  it("is requested at issuance; the license is ACTIVE while the chain is pending", async () => {
    const licenseId = await issuedLicense();
    const license = await db.license.findUniqueOrThrow({ where: { id: licenseId } });
    expect(license.status).toBe("ACTIVE");
    const doc = await docOf(licenseId);
    expect(doc.status).toBe("PENDING");
    expect(doc.positionIds).toHaveLength(2);
    const data = JSON.parse(Buffer.from(doc.payload, "base64url").toString()) as Record<string, unknown>;
    expect(data).toMatchObject({ t: "LICENSE_CERTIFICATE", n: license.number, c: license.verifyCode, ch: ["EP-DMM-C/LICENSING_SECTION_HEAD", "EP-DMM-C/LICENSING_DEPARTMENT_DIRECTOR"] });
    // idempotent: asking again returns the same request
    expect(await db.$transaction((tx) => requestSignatures(tx, { system: "test" }, "LICENSE_CERTIFICATE", licenseId))).toEqual({ id: doc.id });
  });

  it("is not requested where the municipality has no chain (the certificate stays as before)", async () => {
    const licenseId = await issuedLicense(MUNICIPALITY_CODES.KHOBAR);
    expect(await db.signedDocument.count({ where: { subjectId: licenseId } })).toBe(0);
    expect(await licenseCertificateSignatures(licenseId)).toBeNull();
  });

  it("refuses out of order, outside the chain and a second signature, changing nothing", async () => {
    const licenseId = await issuedLicense();
    const before = await docOf(licenseId);
    expect((await errorOf(signDocument.execute(director, { documentId: before.id }))).message).toBe("signatures:errors.outOfOrder");
    expect((await errorOf(signDocument.execute(outsider, { documentId: before.id }))).message).toBe("signatures:errors.notInChain");
    expect(await docOf(licenseId)).toEqual(before);
    expect(await db.documentSignature.count({ where: { documentId: before.id } })).toBe(0);
    await signDocument.execute(head, { documentId: before.id });
    const again = await errorOf(signDocument.execute(head, { documentId: before.id }));
    expect(again.message).toBe("signatures:errors.notInChain"); // the head holds no position at step 2
    expect(await db.documentSignature.count({ where: { documentId: before.id } })).toBe(1);
  });

  it("signed by the head, then by the deputy under a time-boxed delegation: complete, verified, audited", async () => {
    const licenseId = await issuedLicense();
    const doc = await docOf(licenseId);
    expect((await signerDesk(head)).queue.map((q) => q.documentId)).toContain(doc.id);
    expect((await signerDesk(director)).queue.map((q) => q.documentId)).not.toContain(doc.id); // not their turn yet
    expect(await signDocument.execute(head, { documentId: doc.id })).toEqual({ step: 2 - 1, complete: false });
    expect((await signerDesk(director)).queue.map((q) => q.documentId)).toContain(doc.id);

    // the deputy cannot sign before the delegation
    expect((await errorOf(signDocument.execute(deputy, { documentId: doc.id }))).message).toBe("signatures:errors.notInChain");
    const position = await directorPosition();
    // refusals of the delegation itself: not the holder, too long, to oneself
    expect((await errorOf(delegatePosition.execute(head, { positionId: position.id, delegateUsername: "sign.deputy", startsOn: day(0), endsOn: day(3), reason: "إجازة" }))).message).toBe("signatures:errors.notHolder");
    expect((await errorOf(delegatePosition.execute(director, { positionId: position.id, delegateUsername: "sign.deputy", startsOn: day(0), endsOn: day(120), reason: "إجازة" }))).fieldErrors).toEqual({ endsOn: "signatures:errors.window.tooLong" });
    expect((await errorOf(delegatePosition.execute(director, { positionId: position.id, delegateUsername: "sign.director", startsOn: day(0), endsOn: day(3), reason: "إجازة" }))).fieldErrors).toEqual({ delegateUsername: "signatures:errors.delegateSelf" });
    // a future delegation does not let the deputy sign today
    const future = await delegatePosition.execute(director, { positionId: position.id, delegateUsername: "sign.deputy", startsOn: day(5), endsOn: day(8), reason: "مهمة عمل" });
    expect((await errorOf(signDocument.execute(deputy, { documentId: doc.id }))).message).toBe("signatures:errors.notInChain");
    await revokeDelegation.execute(director, { delegationId: future.id });

    const delegation = await delegatePosition.execute(director, { positionId: position.id, delegateUsername: "sign.deputy", startsOn: day(0), endsOn: day(2), reason: "إجازة اعتيادية" });
    const deputyQueue = (await signerDesk(deputy)).queue.find((q) => q.documentId === doc.id);
    expect(deputyQueue?.onBehalfOf?.nameEn).toBe(director.nameEn);
    expect(await signDocument.execute(deputy, { documentId: doc.id })).toEqual({ step: 2, complete: true });

    const done = await docOf(licenseId);
    expect(done.status).toBe("COMPLETE");
    const sig = await db.documentSignature.findFirstOrThrow({ where: { documentId: doc.id, step: 2 } });
    expect(sig).toMatchObject({ signerId: deputy.userId, onBehalfOfId: director.userId, delegationId: delegation.id });
    const outcome = await verifyCompact(done.compact, await publishedKeySet(db));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.signatures.map((s) => s.delegated)).toEqual([false, true]);
    const view = await licenseCertificateSignatures(licenseId);
    expect(view?.steps.map((s) => [s.signer?.nameEn, s.onBehalfOf?.nameEn ?? null])).toEqual([[head.nameEn, null], [deputy.nameEn, director.nameEn]]);

    const actions = (await db.auditLog.findMany({ where: { OR: [{ entityId: doc.id }, { entityId: delegation.id }, { entityId: future.id }] }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["signatures.request", "signatures.sign", "signatures.sign.complete", "signatures.delegate", "signatures.delegation.revoke"]));
    // a complete chain takes no more signatures
    expect((await errorOf(signDocument.execute(director, { documentId: doc.id }))).message).toBe("signatures:errors.complete");
  });
});

describe("keys", () => {
  it("are published as a JWKS without private material, with each signer's capacities", async () => {
    const set = await publishedKeySet(db);
    const text = JSON.stringify(set);
    expect(text).not.toMatch(/privateSealed|"d":/);
    const headKey = set.keys.find((k) => k.name_en === head.nameEn);
    expect(headKey).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig" });
    expect(headKey?.auth?.map((a) => a.pos)).toContain("EP-DMM-C/LICENSING_SECTION_HEAD");
    const sealed = await db.signingKey.findFirstOrThrow({ where: { userId: head.userId } });
    expect(sealed.privateSealed.startsWith("v1.")).toBe(true);
  });

  it("rotation retires the old key (old signatures stay valid) and signs new documents with the new key", async () => {
    const first = await issuedLicense();
    const d1 = await docOf(first);
    await signDocument.execute(head, { documentId: d1.id });
    const oldKid = (await db.documentSignature.findFirstOrThrow({ where: { documentId: d1.id } })).kid;
    const rotated = await rotateKey.execute(head, { confirm: "rotate" });
    expect(rotated.kid).not.toBe(oldKid);
    expect((await db.signingKey.findUniqueOrThrow({ where: { kid: oldKid } })).status).toBe("RETIRED");
    await signDocument.execute(director, { documentId: d1.id });
    expect((await verifyCompact((await docOf(first)).compact, await publishedKeySet(db))).ok).toBe(true);

    const second = await issuedLicense();
    const d2 = await docOf(second);
    await signDocument.execute(head, { documentId: d2.id });
    expect((await db.documentSignature.findFirstOrThrow({ where: { documentId: d2.id } })).kid).toBe(rotated.kid);
    expect(await db.auditLog.count({ where: { action: "signatures.key.rotate", actorId: head.userId } })).toBe(1);
  });

  it("revocation (administrators only) withdraws the key: what it signed is refused from then on", async () => {
    const licenseId = await issuedLicense();
    const d = await docOf(licenseId);
    await signDocument.execute(head, { documentId: d.id });
    await signDocument.execute(director, { documentId: d.id });
    const kid = (await db.documentSignature.findFirstOrThrow({ where: { documentId: d.id, step: 2 } })).kid;
    expect((await verifyCompact((await docOf(licenseId)).compact, await publishedKeySet(db))).ok).toBe(true);

    expect((await errorOf(revokeKey.execute(director, { kid, reason: "مفقود" }))).code).toBe("FORBIDDEN");
    await revokeKey.execute(admin, { kid, reason: "جهاز مفقود" });
    const set = await publishedKeySet(db);
    expect(set.keys.map((k) => k.kid)).not.toContain(kid);
    expect(set.revoked).toContain(kid);
    expect(await verifyCompact((await docOf(licenseId)).compact, set)).toMatchObject({ ok: false, reason: "revokedKey", step: 2 });
    expect((await licenseCertificateSignatures(licenseId))?.verification).toMatchObject({ ok: false, reason: "revokedKey" });
    expect((await errorOf(revokeKey.execute(admin, { kid, reason: "مرة أخرى" }))).message).toBe("signatures:errors.keyRevoked");
    expect(await db.auditLog.count({ where: { action: "signatures.key.revoke", actorId: admin.userId } })).toBe(1);
    // the director's next signature uses a new key, issued on demand (audited)
    const next = await issuedLicense();
    const dn = await docOf(next);
    await signDocument.execute(head, { documentId: dn.id });
    await signDocument.execute(director, { documentId: dn.id });
    expect(await verifyCompact((await docOf(next)).compact, await publishedKeySet(db))).toMatchObject({ ok: true });
  });

  it("a key issued on demand is valid from the moment of the signature it is issued for, not from when it was written", async () => {
    // On a busy machine the key row was written a second after the signature's time: its published "iat" was later
    // than the signature, which then verified as made before its key existed ("keyNotValidThen").
    for (const k of await db.signingKey.findMany({ where: { userId: director.userId, status: "ACTIVE" }, select: { kid: true } })) {
      await revokeKey.execute(admin, { kid: k.kid, reason: "تجربة وقت المفتاح" });
    }
    const signingAt = new Date(Date.now() - 10_000);
    const issued = await db.$transaction((tx) => activeKeyOf(tx, director, director.userId, signingAt));
    const key = await db.signingKey.findUniqueOrThrow({ where: { kid: issued.kid }, select: { createdAt: true } });
    expect(key.createdAt.toISOString()).toBe(signingAt.toISOString());
    const published = (await publishedKeySet(db)).keys.find((k) => k.kid === issued.kid);
    expect(published?.iat).toBe(Math.floor(signingAt.getTime() / 1000));

    // The sign command issues it so: its first signature verifies.
    for (const k of await db.signingKey.findMany({ where: { userId: director.userId, status: "ACTIVE" }, select: { kid: true } })) {
      await revokeKey.execute(admin, { kid: k.kid, reason: "تجربة وقت المفتاح" });
    }
    const licenseId = await issuedLicense();
    const d = await docOf(licenseId);
    await signDocument.execute(head, { documentId: d.id });
    await signDocument.execute(director, { documentId: d.id });
    const signature = await db.documentSignature.findFirstOrThrow({ where: { documentId: d.id, step: 2 }, select: { kid: true, signedAt: true } });
    const created = await db.signingKey.findUniqueOrThrow({ where: { kid: signature.kid }, select: { createdAt: true } });
    expect(Math.floor(created.createdAt.getTime() / 1000)).toBe(Math.floor(signature.signedAt.getTime() / 1000));
    expect(await verifyCompact((await docOf(licenseId)).compact, await publishedKeySet(db))).toMatchObject({ ok: true });
  });
});
