/**
 * Building permits against a real PostgreSQL: the owner authorizes an engineering office, the office prepares and
 * submits, departments review in the kind's route order (transfer, return, accept), each hop with its own due
 * time and on the owner's timeline, the last approval issues one fee bill, the payment puts it on the signatory's
 * queue, the signatory issues it with a verification code. Every refusal writes nothing; two reviewers deciding
 * the same permit at once → one winner, one CONFLICT.
 */
import { addWorkingDays } from "@/lib/kernel/working-days";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { authorizeOffice } from "@/lib/domain/permits/commands/authorize";
import { savePermit, submitPermit } from "@/lib/domain/permits/commands/office";
import { reassignPermit, withdrawPermit } from "@/lib/domain/permits/commands/owner";
import { reviewAccept, reviewReject, reviewReturn, reviewTransfer } from "@/lib/domain/permits/commands/review";
import { issuePermit } from "@/lib/domain/permits/commands/sign";
import { signDocument } from "@/lib/domain/signatures/commands/sign";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { ENGINEERING_OFFICE } from "@/prisma/seed/permits";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { loadActor } from "@/lib/auth/load-actor";
import { offerReassignment } from "@/lib/domain/offices/penalty-effects";

const SECRET = "permits-test-secret-0123456789abcdef";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const pdf = (name = "drawings.pdf") => new File([Uint8Array.from(PDF)], name, { type: "application/pdf" });
const png = (name = "scan.png") => new File([Uint8Array.from(PNG)], name, { type: "image/png" });

let storageRoot: string;
const a: Record<string, Actor> = {};
let dammam: { id: string; districts: { id: string }[] };
let kinds: Record<string, string>;
let depts: Record<string, string>;
let parcelSeq = 100;

const owner = DEMO_ACCOUNTS.find((x) => x.role === "CITIZEN")!;

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-permits-"));
  process.env.STORAGE_DIR = storageRoot;
  a.owner = await actorOf({ nationalId: owner.login });
  for (const u of ["eng.manager", "eng.engineer", "staff.planning", "staff.building", "staff.safety", "staff.signatory", "office.agent"]) a[u] = await actorOf({ username: u });
  const m = await db.municipality.findUniqueOrThrow({ where: { code: "EP-DMM-C" }, select: { id: true, districts: { select: { id: true }, orderBy: { nameEn: "asc" } } } });
  dammam = m;
  kinds = Object.fromEntries((await db.permitKind.findMany({ select: { id: true, code: true } })).map((k) => [k.code, k.id]));
  depts = Object.fromEntries((await db.department.findMany({ where: { code: { startsWith: "PERMIT_" } }, select: { id: true, code: true } })).map((d) => [d.code, d.id]));
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

function land(over: Record<string, string> = {}) {
  parcelSeq += 1;
  return { officeLicenseNo: ENGINEERING_OFFICE.engineeringLicenseNo, municipalityId: dammam.id, districtId: dammam.districts[0]!.id, deedNo: "310115012345", planNo: "324/3", parcelNo: String(parcelSeq), ...over };
}
function form(authorizationId: string, kindCode = "NEW_HOUSE", files: Record<string, File[]> = {}) {
  return {
    authorizationId, kindId: kinds[kindCode]!, latitude: "26.4335", longitude: "50.1030", landAreaM2: "625", floors: "2", use: "RESIDENTIAL",
    builtUpAreaM2: "350", setbackFrontM: "6", setbackRearM: "2", setbackSideM: "2",
    DEED: [png("deed.png")], SURVEY_REPORT: [pdf("survey.pdf")], ARCH_DRAWINGS: [pdf("arch.pdf")], STRUCT_DRAWINGS: [pdf("struct.pdf")], DEMOLITION_PLAN: [pdf("demolition.pdf")], OWNER_ID: [png("id.png")],
    ...files,
  };
}
const version = async (id: string) => (await db.permit.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
async function snapshot() {
  const [permits, auths, steps, history, audit, outbox, bills, files] = await Promise.all([
    db.permit.findMany({ select: { id: true, status: true, version: true, currentDepartmentId: true }, orderBy: { id: "asc" } }),
    db.permitAuthorization.count(), db.permitReviewStep.findMany({ select: { id: true, decision: true }, orderBy: { id: "asc" } }),
    db.permitHistory.count(), db.auditLog.count(), db.outboxMessage.count(), db.bill.count(), db.storedFile.count(),
  ]);
  return { permits, auths, steps, history, audit, outbox, bills, files };
}
async function authorized(over: Record<string, string> = {}) {
  return (await authorizeOffice.execute(a.owner!, land(over))).authorizationId;
}
async function submitted(kindCode = "NEW_HOUSE") {
  const auth = await authorized();
  const { permitId } = await savePermit.execute(a["eng.engineer"]!, form(auth, kindCode));
  await submitPermit.execute(a["eng.engineer"]!, { permitId, version: await version(permitId) });
  return permitId;
}
async function pay(billId: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { id: billId } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  const res = await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
  expect(res.body.status).toBe("ACCEPTED");
}
const smsTo = async (mobile: string, since: Date) => (await db.outboxMessage.findMany({ where: { to: mobile, createdAt: { gte: since } }, orderBy: { createdAt: "asc" }, select: { template: true } })).map((m) => m.template);

describe("a building permit from authorization to issue", () => {
  it("goes through two departments with one transfer and one return, one bill, the signatory, every hop timed and on the timeline", async () => {
    const since = new Date();
    const auth = await authorized();
    const { permitId, number } = await savePermit.execute(a["eng.engineer"]!, form(auth));
    expect(number).toMatch(/^P\d+$/);
    await submitPermit.execute(a["eng.engineer"]!, { permitId, version: await version(permitId) });
    let p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "IN_REVIEW", currentDepartmentId: depts.PERMIT_PLANNING });
    expect(p.slaDueAt!.getTime()).toBe(addWorkingDays(p.submittedAt!, 5).getTime()); // working days (lib/domain/permits/sla.ts)

    // planning transfers to public safety with a note and an attachment; safety's due time is its own (3 days)
    await reviewTransfer.execute(a["staff.planning"]!, { permitId, version: p.version, toDepartmentId: depts.PERMIT_SAFETY, notes: "يرجى إبداء الرأي في اشتراطات السلامة للقبو", attachments: [pdf("note.pdf")] });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p.currentDepartmentId).toBe(depts.PERMIT_SAFETY);
    const safetyStep = await db.permitReviewStep.findFirstOrThrow({ where: { permitId, departmentId: depts.PERMIT_SAFETY } });
    expect(safetyStep).toMatchObject({ fromDepartmentId: depts.PERMIT_PLANNING, transferNote: "يرجى إبداء الرأي في اشتراطات السلامة للقبو", decision: null });
    expect(safetyStep.dueAt.getTime()).toBe(addWorkingDays(safetyStep.arrivedAt, 3).getTime());
    expect(await db.storedFile.count({ where: { permitStep: { permitId }, purpose: "TRANSFER_ATTACHMENT" } })).toBe(1);

    // safety accepts → back to planning (its route department that has not accepted)
    await reviewAccept.execute(a["staff.safety"]!, { permitId, version: p.version, notes: "" });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "IN_REVIEW", currentDepartmentId: depts.PERMIT_PLANNING });
    await reviewAccept.execute(a["staff.planning"]!, { permitId, version: p.version, notes: "مطابق لاشتراطات المخطط" });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p.currentDepartmentId).toBe(depts.PERMIT_BUILDING);

    // building control returns it to the office with reasons; the office resubmits → back to building control
    await reviewReturn.execute(a["staff.building"]!, { permitId, version: p.version, notes: "الارتداد الجانبي أقل من المسموح" });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "RETURNED", currentDepartmentId: null, returnCount: 1 });
    await savePermit.execute(a["eng.engineer"]!, { ...form(auth), permitId, setbackSideM: "3" });
    await submitPermit.execute(a["eng.engineer"]!, { permitId, version: await version(permitId) });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "IN_REVIEW", currentDepartmentId: depts.PERMIT_BUILDING, setbackSideM: 3 });

    // the last route department accepts → one fee bill from the schedule (350 m² built-up: 500 + 350 × 2 SAR)
    const res = await reviewAccept.execute(a["staff.building"]!, { permitId, version: p.version, notes: "" });
    expect(res.status).toBe("AWAITING_PAYMENT");
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "AWAITING_PAYMENT", feeHalalas: 50_000 + 350 * 200 });
    const bill = await db.bill.findUniqueOrThrow({ where: { id: p.billId! } });
    expect(bill).toMatchObject({ subjectType: "Permit", subjectId: permitId, totalHalalas: 120_000, payerNationalId: owner.login });

    await pay(bill.id);
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p.status).toBe("AWAITING_SIGNATURE");
    await pay(bill.id).catch(() => {}); // a repeated notification changes nothing
    expect((await db.permit.findUniqueOrThrow({ where: { id: permitId } })).version).toBe(p.version);

    const issued = await issuePermit.execute(a["staff.signatory"]!, { permitId, version: p.version });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    // Central Dammam signs building permits along a chain (issue 15, seeded): the decision opens it, its last signature issues the permit
    expect(p).toMatchObject({ status: "AWAITING_SIGNATURE", verifyCode: issued.verifyCode, signedById: a["staff.signatory"]!.userId, issuedAt: null });
    const signing = await db.signedDocument.findUniqueOrThrow({ where: { documentType_subjectId: { documentType: "BUILDING_PERMIT", subjectId: permitId } } });
    await signDocument.execute(await actorOf({ username: "sign.permits-head" }), { documentId: signing.id });
    await signDocument.execute(await actorOf({ username: "sign.municipality-head" }), { documentId: signing.id });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "ISSUED", verifyCode: issued.verifyCode });
    expect(p.expiresAt!.getUTCFullYear() - p.issuedAt!.getUTCFullYear()).toBe(3);

    const history = await db.permitHistory.findMany({ where: { permitId }, orderBy: { id: "asc" }, select: { event: true, toStatus: true } });
    expect(history.map((h) => h.event)).toEqual(["create", "submit", "transfer", "accept", "accept", "return", "resubmit", "accept", "pay", "issue", "signed"]);
    const steps = await db.permitReviewStep.findMany({ where: { permitId }, orderBy: { seq: "asc" }, select: { departmentId: true, decision: true } });
    expect(steps.map((s) => s.decision)).toEqual(["TRANSFERRED", "ACCEPTED", "ACCEPTED", "RETURNED", "ACCEPTED"]);
    expect(await smsTo(owner.mobile, since)).toEqual([
      "permitAuthorized", "permitSubmitted", "permitTransferred", "permitAccepted", "permitAccepted", "permitReturned", "permitSubmitted", "billIssued", "permitApproved", "paymentReceived", "permitCertificateSigned",
    ]);
  });

  it("a demolition permit follows its own route (building control, then public safety)", async () => {
    const permitId = await submitted("DEMOLITION");
    let p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p.currentDepartmentId).toBe(depts.PERMIT_BUILDING);
    await reviewAccept.execute(a["staff.building"]!, { permitId, version: p.version, notes: "" });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p.currentDepartmentId).toBe(depts.PERMIT_SAFETY);
    await reviewAccept.execute(a["staff.safety"]!, { permitId, version: p.version, notes: "" });
    p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
    expect(p).toMatchObject({ status: "AWAITING_PAYMENT", feeHalalas: 30_000 + 625 * 100 });
  });
});

describe("refusals write nothing", () => {
  it("unknown plan and parcel formats", async () => {
    const before = await snapshot();
    const e1 = await errorOf(authorizeOffice.execute(a.owner!, land({ planNo: "ش-324" })));
    expect(e1.fieldErrors).toMatchObject({ planNo: "permits:errors.planFormat" });
    const e2 = await errorOf(authorizeOffice.execute(a.owner!, land({ parcelNo: "12ب45" })));
    expect(e2.fieldErrors).toMatchObject({ parcelNo: "permits:errors.parcelFormat" });
    const e3 = await errorOf(authorizeOffice.execute(a.owner!, land({ deedNo: "123" })));
    expect(e3.fieldErrors).toMatchObject({ deedNo: "permits:errors.deedFormat" });
    expect(await snapshot()).toEqual(before);
  });

  it("drawings that are not PDFs", async () => {
    const auth = await authorized();
    const before = await snapshot();
    const e = await errorOf(savePermit.execute(a["eng.engineer"]!, form(auth, "NEW_HOUSE", { ARCH_DRAWINGS: [png("arch.png")] })));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors).toEqual({ ARCH_DRAWINGS: "permits:errors.pdfOnly" });
    const e2 = await errorOf(savePermit.execute(a["eng.engineer"]!, form(auth, "NEW_HOUSE", { STRUCT_DRAWINGS: [new File([Uint8Array.from(Buffer.from("not a pdf at all"))], "s.pdf", { type: "application/pdf" })] })));
    expect(e2.fieldErrors).toEqual({ STRUCT_DRAWINGS: "validation:fileTypeDocument" });
    expect(await snapshot()).toEqual(before);
  });

  it("a parcel that already has an open permit of the same kind (another kind is fine)", async () => {
    const auth = await authorized();
    const { permitId, number } = await savePermit.execute(a["eng.engineer"]!, form(auth));
    const before = await snapshot();
    const e = await errorOf(savePermit.execute(a["eng.manager"]!, form(auth)));
    expect(e.fieldErrors).toEqual({ kindId: "permits:errors.openPermitExists" });
    expect(e.params).toEqual({ number });
    expect(await snapshot()).toEqual(before);
    await savePermit.execute(a["eng.manager"]!, form(auth, "RESTORATION"));
    // withdrawn: the parcel is free again
    await withdrawPermit.execute(a.owner!, { permitId, version: await version(permitId) });
    await savePermit.execute(a["eng.manager"]!, form(auth));
  });

  it("a submission without the kind's required documents", async () => {
    const auth = await authorized();
    const { permitId } = await savePermit.execute(a["eng.engineer"]!, form(auth, "NEW_HOUSE", { STRUCT_DRAWINGS: [], SURVEY_REPORT: [] }));
    const before = await snapshot();
    const e = await errorOf(submitPermit.execute(a["eng.engineer"]!, { permitId, version: await version(permitId) }));
    expect(e.fieldErrors).toEqual({ SURVEY_REPORT: "permits:errors.documentRequired", STRUCT_DRAWINGS: "permits:errors.documentRequired" });
    expect(await snapshot()).toEqual(before);
  });

  it("another office, another department, a reviewer of a department that does not hold it: not found", async () => {
    const permitId = await submitted();
    const v = await version(permitId);
    const before = await snapshot();
    expect((await errorOf(reviewAccept.execute(a["staff.building"]!, { permitId, version: v, notes: "" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(submitPermit.execute(a["office.agent"]!, { permitId, version: v }))).code).toBe("FORBIDDEN");
    expect((await errorOf(issuePermit.execute(a["staff.signatory"]!, { permitId, version: v }))).code).toBe("INVALID_STATE");
    expect((await errorOf(reviewReturn.execute(a["staff.planning"]!, { permitId, version: v, notes: "x" }))).code).toBe("VALIDATION");
    expect((await errorOf(reviewTransfer.execute(a["staff.planning"]!, { permitId, version: v, notes: "تحويل للإدارة نفسها", toDepartmentId: depts.PERMIT_PLANNING! }))).fieldErrors).toEqual({ toDepartmentId: "permits:errors.sameDepartment" });
    expect(await snapshot()).toEqual(before);
    await reviewReject.execute(a["staff.planning"]!, { permitId, version: v, notes: "الأرض خارج النطاق العمراني" });
    expect((await db.permit.findUniqueOrThrow({ where: { id: permitId } })).status).toBe("REJECTED");
  });
});

describe("two reviewers deciding the same permit at once", () => {
  it("one wins, the other gets one clear CONFLICT and nothing of theirs is written", async () => {
    const permitId = await submitted();
    // a second member of the planning department (also a member of public safety)
    await db.departmentMember.create({ data: { departmentId: depts.PERMIT_PLANNING!, userId: a["staff.safety"]!.userId } });
    const v = await version(permitId);
    const results = await Promise.allSettled([
      reviewAccept.execute(a["staff.planning"]!, { permitId, version: v, notes: "" }),
      reviewReturn.execute(a["staff.safety"]!, { permitId, version: v, notes: "ينقص تقرير التربة" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ code: "CONFLICT", message: "permits:errors.conflict" });
    const steps = await db.permitReviewStep.findMany({ where: { permitId, departmentId: depts.PERMIT_PLANNING }, select: { decision: true } });
    expect(steps.map((s) => s.decision).filter(Boolean)).toHaveLength(1);
    expect(await db.permitHistory.count({ where: { permitId, event: { in: ["accept", "return"] } } })).toBe(1);
  });
});

describe("an office whose accreditation is suspended", () => {
  it("is refused at once for a new authorization and its members cannot act; the owner moves the open permit to another office", async () => {
    const permitId = await submitted();
    const office = await db.licensingOffice.findUniqueOrThrow({ where: { code: ENGINEERING_OFFICE.code } });
    // another ACTIVE engineering office serving Dammam
    const other = await db.licensingOffice.create({
      data: {
        code: "OFF-TEST-ENG", nameAr: "مكتب اختبار هندسي", nameEn: "Test engineering office", commercialRegNo: "2050999111", phone: "966138000111", status: "ACTIVE", amanahId: office.amanahId,
        serviceTypes: ["ENGINEERING"], engineeringLicenseNo: "EO-999111", engineeringClass: "THIRD", coverage: { create: [{ municipalityId: dammam.id }] },
      },
    });
    await db.licensingOffice.update({ where: { id: office.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 30 * 86_400_000) } });
    try {
      const before = await snapshot();
      const e = await errorOf(authorizeOffice.execute(a.owner!, land()));
      expect(e.fieldErrors).toEqual({ officeLicenseNo: "permits:errors.officeSuspended" });
      const engineer = (await loadActor(db, a["eng.engineer"]!.userId))!;
      expect(engineer.officeId).toBeNull();
      const e2 = await errorOf(submitPermit.execute(engineer, { permitId, version: await version(permitId) }));
      expect(e2.code).toBe("FORBIDDEN");
      expect(await snapshot()).toEqual(before);

      // the offices area's suspension offers the owner to move the open permit (SMS, once)
      const offered = await db.$transaction((tx) => offerReassignment(tx, { id: office.id, code: office.code, nameAr: office.nameAr, nameEn: office.nameEn }, new Date()));
      expect(offered).toBeGreaterThanOrEqual(0);
      expect((await db.permit.findUniqueOrThrow({ where: { id: permitId } })).reassignOfferedAt).not.toBeNull();
      expect(await db.outboxMessage.count({ where: { template: "permitReassignOffer", to: owner.mobile } })).toBeGreaterThanOrEqual(1);
      await reassignPermit.execute(a.owner!, { permitId, version: await version(permitId), officeLicenseNo: "EO-999111" });
      const p = await db.permit.findUniqueOrThrow({ where: { id: permitId } });
      expect(p).toMatchObject({ officeId: other.id, status: "IN_REVIEW", currentDepartmentId: depts.PERMIT_PLANNING, reassignOfferedAt: null });
    } finally {
      await db.licensingOffice.update({ where: { id: office.id }, data: { status: "ACTIVE", suspendedUntil: null } });
    }
  });

  it("an active office cannot be left by reassignment", async () => {
    const permitId = await submitted();
    const e = await errorOf(reassignPermit.execute(a.owner!, { permitId, version: await version(permitId), officeLicenseNo: "EO-999111" }));
    expect(e.code).toBe("INVALID_STATE");
  });
});
