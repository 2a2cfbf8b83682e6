/**
 * The complaints officer's side against a real PostgreSQL: every command scoped to the officer's
 * municipalities (another municipality's complaint is NOT_FOUND and nothing changes), the workflow
 * refusals and the optimistic lock, SMS to the reporters (merged ones included) and to the assigned
 * employee, internal notes never reaching the citizen, the audited reveal of the reporter, the resolution
 * photo's access rule, and the queue / map / CSV queries (filters, scope, order, no personal data).
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assignComplaint } from "@/lib/domain/complaints/commands/staff-assign";
import { mergeComplaint } from "@/lib/domain/complaints/commands/staff-merge";
import { addInternalNote } from "@/lib/domain/complaints/commands/staff-note";
import { referComplaint } from "@/lib/domain/complaints/commands/staff-refer";
import { rejectComplaint } from "@/lib/domain/complaints/commands/staff-reject";
import { resolveComplaint } from "@/lib/domain/complaints/commands/staff-resolve";
import { postPublicUpdate } from "@/lib/domain/complaints/commands/staff-update";
import { viewReporter } from "@/lib/domain/complaints/commands/staff-view-reporter";
import { complaintForReporter } from "@/lib/domain/complaints/queries/citizen";
import { exportComplaints, getStaffComplaint, mapComplaints, staffLikelyDuplicates, staffQueue } from "@/lib/domain/complaints/queries/staff";
import { parseQueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { readableFile } from "@/lib/domain/files/access";
import type { AppError } from "@/lib/errors";
import { actorOf, errorOf } from "@/tests/factories/actors";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const HOUR = 3_600_000;
let storageRoot: string;
const actors: Record<string, Actor> = {};
const ids = { dept: {} as Record<string, string>, cat: {} as Record<string, string>, muni: {} as Record<string, string>, member: {} as Record<string, string> };
let seq = 9_000_000;

type NewComplaint = { category?: string; municipality?: string; mobile?: string | null; name?: string; lat?: number; lng?: number; slaHoursFromNow?: number; status?: "NEW" | "IN_PROGRESS"; createdAt?: Date; userId?: string };

async function complaint(o: NewComplaint = {}) {
  const category = o.category ?? "STREET_LIGHT";
  const cat = await db.complaintCategory.findUniqueOrThrow({ where: { code: category } });
  return db.complaint.create({
    data: {
      reference: `C${seq++}`,
      categoryId: cat.id,
      departmentId: cat.departmentId,
      municipalityId: ids.muni[o.municipality ?? "EP-DMM-C"]!,
      description: "عمود الإنارة مطفأ أمام المدرسة منذ أسبوع",
      latitude: o.lat ?? 26.4331,
      longitude: o.lng ?? 50.1033,
      reporterMobile: o.mobile === undefined ? "966551110001" : o.mobile,
      reporterName: o.name ?? "منيرة العتيبي",
      reporterUserId: o.userId ?? null,
      status: o.status ?? "NEW",
      slaDueAt: new Date(Date.now() + (o.slaHoursFromNow ?? 48) * HOUR),
      createdAt: o.createdAt ?? new Date(),
    },
  });
}

const smsTo = (to: string, template: string) => db.outboxMessage.findMany({ where: { to, template } });

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "complaints-staff-"));
  process.env.STORAGE_DIR = storageRoot;
  actors.officer = await actorOf({ username: "staff.complaints" }); // Central Dammam only
  actors.supervisor = await actorOf({ username: "staff.supervisor" }); // whole Eastern Amanah
  actors.citizen = await actorOf({ nationalId: "1087654321" });
  actors.reviewer = await actorOf({ username: "staff.reviewer" });
  for (const d of await db.department.findMany()) ids.dept[d.code] = d.id;
  for (const m of await db.municipality.findMany()) ids.muni[m.code] = m.id;
  for (const m of await db.departmentMember.findMany({ include: { user: true, department: true } })) ids.member[`${m.department.code}|${m.user.username}`] = m.id;
});

afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("scope: only the officer's municipalities", () => {
  it("a complaint of another municipality is NOT_FOUND for every command, and nothing changes", async () => {
    const khobar = await complaint({ municipality: "EP-KHB", lat: 26.279, lng: 50.208 });
    const auditBefore = await db.auditLog.count();
    const attempts: [string, () => Promise<unknown>][] = [
      ["refer", () => referComplaint.execute(actors.officer!, { complaintId: khobar.id, departmentId: ids.dept.ROADS, reason: "ليس من اختصاص الإنارة" })],
      ["assign", () => assignComplaint.execute(actors.officer!, { complaintId: khobar.id, memberId: ids.member["LIGHTING|staff.lighting"] })],
      ["note", () => addInternalNote.execute(actors.officer!, { complaintId: khobar.id, body: "ملاحظة" })],
      ["update", () => postPublicUpdate.execute(actors.officer!, { complaintId: khobar.id, body: "تحديث للمواطن" })],
      ["resolve", () => resolveComplaint.execute(actors.officer!, { complaintId: khobar.id, note: "تمت المعالجة" })],
      ["reject", () => rejectComplaint.execute(actors.officer!, { complaintId: khobar.id, reason: "خارج الاختصاص" })],
      ["viewReporter", () => viewReporter.execute(actors.officer!, { complaintId: khobar.id })],
    ];
    for (const [name, run] of attempts) expect((await errorOf(run())).code, name).toBe("NOT_FOUND");
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.complaint.findUniqueOrThrow({ where: { id: khobar.id } })).toMatchObject({ status: "NEW", assigneeId: null });
    expect(await getStaffComplaint(actors.officer!, khobar.id)).toBeNull();
    // The Amanah-wide supervisor sees and handles it.
    expect((await getStaffComplaint(actors.supervisor!, khobar.id))?.reference).toBe(khobar.reference);
    await addInternalNote.execute(actors.supervisor!, { complaintId: khobar.id, body: "سأتابع مع بلدية الخبر" });
  });

  it("roles without complaints.handle are refused", async () => {
    const c = await complaint();
    expect((await errorOf(addInternalNote.execute(actors.reviewer!, { complaintId: c.id, body: "x y" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(viewReporter.execute(actors.citizen!, { complaintId: c.id }))).code).toBe("FORBIDDEN");
  });
});

describe("refer", () => {
  it("to another department: back to NEW, unassigned, public event + internal reason, SMS, audit", async () => {
    const c = await complaint({ status: "IN_PROGRESS", mobile: "966551110002" });
    await db.complaint.update({ where: { id: c.id }, data: { assigneeId: (await db.user.findFirstOrThrow({ where: { username: "staff.lighting" } })).id } });
    const r = await referComplaint.execute(actors.officer!, { complaintId: c.id, departmentId: ids.dept.ROADS, reason: "العمود متضرر بسبب حفرة في الرصيف" });
    expect(r).toMatchObject({ status: "NEW", departmentId: ids.dept.ROADS, stillVisible: true });
    const after = await db.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(after).toMatchObject({ status: "NEW", departmentId: ids.dept.ROADS, assigneeId: null, slaDueAt: c.slaDueAt });
    expect(after.events.map((e) => [e.kind, e.public])).toEqual([["REFERRED", true], ["NOTE", false]]);
    expect(after.events[1]!.body).toBe("العمود متضرر بسبب حفرة في الرصيف");
    const sms = await smsTo("966551110002", "complaintReferred");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(c.reference);
    expect(sms[0]!.body).not.toContain("حفرة");
    expect(await db.auditLog.count({ where: { action: "complaints.refer", entityId: c.id } })).toBe(1);
  });

  it("to a municipality outside the officer's scope: it leaves their queue", async () => {
    const c = await complaint();
    const r = await referComplaint.execute(actors.officer!, { complaintId: c.id, municipalityId: ids.muni["EP-KHB"], reason: "الموقع يتبع بلدية الخبر" });
    expect(r.stillVisible).toBe(false);
    expect(await getStaffComplaint(actors.officer!, c.id)).toBeNull();
    expect((await errorOf(addInternalNote.execute(actors.officer!, { complaintId: c.id, body: "متابعة" }))).code).toBe("NOT_FOUND");
  });

  it("refuses the same place, a department of nowhere, and nothing to refer to", async () => {
    const c = await complaint();
    expect((await errorOf(referComplaint.execute(actors.officer!, { complaintId: c.id, departmentId: c.departmentId, reason: "بدون تغيير" }))).fieldErrors).toEqual({ departmentId: "complaintsStaff:errors.referSame" });
    expect((await errorOf(referComplaint.execute(actors.officer!, { complaintId: c.id, departmentId: "nope", reason: "إدارة غير موجودة" }))).fieldErrors).toEqual({ departmentId: "complaintsStaff:errors.unknownDepartment" });
    expect((await errorOf(referComplaint.execute(actors.officer!, { complaintId: c.id, reason: "إلى أين؟" }))).fieldErrors?.departmentId).toBe("complaintsStaff:errors.referTarget");
  });
});

describe("assign", () => {
  it("to an active member of the department: IN_PROGRESS and the employee is texted", async () => {
    const c = await complaint();
    const r = await assignComplaint.execute(actors.officer!, { complaintId: c.id, memberId: ids.member["LIGHTING|staff.lighting"] });
    expect(r.status).toBe("IN_PROGRESS");
    const sms = await smsTo("966503000012", "complaintAssigned");
    expect(sms.some((m) => m.body.includes(c.reference) && m.body.includes("إنارة شارع معطلة"))).toBe(true);
    const view = await complaintForReporter({ mobile: "966551110001" }, c.reference);
    expect(view?.status).toBe("IN_PROGRESS");
  });

  it("refuses an employee of another department, or the same one twice", async () => {
    const c = await complaint();
    expect((await errorOf(assignComplaint.execute(actors.officer!, { complaintId: c.id, memberId: ids.member["ROADS|staff.roads"] }))).fieldErrors).toEqual({ memberId: "complaintsStaff:errors.notAMember" });
    await assignComplaint.execute(actors.officer!, { complaintId: c.id, memberId: ids.member["LIGHTING|staff.lighting"] });
    expect((await errorOf(assignComplaint.execute(actors.officer!, { complaintId: c.id, memberId: ids.member["LIGHTING|staff.lighting"] }))).fieldErrors).toEqual({ memberId: "complaintsStaff:errors.alreadyAssigned" });
  });
});

describe("notes and updates", () => {
  it("internal notes never reach the citizen; public updates do, by timeline and SMS", async () => {
    const c = await complaint({ mobile: "966551110003" });
    await addInternalNote.execute(actors.officer!, { complaintId: c.id, body: "سرّي: ننتظر قطع الغيار من المورد" });
    await postPublicUpdate.execute(actors.officer!, { complaintId: c.id, body: "سيزور الفريق الموقع غدًا" });
    const citizenView = await complaintForReporter({ mobile: "966551110003" }, c.reference);
    const text = JSON.stringify(citizenView);
    expect(text).not.toContain("سرّي");
    expect(text).toContain("سيزور الفريق الموقع غدًا");
    expect(await smsTo("966551110003", "complaintUpdated")).toHaveLength(1);
    const staffView = await getStaffComplaint(actors.officer!, c.id);
    expect(staffView!.events.map((e) => [e.kind, e.public])).toEqual([["NOTE", false], ["UPDATE", true]]);
  });
});

describe("resolve and reject", () => {
  it("resolve: a bad photo refuses everything; a good one is attached to the RESOLVED event, readable by the handling staff only", async () => {
    const c = await complaint({ mobile: "966551110004" });
    const bad = await errorOf(resolveComplaint.execute(actors.officer!, { complaintId: c.id, note: "تم إصلاح العمود", photos: [new File([Buffer.from("MZ not an image")], "fixed.png", { type: "image/png" })] }));
    expect(bad.code).toBe("VALIDATION");
    expect(bad.fieldErrors?.photos).toBeTruthy();
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("NEW");

    await resolveComplaint.execute(actors.officer!, { complaintId: c.id, note: "تم إصلاح العمود", photos: [new File([Uint8Array.from(PNG)], "fixed.png", { type: "image/png" })] });
    const after = await db.complaint.findUniqueOrThrow({ where: { id: c.id }, include: { events: { include: { photos: true } } } });
    expect(after.status).toBe("RESOLVED");
    expect(after.resolvedAt).not.toBeNull();
    const photo = after.events.find((e) => e.kind === "RESOLVED")!.photos[0]!;
    expect(photo.purpose).toBe("RESOLUTION_PHOTO");
    expect(await smsTo("966551110004", "complaintResolved")).toHaveLength(1);
    expect(await readableFile(actors.officer!, photo.id)).not.toBeNull();
    expect(await readableFile(actors.citizen!, photo.id)).toBeNull(); // not the reporter
    expect(await readableFile(actors.reviewer!, photo.id)).toBeNull();

    // A second resolution, or a rejection now, is refused by the workflow.
    expect((await errorOf(resolveComplaint.execute(actors.officer!, { complaintId: c.id, note: "مرة أخرى" }))).code).toBe("INVALID_STATE");
    expect((await errorOf(rejectComplaint.execute(actors.officer!, { complaintId: c.id, reason: "متأخر جدًا" }))).code).toBe("INVALID_STATE");
  });

  it("the reporter with an account reads the public resolution photo", async () => {
    const c = await complaint({ userId: actors.citizen!.userId, mobile: actors.citizen!.mobile });
    await resolveComplaint.execute(actors.officer!, { complaintId: c.id, note: "تمت إزالة المخلفات", photos: [new File([Uint8Array.from(PNG)], "after.png", { type: "image/png" })] });
    const file = await db.storedFile.findFirstOrThrow({ where: { complaintEvent: { complaintId: c.id } } });
    expect(await readableFile(actors.citizen!, file.id)).not.toBeNull();
  });

  it("reject with a reason the citizen reads; two officers at once → exactly one wins", async () => {
    const c = await complaint({ mobile: "966551110005" });
    const results = await Promise.allSettled([
      rejectComplaint.execute(actors.officer!, { complaintId: c.id, reason: "الموقع ملكية خاصة" }),
      resolveComplaint.execute(actors.supervisor!, { complaintId: c.id, note: "تمت المعالجة" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(["CONFLICT", "INVALID_STATE"]).toContain((failed.reason as AppError).code);
    const events = await db.complaintEvent.findMany({ where: { complaintId: c.id } });
    expect(events).toHaveLength(1);
  });
});

describe("merge", () => {
  it("merges into a likely duplicate; later updates reach every reporter; followers move along", async () => {
    const target = await complaint({ mobile: "966551110010", lat: 26.44, lng: 50.1 });
    const dup = await complaint({ mobile: "966551110011", lat: 26.4401, lng: 50.1001 }); // ~15 m away
    const earlier = await complaint({ mobile: "966551110012", lat: 26.4402, lng: 50.1 });
    const likely = await staffLikelyDuplicates(actors.officer!, { ...dup, status: dup.status });
    expect(likely.map((d) => d.reference)).toEqual(expect.arrayContaining([target.reference, earlier.reference]));

    await mergeComplaint.execute(actors.officer!, { complaintId: earlier.id, intoId: dup.id });
    await mergeComplaint.execute(actors.officer!, { complaintId: dup.id, intoId: target.id });
    expect(await db.complaint.findUniqueOrThrow({ where: { id: dup.id } })).toMatchObject({ status: "MERGED", duplicateOfId: target.id });
    expect((await db.complaint.findUniqueOrThrow({ where: { id: earlier.id } })).duplicateOfId).toBe(target.id);
    const merged = await smsTo("966551110011", "complaintMerged");
    expect(merged).toHaveLength(1);
    expect(merged[0]!.body).toContain(dup.reference);
    expect(merged[0]!.body).toContain(target.reference);

    await postPublicUpdate.execute(actors.officer!, { complaintId: target.id, body: "بدأت أعمال الصيانة" });
    for (const mobile of ["966551110010", "966551110011", "966551110012"]) expect(await smsTo(mobile, "complaintUpdated"), mobile).toHaveLength(1);
    const staffView = await getStaffComplaint(actors.officer!, target.id);
    expect(staffView!.mergedIn.map((m) => m.reference).sort()).toEqual([dup.reference, earlier.reference].sort());
  });

  it("refuses itself, a closed target, another category", async () => {
    const a = await complaint();
    expect((await errorOf(mergeComplaint.execute(actors.officer!, { complaintId: a.id, intoId: a.id }))).fieldErrors?.intoId).toBe("complaintsStaff:errors.mergeSelf");
    const closed = await complaint();
    await rejectComplaint.execute(actors.officer!, { complaintId: closed.id, reason: "بلاغ مكرر سابقًا" });
    expect((await errorOf(mergeComplaint.execute(actors.officer!, { complaintId: a.id, intoId: closed.id }))).fieldErrors?.intoId).toBe("complaintsStaff:errors.targetClosed");
    const pothole = await complaint({ category: "POTHOLE" });
    expect((await errorOf(mergeComplaint.execute(actors.officer!, { complaintId: a.id, intoId: pothole.id }))).fieldErrors?.intoId).toBe("complaintsStaff:errors.otherCategory");
  });
});

describe("reporter privacy", () => {
  it("name and mobile only through the audited reveal", async () => {
    const c = await complaint({ name: "نورة الدوسري", mobile: "966551110020" });
    const staffView = await getStaffComplaint(actors.officer!, c.id);
    expect(JSON.stringify(staffView)).not.toMatch(/نورة|966551110020/);
    const before = await db.auditLog.count({ where: { action: "complaints.viewReporter", entityId: c.id } });
    const r = await viewReporter.execute(actors.officer!, { complaintId: c.id });
    expect(r).toEqual({ name: "نورة الدوسري", mobile: "966551110020", hasAccount: false, nationalId: null });
    await viewReporter.execute(actors.officer!, { complaintId: c.id });
    const rows = await db.auditLog.findMany({ where: { action: "complaints.viewReporter", entityId: c.id } });
    expect(rows.length - before).toBe(2);
    expect(rows[0]!.actorId).toBe(actors.officer!.userId);
    expect(JSON.stringify(rows[0]!.after)).not.toMatch(/نورة|966551110020/);
  });

  it("the queue, the map and the CSV rows carry no reporter data", async () => {
    await complaint({ name: "خالد المطيري", mobile: "966551110021" });
    const filters = parseQueueFilters({ status: "all" });
    const text = JSON.stringify([await staffQueue(actors.officer!, filters), await mapComplaints(actors.officer!, filters), await exportComplaints(actors.officer!, filters)]);
    expect(text).not.toMatch(/خالد المطيري|966551110021|reporter/);
  });
});

describe("queue", () => {
  it("filters by status, category, department, municipality, overdue and reference; oldest SLA first; scoped", async () => {
    const late = await complaint({ category: "WASTE_COLLECTION", slaHoursFromNow: -5 });
    const soon = await complaint({ category: "WASTE_COLLECTION", slaHoursFromNow: 2 });
    const later = await complaint({ category: "WASTE_COLLECTION", slaHoursFromNow: 30 });
    const khobar = await complaint({ category: "WASTE_COLLECTION", municipality: "EP-KHB", slaHoursFromNow: -50 });
    const cat = (await db.complaintCategory.findUniqueOrThrow({ where: { code: "WASTE_COLLECTION" } })).id;

    const q = await staffQueue(actors.officer!, parseQueueFilters({ category: cat }));
    const refs = q.rows.map((r) => r.reference);
    expect(refs).toEqual([late.reference, soon.reference, later.reference]);
    expect(q.rows[0]!.overdue).toBe(true);
    expect(refs).not.toContain(khobar.reference);

    const overdue = await staffQueue(actors.officer!, parseQueueFilters({ category: cat, overdue: "1" }));
    expect(overdue.rows.map((r) => r.reference)).toEqual([late.reference]);
    const byRef = await staffQueue(actors.officer!, parseQueueFilters({ q: ` ${later.reference.toLowerCase()} ` }));
    expect(byRef.rows.map((r) => r.reference)).toEqual([later.reference]);
    const byDept = await staffQueue(actors.officer!, parseQueueFilters({ department: ids.dept.CLEANING }));
    expect(byDept.rows.every((r) => r.department.id === ids.dept.CLEANING)).toBe(true);
    const otherMuni = await staffQueue(actors.officer!, parseQueueFilters({ municipality: ids.muni["EP-KHB"] }));
    expect(otherMuni.total).toBe(0); // a municipality outside the scope yields nothing, not its complaints

    await rejectComplaint.execute(actors.officer!, { complaintId: soon.id, reason: "مكرر مع بلاغ آخر" });
    const open = await staffQueue(actors.officer!, parseQueueFilters({ category: cat }));
    expect(open.rows.map((r) => r.reference)).not.toContain(soon.reference);
    const rejected = await staffQueue(actors.officer!, parseQueueFilters({ category: cat, status: "REJECTED" }));
    expect(rejected.rows.map((r) => r.reference)).toEqual([soon.reference]);

    const sup = await staffQueue(actors.supervisor!, parseQueueFilters({ category: cat, municipality: ids.muni["EP-KHB"] }));
    expect(sup.rows.map((r) => r.reference)).toEqual([khobar.reference]);
  });

  it("the open queue and the map read each open status on its own and merge them in SLA order, page by page", async () => {
    // Interleaved SLA deadlines across both open statuses, in a municipality of the officer's with no other complaint.
    const sla = [5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 12, 11, 14, 13, 16, 15, 18, 17, 20, 19, 22, 21, 24, 23];
    const made = [];
    for (const [i, h] of sla.entries()) made.push(await complaint({ municipality: "EP-DMM-C", category: "POTHOLE", slaHoursFromNow: -10_000 + h, status: i % 2 ? "IN_PROGRESS" : "NEW" }));
    const cat = (await db.complaintCategory.findUniqueOrThrow({ where: { code: "POTHOLE" } })).id;
    const expected = (await db.complaint.findMany({ where: { categoryId: cat, status: { in: ["NEW", "IN_PROGRESS"] }, municipalityId: ids.muni["EP-DMM-C"] }, orderBy: [{ slaDueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }], select: { reference: true } })).map((r) => r.reference);
    expect(expected.length).toBeGreaterThanOrEqual(sla.length);
    const page1 = await staffQueue(actors.officer!, parseQueueFilters({ category: cat }));
    const page2 = await staffQueue(actors.officer!, parseQueueFilters({ category: cat, page: "2" }));
    expect([...page1.rows, ...page2.rows].map((r) => r.reference)).toEqual(expected.slice(0, page1.rows.length + page2.rows.length));
    expect(page1.rows.map((r) => r.status)).toEqual(expect.arrayContaining(["NEW", "IN_PROGRESS"]));
    const map = await mapComplaints(actors.officer!, { ...parseQueueFilters({ category: cat }) });
    expect(map.rows.map((r) => r.reference)).toEqual(expected.slice(0, map.rows.length));
    expect(made.every((c) => map.rows.some((r) => r.reference === c.reference))).toBe(true);
  });

  it("parses unknown filter values to safe defaults", () => {
    expect(parseQueueFilters({ status: "DROP", page: "-3", category: "x' OR 1=1", overdue: "yes" })).toEqual({ status: "open", categoryId: "", departmentId: "", municipalityId: "", overdue: false, q: "", page: 1 });
  });
});
