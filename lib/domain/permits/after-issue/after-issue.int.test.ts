/**
 * The after-issue part against a real PostgreSQL: stage inspections from a phone (photos checked by their bytes,
 * location), by the municipality's inspector or the supervising office only; the insulation certificate after
 * its passed inspection; the completion certificate refused without a valid insulation certificate (the rule is
 * a CertificatePrerequisite row: turning it off lets completion through without code), and granted after it;
 * the electricity connection after completion, its clearance and public status. Every refusal writes nothing;
 * two concurrent certificate issues give one winner and one CONFLICT.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordPermitInspection } from "@/lib/domain/permits/after-issue/commands/record-inspection";
import { issuePermitCertificate } from "@/lib/domain/permits/after-issue/commands/issue-certificate";
import { issueElectricityClearance, requestElectricityConnection } from "@/lib/domain/permits/after-issue/commands/electricity-connection";
import { afterIssuePermit, connectionStatus, verifyPermitCertificate } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createIssuedPermit } from "@/tests/factories/permits";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const photo = () => new File([Uint8Array.from(PNG)], "site.png", { type: "image/png" });
const SITE = { latitude: "26.4367", longitude: "50.0998", accuracyM: "7" };
let storageRoot: string;
const a: Record<string, Actor> = {};

/** Everything a refused command could have written. */
async function footprint(permitId: string) {
  const [inspections, certificates, connections, history, audit, outbox, files, permit] = await Promise.all([
    db.permitInspection.count({ where: { permitId } }),
    db.permitCertificate.count({ where: { permitId } }),
    db.electricityConnection.count({ where: { permitId } }),
    db.permitHistory.count({ where: { permitId } }),
    db.auditLog.count(),
    db.outboxMessage.count(),
    db.storedFile.count(),
    db.permit.findUniqueOrThrow({ where: { id: permitId }, select: { status: true, version: true } }),
  ]);
  return { inspections, certificates, connections, history, audit, outbox, files, permit };
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "permits-after-issue-"));
  process.env.STORAGE_DIR = storageRoot;
  a.inspector = await actorOf({ username: "staff.inspector" });
  a.office = await actorOf({ username: "office.manager" });
  a.owner = await actorOf({ nationalId: "1087654321" });
  a.otherCitizen = await actorOf({ nationalId: withCheckDigit("212345678") });
  a.reviewer = await actorOf({ username: "staff.reviewer" });
  a.sec = await actorOf({ username: "sec.employee" });
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("stage inspections", () => {
  it("the municipality's inspector records one from the site: photos, location, timeline row, SMS to the owner", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const r = await recordPermitInspection.execute(a.inspector!, { permitNumber: p.number, stage: "FOUNDATION", result: "PASS", notes: "", ...SITE, photos: [photo(), photo()] });
    expect(r).toMatchObject({ stage: "FOUNDATION", result: "PASS", inspectorKind: "MUNICIPALITY" });
    const row = await db.permitInspection.findUniqueOrThrow({ where: { id: r.id }, include: { photos: true } });
    expect(row).toMatchObject({ latitude: 26.4367, longitude: 50.0998, accuracyM: 7, inspectorId: a.inspector!.userId, officeId: null });
    expect(row.photos).toHaveLength(2);
    expect(await db.permitHistory.count({ where: { permitId: p.id, event: "inspection.FOUNDATION.PASS" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `permit-inspection:${r.id}`, template: "permitInspectionRecorded" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "permits.inspection", entityId: r.id } })).toBe(1);
  });

  it("the supervising office records one as OFFICE; another actor finds nothing", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const r = await recordPermitInspection.execute(a.office!, { permitNumber: p.number, stage: "SKELETON", result: "PASS", notes: "", ...SITE, photos: [photo()] });
    expect(r.inspectorKind).toBe("OFFICE");
    const other = await createIssuedPermit(db, { passed: [], officeCode: "OFF-NAJAH" });
    const before = await footprint(other.id);
    expect((await errorOf(recordPermitInspection.execute(a.office!, { permitNumber: other.number, stage: "SKELETON", result: "PASS", notes: "", ...SITE, photos: [photo()] }))).code).toBe("NOT_FOUND");
    expect(await footprint(other.id)).toEqual(before);
    // a reviewer has no permits.inspect permission at all
    expect((await errorOf(recordPermitInspection.execute(a.reviewer!, { permitNumber: p.number, stage: "SKELETON", result: "PASS", notes: "", ...SITE, photos: [photo()] }))).code).toBe("FORBIDDEN");
  });

  it("refuses without photos, with a file that is not an image, outside Saudi Arabia, a failed visit without notes — nothing written", async () => {
    const p = await createIssuedPermit(db, { passed: [] });
    const before = await footprint(p.id);
    const base = { permitNumber: p.number, stage: "FOUNDATION", result: "PASS", notes: "", ...SITE };
    expect((await errorOf(recordPermitInspection.execute(a.inspector!, { ...base, photos: [] }))).fieldErrors).toMatchObject({ photos: "permitsAfterIssue:errors.photoRequired" });
    const notImage = new File([Buffer.from("%PDF-1.4 not a photo")], "x.png", { type: "image/png" });
    expect((await errorOf(recordPermitInspection.execute(a.inspector!, { ...base, photos: [notImage] }))).code).toBe("VALIDATION");
    expect((await errorOf(recordPermitInspection.execute(a.inspector!, { ...base, latitude: "48.85", longitude: "2.35", photos: [photo()] }))).code).toBe("VALIDATION");
    expect((await errorOf(recordPermitInspection.execute(a.inspector!, { ...base, result: "FAIL", photos: [photo()] }))).fieldErrors).toMatchObject({ notes: "permitsAfterIssue:errors.failNotes?min=10" });
    expect(await footprint(p.id)).toEqual(before);
  });
});

describe("insulation before completion", () => {
  it("completion is refused without insulation, then granted after the insulation inspection and certificate", async () => {
    const p = await createIssuedPermit(db); // foundation, skeleton, finishing passed
    const before = await footprint(p.id);
    const refused = await errorOf(issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "COMPLETION" }));
    expect(refused.code).toBe("INVALID_STATE");
    expect(refused.messageKey).toBe("permitsAfterIssue:errors.requires.INSULATION");
    expect(await footprint(p.id)).toEqual(before);

    // insulation certificate without its passed inspection: refused, nothing written
    expect((await errorOf(issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" }))).messageKey).toBe("permitsAfterIssue:errors.stageNotPassed.INSULATION");
    expect(await footprint(p.id)).toEqual(before);

    await recordPermitInspection.execute(a.inspector!, { permitNumber: p.number, stage: "INSULATION", result: "PASS", notes: "", ...SITE, photos: [photo()] });
    const ins = await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" });
    expect(ins.number).toMatch(/^IC\d{7}$/);
    expect(ins.permitStatus).toBe("ISSUED");
    expect((await errorOf(issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" }))).code).toBe("CONFLICT");

    const done = await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "COMPLETION" });
    expect(done).toMatchObject({ type: "COMPLETION", permitStatus: "COMPLETED" });
    expect(done.number).toMatch(/^BC\d{7}$/);
    const permit = await db.permit.findUniqueOrThrow({ where: { id: p.id }, select: { status: true } });
    expect(permit.status).toBe("COMPLETED");
    expect(await db.permitHistory.count({ where: { permitId: p.id, event: "complete", toStatus: "COMPLETED" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { template: { in: ["permitInsulationIssued", "permitCompletionIssued"] }, dedupeKey: { in: [`permit-certificate:${ins.id}`, `permit-certificate:${done.id}`] } } })).toBe(2);

    // the public verification page's data: the certificate, valid
    const cert = await db.permitCertificate.findUniqueOrThrow({ where: { id: done.id }, select: { verifyCode: true } });
    expect(await verifyPermitCertificate(cert.verifyCode)).toMatchObject({ type: "COMPLETION", number: done.number, cancelledAt: null, permit: { number: p.number } });
    expect(await verifyPermitCertificate("nope-not-a-code")).toBeNull();
    // after completion: no more inspections or certificates
    expect((await errorOf(recordPermitInspection.execute(a.inspector!, { permitNumber: p.number, stage: "FINISHING", result: "PASS", notes: "", ...SITE, photos: [photo()] }))).messageKey).toBe("permitsAfterIssue:errors.notIssued");
  });

  it("a cancelled insulation certificate does not count", async () => {
    const p = await createIssuedPermit(db, { passed: ["FINISHING", "INSULATION"] });
    const ins = await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" });
    await db.permitCertificate.update({ where: { id: ins.id }, data: { cancelledAt: new Date(), cancelReason: "test" } });
    expect((await errorOf(issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "COMPLETION" }))).messageKey).toBe("permitsAfterIssue:errors.requires.INSULATION");
  });

  it("the rule is data: with it turned off, completion needs no insulation (no code change)", async () => {
    const p = await createIssuedPermit(db);
    await db.certificatePrerequisite.updateMany({ where: { certificateType: "COMPLETION", requiresType: "INSULATION" }, data: { active: false } });
    try {
      const done = await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "COMPLETION" });
      expect(done.permitStatus).toBe("COMPLETED");
    } finally {
      await db.certificatePrerequisite.updateMany({ where: { certificateType: "COMPLETION", requiresType: "INSULATION" }, data: { active: true } });
    }
  });

  it("two inspectors issuing the same certificate at once: one certificate, one CONFLICT", async () => {
    const p = await createIssuedPermit(db, { passed: ["INSULATION"] });
    const results = await Promise.allSettled([
      issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" }),
      issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason.code).toBe("CONFLICT");
    expect(await db.permitCertificate.count({ where: { permitId: p.id } })).toBe(1);
  });

  it("the office may inspect but not certify; an unknown permit is not found", async () => {
    const p = await createIssuedPermit(db, { passed: ["INSULATION"] });
    expect((await errorOf(issuePermitCertificate.execute(a.office!, { permitNumber: p.number, type: "INSULATION" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(issuePermitCertificate.execute(a.inspector!, { permitNumber: "P9999990", type: "INSULATION" }))).code).toBe("NOT_FOUND");
  });
});

describe("electricity connection", () => {
  it("refused before completion; requested after; once only; the clearance is issued; public status by number", async () => {
    const p = await createIssuedPermit(db, { passed: ["FINISHING", "INSULATION"] });
    const before = await footprint(p.id);
    expect((await errorOf(requestElectricityConnection.execute(a.owner!, { permitNumber: p.number }))).messageKey).toBe("permitsAfterIssue:errors.completionRequired");
    expect(await footprint(p.id)).toEqual(before);

    await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "INSULATION" });
    await issuePermitCertificate.execute(a.inspector!, { permitNumber: p.number, type: "COMPLETION" });
    // someone else's permit is not found
    expect((await errorOf(requestElectricityConnection.execute(a.otherCitizen!, { permitNumber: p.number }))).code).toBe("NOT_FOUND");

    const req = await requestElectricityConnection.execute(a.owner!, { permitNumber: p.number });
    expect(req).toMatchObject({ status: "REQUESTED" });
    expect(req.number).toMatch(/^EC\d{7}$/);
    expect((await errorOf(requestElectricityConnection.execute(a.owner!, { permitNumber: p.number }))).code).toBe("CONFLICT");
    expect(await connectionStatus(req.number)).toMatchObject({ status: "REQUESTED", clearanceNo: null });

    const view = await afterIssuePermit(a.inspector!, p.number);
    expect(view?.can.issueClearance).toEqual([req.number]);
    const cleared = await issueElectricityClearance.execute(a.inspector!, { connectionNumber: req.number });
    expect(cleared.clearanceNo).toMatch(/^CL\d{7}$/);
    expect(await connectionStatus(req.number)).toMatchObject({ status: "ISSUED", clearanceNo: cleared.clearanceNo });
    expect((await errorOf(issueElectricityClearance.execute(a.inspector!, { connectionNumber: req.number }))).messageKey).toBe("permitsAfterIssue:errors.connectionNotRequested");
    expect(await db.outboxMessage.count({ where: { template: { in: ["permitConnectionRequested", "permitClearanceIssued"] }, dedupeKey: { in: [`permit-connection:${req.id}`, `permit-clearance:${req.id}`] } } })).toBe(2);
  });

  it("the owner's view offers the request only after completion; the electricity employee sees no after-issue page", async () => {
    const p = await createIssuedPermit(db);
    expect((await afterIssuePermit(a.owner!, p.number))?.can.requestConnection).toBe(false);
    expect(await afterIssuePermit(a.sec!, p.number)).toBeNull();
    expect(await afterIssuePermit(a.otherCitizen!, p.number)).toBeNull();
  });
});
