/**
 * Building permits and building completion certificates signed along their municipality's chain (issue 15;
 * docs/decisions/025-permit-signatures.md), against a real PostgreSQL. The demo seed gives Central Dammam two-step
 * chains for both types (building permits section head → head of the municipality). Per type: the signing is
 * requested where the document is decided; out of order and outside the chain are refused and change nothing;
 * signed in order the document is complete and verifies against the published keys, a tampered payload does
 * not, by the server and by the command-line check; completion has its effect (the permit is ISSUED by its last signature) and texts the owner.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { issuePermitCertificate } from "@/lib/domain/permits/after-issue/commands/issue-certificate";
import { issuePermit } from "@/lib/domain/permits/commands/sign";
import { encodePayload } from "@/lib/domain/signatures/canonical";
import { signDocument } from "@/lib/domain/signatures/commands/sign";
import { verifyCompact } from "@/lib/domain/signatures/compact";
import type { DocumentType } from "@/lib/domain/signatures/document-types";
import { publishedKeySet } from "@/lib/domain/signatures/queries/jwks";
import { completionCertificateSignatures, completionCertificateSignaturesByCode, permitSignatures, permitSignaturesByCode } from "@/lib/domain/signatures/queries/permit";
import { signerDesk } from "@/lib/domain/signatures/queries/queue";
import { staffQueue, getStaffPermit } from "@/lib/domain/permits/queries/permits";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createIssuedPermit } from "@/tests/factories/permits";
import { PERMIT_CHAINS } from "@/prisma/seed/signatures-permits";

let storageRoot: string;
let signatory: Actor, inspector: Actor, head: Actor, mayor: Actor, outsider: Actor;

/** A paid permit waiting for the signatory (the factory's issued permit, put back before its issue). */
async function paidPermit(): Promise<{ id: string; number: string; ownerMobile: string }> {
  const p = await createIssuedPermit(db);
  await db.permit.update({ where: { id: p.id }, data: { status: "AWAITING_SIGNATURE", issuedAt: null, expiresAt: null, verifyCode: null } });
  const owner = await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { owner: { select: { mobile: true } } } });
  return { id: p.id, number: p.number, ownerMobile: owner.owner.mobile };
}

type Case = { type: DocumentType; decide(): Promise<{ subjectId: string; permitId: string }> };
const CASES: Case[] = [
  {
    type: "BUILDING_PERMIT",
    async decide() {
      const p = await paidPermit();
      const version = (await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } })).version;
      const issued = await issuePermit.execute(signatory, { permitId: p.id, version });
      expect(issued.signing).toBe(true);
      return { subjectId: p.id, permitId: p.id };
    },
  },
  {
    type: "COMPLETION_CERTIFICATE",
    async decide() {
      const p = await createIssuedPermit(db, { passed: ["FOUNDATION", "SKELETON", "FINISHING", "INSULATION"] });
      await issuePermitCertificate.execute(inspector, { permitNumber: p.number, type: "INSULATION" });
      const done = await issuePermitCertificate.execute(inspector, { permitNumber: p.number, type: "COMPLETION" });
      return { subjectId: done.id, permitId: p.id };
    },
  },
];

const docOf = (type: DocumentType, subjectId: string) => db.signedDocument.findUniqueOrThrow({ where: { documentType_subjectId: { documentType: type, subjectId } } });

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-permit-signatures-"));
  process.env.STORAGE_DIR = storageRoot;
  signatory = await actorOf({ username: "staff.signatory" });
  inspector = await actorOf({ username: "staff.inspector" });
  head = await actorOf({ username: "sign.permits-head" });
  mayor = await actorOf({ username: "sign.municipality-head" });
  outsider = await actorOf({ username: "sign.section-head" }); // signs license certificates, not permits
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe.each(CASES)("$type signed along its chain", ({ type, decide }) => {
  it("is requested where it is decided, the chain frozen into the signed data", async () => {
    const { subjectId } = await decide();
    const doc = await docOf(type, subjectId);
    expect(doc.status).toBe("PENDING");
    const data = JSON.parse(Buffer.from(doc.payload, "base64url").toString()) as Record<string, unknown>;
    expect(data).toMatchObject({ t: type, ch: PERMIT_CHAINS[type as keyof typeof PERMIT_CHAINS].map((c) => `EP-DMM-C/${c}`) });
    expect((await signerDesk(head)).queue.map((q) => q.documentId)).toContain(doc.id);
    expect((await signerDesk(mayor)).queue.map((q) => q.documentId)).not.toContain(doc.id); // not their turn yet
  });

  it("refuses out of order and outside the chain, changing nothing", async () => {
    const { subjectId } = await decide();
    const before = await docOf(type, subjectId);
    expect((await errorOf(signDocument.execute(mayor, { documentId: before.id }))).message).toBe("signatures:errors.outOfOrder");
    expect((await errorOf(signDocument.execute(outsider, { documentId: before.id }))).message).toBe("signatures:errors.notInChain");
    expect((await errorOf(signDocument.execute(signatory, { documentId: before.id }))).code).toBe("FORBIDDEN");
    expect(await docOf(type, subjectId)).toEqual(before);
    expect(await db.documentSignature.count({ where: { documentId: before.id } })).toBe(0);
    await signDocument.execute(head, { documentId: before.id });
    expect((await errorOf(signDocument.execute(head, { documentId: before.id }))).message).toBe("signatures:errors.notInChain"); // holds no step-2 position
    expect(await db.documentSignature.count({ where: { documentId: before.id } })).toBe(1);
  });

  it("signed in order: complete, verified against the published keys; a tampered payload is refused", async () => {
    const { subjectId } = await decide();
    const doc = await docOf(type, subjectId);
    expect(await signDocument.execute(head, { documentId: doc.id })).toEqual({ step: 1, complete: false });
    expect(await signDocument.execute(mayor, { documentId: doc.id })).toEqual({ step: 2, complete: true });
    const done = await docOf(type, subjectId);
    expect(done.status).toBe("COMPLETE");
    const keys = await publishedKeySet(db);
    const outcome = await verifyCompact(done.compact, keys);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.signatures.map((s) => [s.nameEn, s.pos])).toEqual([[head.nameEn, `EP-DMM-C/${PERMIT_CHAINS.BUILDING_PERMIT[0]}`], [mayor.nameEn, `EP-DMM-C/${PERMIT_CHAINS.BUILDING_PERMIT[1]}`]]);

    // tampered: the number changed in the signed data, everything else kept
    const parts = done.compact.split(".");
    const data = JSON.parse(Buffer.from(parts[1]!, "base64url").toString()) as Record<string, unknown>;
    const forged = [parts[0], encodePayload({ ...data, n: `${String(data.n)}9` }), ...parts.slice(2)].join(".");
    expect(await verifyCompact(forged, keys)).toMatchObject({ ok: false, reason: "badSignature", step: 1 });
    // the signatures in the other order: refused
    const swapped = [parts[0], parts[1], parts[4], parts[5], parts[2], parts[3]].join(".");
    expect((await verifyCompact(swapped, keys)).ok).toBe(false);
    // the first signature alone: incomplete
    expect(await verifyCompact(parts.slice(0, 4).join("."), keys)).toMatchObject({ ok: false, reason: "incomplete" });
    // the command-line check (npm run verify:document) agrees, offline with a saved copy of the published keys
    const jwks = path.join(storageRoot, `jwks-${type}.json`);
    await writeFile(jwks, JSON.stringify(keys));
    const cli = (payload: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/verify-document.ts", payload, "--jwks", jwks], { cwd: process.cwd(), encoding: "utf8" });
    const ok = cli(done.compact);
    expect(ok.stdout).toContain(`"t":"${type}"`);
    expect(ok.stdout).toContain("VALID: signed by the complete chain");
    expect(ok.status).toBe(0);
    const refused = cli(forged);
    expect(refused.stdout).toContain("REFUSED: badSignature");
    expect(refused.status).toBe(1);
    // a complete chain takes no more signatures
    expect((await errorOf(signDocument.execute(head, { documentId: doc.id }))).message).toBe("signatures:errors.complete");
  });
});

describe("the building permit is issued by its chain", () => {
  it("the signatory's decision leaves it AWAITING_SIGNATURE, off the signatory's queue; the last signature issues it and texts the owner", async () => {
    const p = await paidPermit();
    // Signatures are timed in whole seconds (the JWS `iat`), and so is what the last one writes: start counting at a
    // second boundary, after everything paidPermit wrote, so rows timed by the signature are not before `since`.
    await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000)));
    const since = new Date(Math.floor(Date.now() / 1000) * 1000);
    const version = (await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } })).version;
    const issued = await issuePermit.execute(signatory, { permitId: p.id, version });
    let permit = await db.permit.findUniqueOrThrow({ where: { id: p.id } });
    expect(permit).toMatchObject({ status: "AWAITING_SIGNATURE", verifyCode: issued.verifyCode, signedById: signatory.userId, issuedAt: null, expiresAt: null });
    expect((await staffQueue(signatory)).signing.map((x) => x.id)).not.toContain(p.id);
    expect((await getStaffPermit(signatory, p.id))?.events).not.toContain("issue");
    // a second decision is refused and changes nothing
    expect((await errorOf(issuePermit.execute(signatory, { permitId: p.id, version: permit.version }))).message).toBe("permits:errors.inSigning");
    expect((await db.permit.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(permit.version);
    // the public page's data: not issued yet, the chain pending
    expect((await permitSignaturesByCode(issued.verifyCode))?.status).toBe("PENDING");

    const doc = await docOf("BUILDING_PERMIT", p.id);
    await signDocument.execute(head, { documentId: doc.id });
    expect((await db.permit.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("AWAITING_SIGNATURE");
    await signDocument.execute(mayor, { documentId: doc.id });
    permit = await db.permit.findUniqueOrThrow({ where: { id: p.id } });
    const last = await db.documentSignature.findFirstOrThrow({ where: { documentId: doc.id, step: 2 } });
    expect(permit.status).toBe("ISSUED");
    expect(permit.issuedAt?.getTime()).toBe(last.signedAt.getTime()); // issued at the last signature, itself signed
    expect(permit.expiresAt!.getUTCFullYear() - permit.issuedAt!.getUTCFullYear()).toBe(3);
    const history = await db.permitHistory.findMany({ where: { permitId: p.id, at: { gte: since } }, orderBy: { id: "asc" }, select: { event: true, toStatus: true, actorLabel: true } });
    expect(history).toEqual([
      { event: "issue", toStatus: "AWAITING_SIGNATURE", actorLabel: signatory.label },
      { event: "signed", toStatus: "ISSUED", actorLabel: "system:signatures" },
    ]);
    const sms = await db.outboxMessage.findMany({ where: { to: p.ownerMobile, createdAt: { gte: since } }, select: { template: true } });
    expect(sms.map((m) => m.template)).toEqual(["permitCertificateSigned"]);
    const view = await permitSignatures(p.id);
    expect(view?.verification.ok).toBe(true);
    expect(view?.steps.map((s) => s.signer?.nameEn)).toEqual([head.nameEn, mayor.nameEn]);
  });

  it("the completion certificate is valid at once (permit COMPLETED); its signed form texts the owner when the chain completes", async () => {
    const p = await createIssuedPermit(db, { passed: ["FOUNDATION", "SKELETON", "FINISHING", "INSULATION"] });
    await issuePermitCertificate.execute(inspector, { permitNumber: p.number, type: "INSULATION" });
    const done = await issuePermitCertificate.execute(inspector, { permitNumber: p.number, type: "COMPLETION" });
    expect(done.permitStatus).toBe("COMPLETED");
    const cert = await db.permitCertificate.findUniqueOrThrow({ where: { id: done.id }, select: { verifyCode: true } });
    expect((await completionCertificateSignaturesByCode(cert.verifyCode))?.status).toBe("PENDING");
    const doc = await docOf("COMPLETION_CERTIFICATE", done.id);
    await signDocument.execute(head, { documentId: doc.id });
    expect(await db.outboxMessage.count({ where: { template: "permitCompletionSigned", dedupeKey: `permit-certificate-signed:${done.id}` } })).toBe(0);
    await signDocument.execute(mayor, { documentId: doc.id });
    expect(await db.outboxMessage.count({ where: { template: "permitCompletionSigned", dedupeKey: `permit-certificate-signed:${done.id}` } })).toBe(1);
    expect((await completionCertificateSignatures(done.id))?.verification.ok).toBe(true);
    // the insulation certificate is not a signed document type
    expect(await db.signedDocument.count({ where: { subjectId: { in: (await db.permitCertificate.findMany({ where: { permitId: p.id, type: "INSULATION" }, select: { id: true } })).map((c) => c.id) } } })).toBe(0);
  });

  it("without a chain for building permits (removed here), the signatory issues at once, as before", async () => {
    await db.signingChainStep.deleteMany({ where: { chain: { documentType: "BUILDING_PERMIT" } } });
    const p = await paidPermit();
    const version = (await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { version: true } })).version;
    const issued = await issuePermit.execute(signatory, { permitId: p.id, version });
    expect(issued.signing).toBe(false);
    expect(await db.permit.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: "ISSUED", verifyCode: issued.verifyCode });
    expect(await db.signedDocument.count({ where: { subjectId: p.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: p.ownerMobile, template: "permitIssued" } })).toBeGreaterThan(0);
  });
});
