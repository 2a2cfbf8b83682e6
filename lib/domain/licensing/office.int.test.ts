/**
 * The licensing office's side against a real PostgreSQL: only the assigned office sees and acts on an
 * application (queue, detail, every command, files); each step only by its role; a health specialist
 * must be verified; the inspection (checklist, photos by bytes, location); the manager's approval
 * issues the fee bill from the schedule; two concurrent steps → one succeeds, one CONFLICT.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readableFile } from "@/lib/domain/files/access";
import { checklistFor } from "@/lib/domain/licensing/checklists";
import { officeApprove, officeManagerReject, officeManagerReturn } from "@/lib/domain/licensing/commands/office-approve";
import { officeHealthApprove, officeHealthReject, officeHealthReturn } from "@/lib/domain/licensing/commands/office-health";
import { officeRecordInspection } from "@/lib/domain/licensing/commands/office-inspect";
import { officeAccept, officeReject, officeReturn, officeTake } from "@/lib/domain/licensing/commands/office-review";
import { computeLicenseFee, loadFeeRule } from "@/lib/domain/licensing/fees";
import { getOfficeApplication } from "@/lib/domain/licensing/queries/office-application";
import { officeQueue, officeQueueCounts } from "@/lib/domain/licensing/queries/office-queue";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import type { AppError } from "@/lib/errors";
import { subtractWorkingHours } from "@/lib/kernel/working-days";
import { createApplication, type ApplicationFactoryInput } from "@/tests/factories/licensing";
import { actorOf, errorOf } from "@/tests/factories/actors";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const photo = (bytes: Uint8Array = PNG, name = "visit.png") => new File([Uint8Array.from(bytes)], name, { type: "image/png" });
const DAMMAM = { latitude: "26.4335", longitude: "50.1030", accuracyM: "8" };

let storageRoot: string;
const a: Record<string, Actor> = {};

const make = (input: ApplicationFactoryInput) => createApplication(db, { documents: true, ...input });

/** Everything a refused step must leave untouched. */
async function snapshot(id: string) {
  const [app, history, audit, outbox, bills, inspections, files] = await Promise.all([
    db.licenseApplication.findUniqueOrThrow({ where: { id }, select: { status: true, stateEnteredAt: true, billId: true, lastNote: true, rejectionReason: true } }),
    db.applicationHistory.count({ where: { applicationId: id } }),
    db.auditLog.count(),
    db.outboxMessage.count(),
    db.bill.count(),
    db.inspection.count({ where: { applicationId: id } }),
    db.storedFile.count(),
  ]);
  return { app, history, audit, outbox, bills, inspections, files };
}

function allOk(items: readonly string[]) {
  return Object.fromEntries(items.map((k) => [k, "ok"]));
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-licensing-office-"));
  process.env.STORAGE_DIR = storageRoot;
  for (const [key, username] of [
    ["agent", "office.agent"],
    ["inspector", "office.inspector"],
    ["health", "office.health"],
    ["manager", "office.manager"],
    ["najahAgent", "najah.agent1"],
    ["najahInspector", "najah.inspector1"],
    ["najahHealth", "najah.health"],
    ["najahManager", "najah.manager"],
    ["reviewer", "staff.reviewer"],
  ] as const) {
    a[key] = await actorOf({ username });
  }
  a.citizen = await actorOf({ nationalId: "1087654321" });
  a.otherCitizen = await actorOf({ nationalId: (await db.user.findFirstOrThrow({ where: { nationalId: { startsWith: "2" } } })).nationalId! });
});

afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("one office cannot see another office's application", () => {
  it("keeps it out of the other office's queue, counts and detail", async () => {
    const app = await make({ status: "SUBMITTED", tradeNameAr: "متجر العزل الأول" });
    const mine = await officeQueue(a.agent!, { q: app.number });
    expect(mine.rows.map((r) => r.id)).toEqual([app.id]);
    const theirs = await officeQueue(a.najahAgent!, { q: app.number, view: "all" });
    expect(theirs.rows).toEqual([]);
    expect(theirs.total).toBe(0);
    const byName = await officeQueue(a.najahManager!, { q: "متجر العزل الأول", view: "all" });
    expect(byName.total).toBe(0);

    expect(await getOfficeApplication(a.agent!, app.id)).not.toBeNull();
    expect(await getOfficeApplication(a.najahAgent!, app.id)).toBeNull();
    expect(await getOfficeApplication(a.najahManager!, app.id)).toBeNull();
    // a citizen, even the applicant, is not an office member
    expect(await getOfficeApplication(a.citizen!, app.id)).toBeNull();
    await expect(officeQueue(a.citizen!, {})).rejects.toMatchObject({ code: "FORBIDDEN" });

    const before = (await officeQueueCounts(a.najahAgent!)).byStatus.SUBMITTED ?? 0;
    await make({ status: "SUBMITTED" });
    expect((await officeQueueCounts(a.najahAgent!)).byStatus.SUBMITTED ?? 0).toBe(before);
  });

  it("refuses every command of the other office with NOT_FOUND and changes nothing", async () => {
    const cases: { state: ApplicationState; health?: boolean; run: (id: string) => Promise<unknown> }[] = [
      { state: "SUBMITTED", run: (id) => officeTake.execute(a.najahAgent!, { applicationId: id }) },
      { state: "OFFICE_REVIEW", run: (id) => officeAccept.execute(a.najahAgent!, { applicationId: id }) },
      { state: "OFFICE_REVIEW", run: (id) => officeReturn.execute(a.najahAgent!, { applicationId: id, note: "أرفق عقد الإيجار الجديد" }) },
      { state: "OFFICE_REVIEW", run: (id) => officeReject.execute(a.najahAgent!, { applicationId: id, reason: "النشاط غير مسموح في الموقع" }) },
      {
        state: "FIELD_INSPECTION",
        run: (id) => officeRecordInspection.execute(a.najahInspector!, { applicationId: id, answers: allOk(checklistFor("Retail", false)), photos: [photo()], ...DAMMAM }),
      },
      { state: "HEALTH_REVIEW", health: true, run: (id) => officeHealthApprove.execute(a.najahHealth!, { applicationId: id }) },
      { state: "HEALTH_REVIEW", health: true, run: (id) => officeHealthReturn.execute(a.najahHealth!, { applicationId: id, note: "أرفق شهادات العاملين الصحية" }) },
      { state: "HEALTH_REVIEW", health: true, run: (id) => officeHealthReject.execute(a.najahHealth!, { applicationId: id, reason: "المطبخ غير مطابق للاشتراطات" }) },
      { state: "OFFICE_APPROVAL", run: (id) => officeApprove.execute(a.najahManager!, { applicationId: id }) },
      { state: "OFFICE_APPROVAL", run: (id) => officeManagerReturn.execute(a.najahManager!, { applicationId: id, note: "صحح مساحة اللوحة في الطلب" }) },
      { state: "OFFICE_APPROVAL", run: (id) => officeManagerReject.execute(a.najahManager!, { applicationId: id, reason: "بيانات السجل التجاري غير صحيحة" }) },
    ];
    for (const c of cases) {
      const app = await make({ status: c.state, health: c.health });
      const before = await snapshot(app.id);
      const e = await errorOf(c.run(app.id));
      expect(e.code, c.state).toBe("NOT_FOUND");
      expect(await snapshot(app.id)).toEqual(before);
    }
  });

  it("refuses a draft and an unknown id the same way", async () => {
    const draft = await make({ status: "DRAFT" });
    expect((await errorOf(officeTake.execute(a.agent!, { applicationId: draft.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(officeTake.execute(a.agent!, { applicationId: "does-not-exist" }))).code).toBe("NOT_FOUND");
    expect(await getOfficeApplication(a.agent!, draft.id)).toBeNull();
  });

  it("lets the applicant, the office and the municipality's staff read the files, nobody else", async () => {
    const app = await make({ status: "OFFICE_REVIEW" });
    const doc = await db.storedFile.findFirstOrThrow({ where: { applicationId: app.id } });
    expect(await readableFile(a.citizen!, doc.id)).not.toBeNull();
    expect(await readableFile(a.agent!, doc.id)).not.toBeNull();
    expect(await readableFile(a.inspector!, doc.id)).not.toBeNull();
    expect(await readableFile(a.reviewer!, doc.id)).not.toBeNull();
    expect(await readableFile(a.najahAgent!, doc.id)).toBeNull();
    expect(await readableFile(a.otherCitizen!, doc.id)).toBeNull();
  });
});

describe("each step only by its role, only in its state", () => {
  it("refuses another role's command through the permission gate", async () => {
    const app = await make({ status: "SUBMITTED" });
    const before = await snapshot(app.id);
    for (const actor of [a.manager!, a.inspector!, a.health!, a.citizen!]) {
      expect((await errorOf(officeTake.execute(actor, { applicationId: app.id }))).code).toBe("FORBIDDEN");
    }
    expect((await errorOf(officeApprove.execute(a.agent!, { applicationId: app.id }))).code).toBe("FORBIDDEN");
    expect(await snapshot(app.id)).toEqual(before);
  });

  it("refuses a step in a state where it belongs to nobody or to another role", async () => {
    const submitted = await make({ status: "SUBMITTED" });
    expect((await errorOf(officeAccept.execute(a.agent!, { applicationId: submitted.id }))).code).toBe("INVALID_STATE");
    const approval = await make({ status: "OFFICE_APPROVAL" });
    // "return" exists in OFFICE_APPROVAL, but it is the manager's: the agent's return is the wrong role
    const e = await errorOf(officeReturn.execute(a.agent!, { applicationId: approval.id, note: "أرجو تعديل مساحة المحل" }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toBe("licensing:errors.wrongRole");
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: approval.id } })).status).toBe("OFFICE_APPROVAL");
  });

  it("requires a note to return and a reason to reject", async () => {
    const app = await make({ status: "OFFICE_REVIEW" });
    const e1 = await errorOf(officeReturn.execute(a.agent!, { applicationId: app.id, note: " " }));
    expect(e1.code).toBe("VALIDATION");
    expect(e1.fieldErrors?.note).toBeTruthy();
    const e2 = await errorOf(officeReject.execute(a.agent!, { applicationId: app.id, reason: "قصير" }));
    expect(e2.fieldErrors?.reason).toMatch(/^licensingOffice:errors.reasonTooShort/);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("OFFICE_REVIEW");
  });

  it("returns with the note and rejects with the reason, each in the history and texted to the applicant", async () => {
    const r = await make({ status: "OFFICE_REVIEW" });
    const outboxBefore = await db.outboxMessage.count();
    await officeReturn.execute(a.agent!, { applicationId: r.id, note: "يرجى إرفاق عقد إيجار ساري المفعول" });
    const returned = await db.licenseApplication.findUniqueOrThrow({ where: { id: r.id } });
    expect(returned).toMatchObject({ status: "RETURNED", lastNote: "يرجى إرفاق عقد إيجار ساري المفعول", returnCount: 1, slaDueAt: null });
    const last = await db.applicationHistory.findFirstOrThrow({ where: { applicationId: r.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ event: "return", fromStatus: "OFFICE_REVIEW", toStatus: "RETURNED", actorRole: "OFFICE_AGENT", actorId: a.agent!.userId });

    const j = await make({ status: "OFFICE_APPROVAL" });
    await officeManagerReject.execute(a.manager!, { applicationId: j.id, reason: "بيانات السجل التجاري غير صحيحة" });
    expect(await db.licenseApplication.findUniqueOrThrow({ where: { id: j.id } })).toMatchObject({ status: "REJECTED", rejectionReason: "بيانات السجل التجاري غير صحيحة" });
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 2);
  });

  it("lets only a verified health specialist take the health steps", async () => {
    const app = await make({ status: "HEALTH_REVIEW", health: true });
    const member = await db.officeMember.findFirstOrThrow({ where: { userId: a.health!.userId, role: "HEALTH_SPECIALIST" } });
    await db.officeMember.update({ where: { id: member.id }, data: { verifiedAt: null } });
    try {
      const e = await errorOf(officeHealthApprove.execute(a.health!, { applicationId: app.id }));
      expect(e.code).toBe("FORBIDDEN");
      expect(e.message).toBe("licensingOffice:errors.specialistNotVerified");
      const dto = await getOfficeApplication(a.health!, app.id);
      expect(dto?.healthSpecialistUnverified).toBe(true);
      expect(dto?.actions).toEqual([]);
    } finally {
      await db.officeMember.update({ where: { id: member.id }, data: { verifiedAt: member.verifiedAt } });
    }
    await officeHealthApprove.execute(a.health!, { applicationId: app.id, note: "المطبخ مطابق" });
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("OFFICE_APPROVAL");
  });

  it("offers each role only its own actions on the detail page", async () => {
    const app = await make({ status: "OFFICE_REVIEW" });
    expect((await getOfficeApplication(a.agent!, app.id))?.actions).toEqual(["accept", "return", "reject"]);
    expect((await getOfficeApplication(a.inspector!, app.id))?.actions).toEqual([]);
    expect((await getOfficeApplication(a.health!, app.id))?.actions).toEqual([]);
    expect((await getOfficeApplication(a.manager!, app.id))?.actions).toEqual([]);
  });
});

describe("a health application through the office", () => {
  it("takes, accepts, inspects, approves the health review and issues the bill from the fee schedule", async () => {
    const app = await make({ status: "SUBMITTED", health: true, areaM2: 120, signAreaM2: 6 });
    await officeTake.execute(a.agent!, { applicationId: app.id });
    await officeAccept.execute(a.agent!, { applicationId: app.id, note: "المستندات مكتملة" });
    const items = checklistFor("Food & restaurants", true);
    expect(items).toContain("workerHealthCerts");
    const filesBefore = await db.storedFile.count();
    const res = await officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: allOk(items), notes: "المحل نظيف ومطابق", photos: [photo(), photo(PNG, "kitchen.png")], ...DAMMAM });
    expect(res).toMatchObject({ status: "HEALTH_REVIEW", result: "PASS", failed: [] });
    const inspection = await db.inspection.findUniqueOrThrow({ where: { id: res.inspectionId }, include: { photos: true } });
    expect(inspection).toMatchObject({ result: "PASS", latitude: 26.4335, longitude: 50.103, accuracyM: 8, inspectorId: a.inspector!.userId });
    expect(inspection.photos).toHaveLength(2);
    expect(inspection.photos.every((p) => p.purpose === "INSPECTION_PHOTO" && p.sha256.length === 64)).toBe(true);
    expect(await db.storedFile.count()).toBe(filesBefore + 2);
    // the photo is readable by the applicant and the office, not by another office
    expect(await readableFile(a.citizen!, inspection.photos[0]!.id)).not.toBeNull();
    expect(await readableFile(a.manager!, inspection.photos[0]!.id)).not.toBeNull();
    expect(await readableFile(a.najahInspector!, inspection.photos[0]!.id)).toBeNull();

    await officeHealthApprove.execute(a.health!, { applicationId: app.id });
    const preview = (await getOfficeApplication(a.manager!, app.id))?.feePreview;
    const expected = computeLicenseFee(await loadFeeRule(db, "Food & restaurants"), { areaM2: 120, signAreaM2: 6, needsHealth: true });
    expect(preview).toEqual(expected);

    const approved = await officeApprove.execute(a.manager!, { applicationId: app.id });
    expect(approved).toMatchObject({ status: "AWAITING_PAYMENT", feeHalalas: expected.totalHalalas });
    const row = await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.feeHalalas).toBe(expected.totalHalalas);
    const bill = await db.bill.findUniqueOrThrow({ where: { id: row.billId! }, include: { lines: true } });
    expect(bill).toMatchObject({ subjectType: "LicenseApplication", subjectId: app.id, totalHalalas: expected.totalHalalas, status: "UNPAID", payerNationalId: "1087654321" });
    expect(bill.lines.map((l) => l.amountHalalas)).toEqual(expected.lines.map((l) => l.amountHalalas));

    const history = await db.applicationHistory.findMany({ where: { applicationId: app.id }, orderBy: { id: "asc" } });
    expect(history.map((h) => h.event).slice(-5)).toEqual(["take", "accept", "inspectPass", "healthApprove", "approve"]);
    const sms = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `application-status:${app.id}:` } } });
    expect(sms).toHaveLength(5);
  });

  it("returns a failed visit to the citizen with the failed items, in Arabic, as the note", async () => {
    const app = await make({ status: "FIELD_INSPECTION" });
    const items = checklistFor("Retail", false);
    const res = await officeRecordInspection.execute(a.inspector!, {
      applicationId: app.id,
      answers: { ...allOk(items), fireExtinguishers: "fail", sidewalkClear: "fail" },
      photos: [photo()],
      latitude: "٢٦٫٤٣٣٥",
      longitude: "50.1030",
    });
    expect(res).toMatchObject({ status: "RETURNED", result: "FAIL", failed: ["fireExtinguishers", "sidewalkClear"] });
    const row = await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } });
    expect(row.lastNote).toContain("طفايات حريق");
    expect(row.lastNote).toContain("الرصيف");
    expect(row.returnCount).toBe(1);
    const inspection = await db.inspection.findUniqueOrThrow({ where: { id: res.inspectionId } });
    expect(inspection.latitude).toBeCloseTo(26.4335);
    expect(inspection.accuracyM).toBeNull();
  });

  it("refuses an incomplete checklist, missing or fake photos and coordinates outside the Kingdom, writing nothing", async () => {
    const app = await make({ status: "FIELD_INSPECTION" });
    const items = checklistFor("Retail", false);
    const before = await snapshot(app.id);
    const { fireExtinguishers: _f, ...partial } = allOk(items);
    const e1 = await errorOf(officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: partial, photos: [photo()], ...DAMMAM }));
    expect(e1.fieldErrors?.answers).toBe("licensingOffice:errors.answerAll?n=1");
    const e2 = await errorOf(officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: allOk(items), photos: [], ...DAMMAM }));
    expect(e2.fieldErrors?.photos).toBe("licensingOffice:errors.photoRequired");
    const e3 = await errorOf(officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: allOk(items), photos: [photo(Buffer.from("MZ not a picture"))], ...DAMMAM }));
    expect(e3.fieldErrors?.photos).toBe("validation:fileTypePhoto");
    const e4 = await errorOf(officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: allOk(items), photos: [photo()], latitude: "48.85", longitude: "2.35" }));
    expect(e4.fieldErrors?.latitude).toBe("validation:coordinates");
    const e5 = await errorOf(officeRecordInspection.execute(a.inspector!, { applicationId: app.id, answers: { ...allOk(items), madeUp: "ok" }, photos: [photo()], ...DAMMAM }));
    expect(e5.fieldErrors?.answers).toMatch(/^licensingOffice:errors.answerAll/);
    expect(await snapshot(app.id)).toEqual(before);
  });
});

describe("concurrent steps on one application", () => {
  it("lets exactly one of two concurrent takes succeed; the other gets CONFLICT", async () => {
    const agent2 = await actorOf({ username: "injaz.agent2" });
    const app = await make({ status: "SUBMITTED" });
    const results = await Promise.allSettled([officeTake.execute(a.agent!, { applicationId: app.id }), officeTake.execute(agent2, { applicationId: app.id })]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(["CONFLICT", "INVALID_STATE"]).toContain((failed[0]!.reason as AppError).code);
    expect(await db.applicationHistory.count({ where: { applicationId: app.id, event: "take" } })).toBe(1);
  });

  it("issues one bill when the manager's approval and a return race", async () => {
    const app = await make({ status: "OFFICE_APPROVAL" });
    const billsBefore = await db.bill.count({ where: { subjectId: app.id } });
    const results = await Promise.allSettled([
      officeApprove.execute(a.manager!, { applicationId: app.id }),
      officeManagerReturn.execute(a.manager!, { applicationId: app.id, note: "أرجو تعديل مساحة اللوحة" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(["CONFLICT", "INVALID_STATE"]).toContain((rejected.reason as AppError).code);
    const row = await db.licenseApplication.findUniqueOrThrow({ where: { id: app.id } });
    const bills = await db.bill.count({ where: { subjectId: app.id } });
    expect(bills - billsBefore).toBe(row.status === "AWAITING_PAYMENT" ? 1 : 0);
  });
});

describe("the queue", () => {
  it("puts the oldest deadline first, flags overdue and soon, filters by kind and state", async () => {
    const now = new Date();
    // Working hours (the SLA's unit): 10 of the review's 8 are gone, or 7 (one left: "soon").
    const overdue = await make({ status: "OFFICE_REVIEW", stateEnteredAt: subtractWorkingHours(now, 10), tradeNameAr: "ترتيب متأخر" });
    const soon = await make({ status: "OFFICE_REVIEW", stateEnteredAt: subtractWorkingHours(now, 7), tradeNameAr: "ترتيب قريب" });
    const fresh = await make({ status: "FIELD_INSPECTION", health: true, stateEnteredAt: now, tradeNameAr: "ترتيب جديد" });
    const returned = await make({ status: "RETURNED", tradeNameAr: "ترتيب معاد" });
    const q = await officeQueue(a.agent!, { q: "ترتيب" }, now);
    expect(q.rows.map((r) => r.id)).toEqual([overdue.id, soon.id, fresh.id]); // the office's states only: not RETURNED
    expect(q.rows.map((r) => r.sla)).toEqual(["overdue", "soon", "ok"]);
    expect((await officeQueue(a.agent!, { q: "ترتيب", view: "all" }, now)).rows.map((r) => r.id)).toContain(returned.id);
    expect((await officeQueue(a.agent!, { q: "ترتيب", kind: "HEALTH" }, now)).rows.map((r) => r.id)).toEqual([fresh.id]);
    expect((await officeQueue(a.agent!, { q: "ترتيب", view: "FIELD_INSPECTION" }, now)).rows.map((r) => r.id)).toEqual([fresh.id]);
    expect((await officeQueue(a.inspector!, { q: "ترتيب", view: "mine" }, now)).rows.map((r) => r.id)).toEqual([fresh.id]);
    // junk filters fall back to the default view instead of failing
    expect((await officeQueue(a.agent!, { q: "ترتيب", view: "DROP TABLE", kind: "x", page: -3 }, now)).page).toBe(1);
  });
});
