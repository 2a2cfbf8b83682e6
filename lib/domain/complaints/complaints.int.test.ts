/**
 * The citizen side and the core of complaints against a real PostgreSQL: filing (routing by district and
 * by coordinates, photos checked before anything is written, guest filing only with a confirmed mobile),
 * one-time codes (hash only, attempts, limits), duplicate detection (50 m, 14 days, category, open only),
 * SLA escalation once per level and closing, rating and reopening in the 7-day window, and that nobody
 * reads or acts on someone else's complaint.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import type { Guest } from "@/lib/domain/command";
import { rateMyComplaint, rateTrackedComplaint, reopenMyComplaint, reopenTrackedComplaint } from "@/lib/domain/complaints/commands/citizen";
import { fileComplaint, fileComplaintAsGuest } from "@/lib/domain/complaints/commands/file-complaint";
import { trackComplaint } from "@/lib/domain/complaints/commands/track";
import { requestComplaintOtp, verifyComplaintOtp } from "@/lib/domain/complaints/commands/verify-mobile";
import { likelyDuplicates } from "@/lib/domain/complaints/duplicates";
import { closeResolvedComplaints, escalateOverdueComplaints } from "@/lib/domain/complaints/jobs";
import { complaintForReporter, listMyComplaints } from "@/lib/domain/complaints/queries/citizen";
import { routeComplaint } from "@/lib/domain/complaints/routing";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { AppError, isAppError } from "@/lib/errors";
import { latestCode } from "@/tests/setup/sms-phone";
import { addWorkingDays } from "@/lib/kernel/working-days";

const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADAMAH = { lat: 26.4330, lng: 50.1040 }; // Central Dammam
let storageRoot: string;
const actors: Record<string, Actor> = {};
const cat: Record<string, { id: string; slaHours: number; departmentId: string }> = {};
const muni: Record<string, string> = {};
let districtAdamah: string;
let districtHofuf: string;
let seq = 8_000_000;

async function actorOf(where: { username?: string; nationalId?: string }): Promise<Actor> {
  const user = await db.user.findFirstOrThrow({ where });
  return (await loadActor(db, user.id))!;
}
async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}
const photo = (bytes: Uint8Array = PNG, name = "lamp.png", type = "image/png") => new File([Uint8Array.from(bytes)], name, { type });
const guest = (mobile: string | null, ip = "198.51.100.7"): Guest => ({ verifiedMobile: mobile, ip });

/** A complaint inserted directly (for duplicates and jobs), with full control of time and place. */
async function insert(o: { category: string; lat?: number | null; lng?: number | null; createdAt?: Date; status?: "NEW" | "IN_PROGRESS" | "RESOLVED"; slaDueAt?: Date; resolvedAt?: Date; mobile?: string }) {
  const c = cat[o.category]!;
  return db.complaint.create({
    data: {
      reference: `C${++seq}`,
      categoryId: c.id,
      departmentId: c.departmentId,
      municipalityId: muni["EP-DMM-C"]!,
      description: "inserted by the test",
      latitude: o.lat === undefined ? ADAMAH.lat : o.lat,
      longitude: o.lng === undefined ? ADAMAH.lng : o.lng,
      status: o.status ?? "NEW",
      reporterMobile: o.mobile ?? "966500000001",
      slaDueAt: o.slaDueAt ?? new Date(Date.now() + 48 * HOUR),
      resolvedAt: o.resolvedAt ?? null,
      createdAt: o.createdAt ?? new Date(),
    },
    select: { id: true, reference: true, categoryId: true, latitude: true, longitude: true, createdAt: true },
  });
}
/** ~metres north of a point. */
const north = (p: { lat: number; lng: number }, m: number) => ({ lat: p.lat + m / 111_195, lng: p.lng });

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "complaints-citizen-"));
  process.env.STORAGE_DIR = storageRoot;
  actors.abdullah = await actorOf({ nationalId: "1087654321" }).catch(async () => actorOf({ nationalId: (await db.user.findFirstOrThrow({ where: { nameEn: { startsWith: "Abdullah" } } })).nationalId! }));
  actors.ahmed = await actorOf({ nationalId: (await db.user.findFirstOrThrow({ where: { nameEn: { startsWith: "Ahmed Saleem" } } })).nationalId! });
  for (const c of await db.complaintCategory.findMany({ select: { id: true, code: true, slaHours: true, departmentId: true } })) cat[c.code] = c;
  for (const m of await db.municipality.findMany({ select: { id: true, code: true } })) muni[m.code] = m.id;
  districtAdamah = (await db.district.findFirstOrThrow({ where: { nameEn: "Al-Adamah" } })).id;
  districtHofuf = (await db.district.findFirstOrThrow({ where: { nameEn: "Al-Kut" } })).id;
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("seed", () => {
  it("has at least 9 departments and 15 categories, each with a department and an SLA", async () => {
    expect(await db.department.count()).toBeGreaterThanOrEqual(9);
    expect(Object.keys(cat).length).toBeGreaterThanOrEqual(15);
    expect(cat.POTHOLE!.slaHours).toBeGreaterThan(0);
    expect((await db.complaintCategory.findUniqueOrThrow({ where: { code: "POTHOLE" } })).photoRequired).toBe(true);
  });
});

describe("routing", () => {
  it("takes the department from the category and the municipality from the district", async () => {
    const r = await routeComplaint(db, { categoryId: cat.STREET_LIGHT!.id, districtId: districtAdamah });
    expect(r.departmentId).toBe(cat.STREET_LIGHT!.departmentId);
    expect(r.municipalityId).toBe(muni["EP-DMM-C"]);
    expect(r.districtId).toBe(districtAdamah);
  });

  it("takes the nearest municipality from coordinates", async () => {
    expect((await routeComplaint(db, { categoryId: cat.POTHOLE!.id, latitude: 26.2850, longitude: 50.2150 })).municipalityId).toBe(muni["EP-KHB"]);
    expect((await routeComplaint(db, { categoryId: cat.POTHOLE!.id, latitude: 26.5700, longitude: 50.0300 })).municipalityId).toBe(muni["EP-QTF"]);
    expect((await routeComplaint(db, { categoryId: cat.POTHOLE!.id, latitude: 26.4680, longitude: 50.1500 })).municipalityId).toBe(muni["EP-DMM-E"]);
  });

  it("refuses a place outside the Amanah's area, a district of another Amanah and an unknown category", async () => {
    expect((await errorOf(routeComplaint(db, { categoryId: cat.POTHOLE!.id, latitude: 24.7136, longitude: 46.6753 }))).fieldErrors).toMatchObject({ latitude: "complaints:errors.placeOutsideArea" });
    expect((await errorOf(routeComplaint(db, { categoryId: cat.POTHOLE!.id, districtId: districtHofuf }))).fieldErrors).toMatchObject({ districtId: "complaints:errors.districtUnknown" });
    expect((await errorOf(routeComplaint(db, { categoryId: "nope", districtId: districtAdamah }))).fieldErrors).toMatchObject({ categoryId: "complaints:errors.chooseCategory" });
  });
});

describe("filing", () => {
  it("a signed-in citizen files: reference with check digit, photo, public event, audit and SMS", async () => {
    const r = await fileComplaint.execute(actors.abdullah!, {
      categoryId: cat.STREET_LIGHT!.id,
      description: "The street light in front of the mosque has been off for a week.",
      latitude: "26.4331",
      longitude: "50.1041",
      photos: [photo()],
    });
    expect(isValidCheckDigitNumber("C", r.reference)).toBe(true);
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: r.reference }, include: { photos: true, events: true } });
    expect(c).toMatchObject({ status: "NEW", municipalityId: muni["EP-DMM-C"], reporterUserId: actors.abdullah!.userId, reporterMobile: actors.abdullah!.mobile });
    // The category's hours run on working days: 48 h = two working days from filing.
    expect(c.slaDueAt).toEqual(addWorkingDays(c.createdAt, cat.STREET_LIGHT!.slaHours / 24));
    expect(c.slaDueAt.getTime() - c.createdAt.getTime()).toBeGreaterThanOrEqual(cat.STREET_LIGHT!.slaHours * HOUR);
    expect(c.photos).toHaveLength(1);
    expect(c.photos[0]!.purpose).toBe("COMPLAINT_PHOTO");
    expect(c.events.map((e) => [e.kind, e.public])).toEqual([["CREATED", true]]);
    expect(await db.auditLog.count({ where: { action: "complaints.file", entityId: c.id } })).toBe(1);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `complaint-received:${c.id}` } });
    expect(sms.to).toBe(actors.abdullah!.mobile);
    expect(sms.body).toContain(r.reference);
  });

  it("a bad photo or a missing photo refuses the whole complaint and writes nothing", async () => {
    const before = await db.complaint.count();
    const bad = await errorOf(fileComplaint.execute(actors.abdullah!, {
      categoryId: cat.POTHOLE!.id,
      description: "A deep pothole in the right lane.",
      districtId: districtAdamah,
      photos: [photo(), photo(Buffer.from("not really an image"), "hole.jpg", "image/jpeg")],
    }));
    expect(bad.fieldErrors).toEqual({ photo1: "validation:fileTypePhoto" });
    const missing = await errorOf(fileComplaint.execute(actors.abdullah!, { categoryId: cat.POTHOLE!.id, description: "A deep pothole in the right lane.", districtId: districtAdamah }));
    expect(missing.fieldErrors).toEqual({ photos: "complaints:errors.photoRequired" });
    const noPlace = await errorOf(fileComplaint.execute(actors.abdullah!, { categoryId: cat.STREET_LIGHT!.id, description: "A street light is off." }));
    expect(noPlace.fieldErrors).toMatchObject({ districtId: "complaints:errors.placeRequired" });
    expect(await db.complaint.count()).toBe(before);
  });

  it("without an account: refused until a mobile is confirmed, then filed for that mobile", async () => {
    const input = { categoryId: cat.WASTE_COLLECTION!.id, description: "Bins have not been emptied for three days.", districtId: districtAdamah, reporterName: "Salem", locale: "ar" };
    expect((await errorOf(fileComplaintAsGuest.execute(guest(null), input))).code).toBe("UNAUTHENTICATED");
    const r = await fileComplaintAsGuest.execute(guest("966511110001"), { ...input, mobile: "966599999999" });
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: r.reference } });
    expect(c).toMatchObject({ reporterUserId: null, reporterMobile: "966511110001", reporterName: "Salem", source: "WEB" });
    expect((await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `complaint-received:${c.id}` } })).to).toBe("966511110001");
  });
});

describe("one-time codes", () => {
  // The outbox keeps the code masked (issue 11): read it from the "phone" the worker delivers to.
  const sentCode = (mobile: string): Promise<string> => latestCode(mobile);

  it("stores only a hash, counts wrong attempts (committed), and a right code works once", async () => {
    const mobile = "966522220001";
    await requestComplaintOtp.execute(guest(null), { mobile: "0522220001" });
    const code = await sentCode(mobile);
    const row = await db.phoneVerification.findFirstOrThrow({ where: { mobile } });
    expect(row.codeHash).not.toContain(code);
    const wrong = code === "000000" ? "111111" : "000000";
    const e = await errorOf(verifyComplaintOtp.execute(guest(null), { mobile, code: wrong }));
    expect(e.fieldErrors?.code).toBe("complaints:otp.errors.wrongCode?left=4");
    expect((await db.phoneVerification.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(1);
    expect(await verifyComplaintOtp.execute(guest(null), { mobile, code })).toEqual({ mobile });
    expect((await errorOf(verifyComplaintOtp.execute(guest(null), { mobile, code }))).fieldErrors?.code).toBe("complaints:otp.errors.expired");
  });

  it("after 5 wrong attempts even the right code is refused", async () => {
    const mobile = "966522220002";
    await requestComplaintOtp.execute(guest(null), { mobile });
    const code = await sentCode(mobile);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await errorOf(verifyComplaintOtp.execute(guest(null), { mobile, code: wrong }));
    expect((await errorOf(verifyComplaintOtp.execute(guest(null), { mobile, code }))).fieldErrors?.code).toBe("complaints:otp.errors.tooManyAttempts");
  });

  it("limits requests per mobile number", async () => {
    const mobile = "966522220003";
    for (let i = 0; i < 5; i++) await requestComplaintOtp.execute(guest(null, `192.0.2.${i}`), { mobile });
    expect((await errorOf(requestComplaintOtp.execute(guest(null, "192.0.2.99"), { mobile }))).code).toBe("RATE_LIMITED");
    expect(await db.outboxMessage.count({ where: { to: mobile, template: "otp" } })).toBe(5);
  });
});

describe("likely duplicates", () => {
  it("same category, open, within 50 m and 14 days — and nothing else", async () => {
    const now = new Date();
    const P = { lat: 26.4400, lng: 50.0900 }; // away from the other tests' complaints
    const subject = await insert({ category: "STREET_LIGHT", ...P, createdAt: now });
    const near = await insert({ category: "STREET_LIGHT", ...north(P, 30), createdAt: new Date(now.getTime() - 2 * DAY) });
    const nearInProgress = await insert({ category: "STREET_LIGHT", ...north(P, 45), status: "IN_PROGRESS", createdAt: new Date(now.getTime() - 13 * DAY) });
    await insert({ category: "STREET_LIGHT", ...north(P, 70), createdAt: now }); // too far
    await insert({ category: "STREET_LIGHT", ...north(P, 10), createdAt: new Date(now.getTime() - 15 * DAY) }); // too old
    await insert({ category: "SIDEWALK", ...north(P, 5), createdAt: now }); // other category
    await insert({ category: "STREET_LIGHT", ...north(P, 5), status: "RESOLVED", createdAt: now }); // closed
    await insert({ category: "STREET_LIGHT", lat: null, lng: null, createdAt: now }); // no place
    const found = await likelyDuplicates(db, subject);
    expect(found.map((d) => d.id)).toEqual([near.id, nearInProgress.id]);
    expect(found[0]!.distanceMeters).toBeGreaterThanOrEqual(29);
    expect(found[0]!.distanceMeters).toBeLessThanOrEqual(31);
    expect(await likelyDuplicates(db, { ...subject, latitude: null })).toEqual([]);
  });
});

describe("SLA escalation and closing", () => {
  it("escalates once per level: supervisor at level 1, complaints officers at level 2", async () => {
    const sla = cat.WATER_LEAK!.slaHours;
    const due = new Date(Date.now() - HOUR);
    const c = await insert({ category: "WATER_LEAK", lat: 26.2, lng: 49.1, slaDueAt: due, createdAt: new Date(due.getTime() - sla * HOUR) });
    const supervisor = await db.user.findUniqueOrThrow({ where: { username: "staff.supervisor" } });
    const officer = await db.user.findUniqueOrThrow({ where: { username: "staff.complaints" } });

    await escalateOverdueComplaints(new Date());
    let row = await db.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.escalationLevel).toBe(1);
    expect(row.overdueAt).not.toBeNull();
    const level1 = await db.outboxMessage.findMany({ where: { template: "complaintEscalated", dedupeKey: { startsWith: `complaint-escalated:${c.id}:` } } });
    expect(level1.map((m) => m.to)).toEqual([supervisor.mobile]);

    await escalateOverdueComplaints(new Date()); // again: nothing new
    expect(await db.complaintEvent.count({ where: { complaintId: c.id, kind: "ESCALATED" } })).toBe(1);

    // Past twice the SLA: the overrun counts working-day hours too (a weekend in between adds nothing).
    const notYet = addWorkingDays(due, (sla - 1) / 24);
    await escalateOverdueComplaints(notYet);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: c.id } })).escalationLevel).toBe(1);
    const later = addWorkingDays(due, (sla + 1) / 24);
    await escalateOverdueComplaints(later);
    await escalateOverdueComplaints(later);
    row = await db.complaint.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.escalationLevel).toBe(2);
    const events = await db.complaintEvent.findMany({ where: { complaintId: c.id, kind: "ESCALATED" } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => !e.public)).toBe(true);
    const level2 = await db.outboxMessage.findMany({ where: { template: "complaintEscalated", dedupeKey: { contains: `:${c.id}:${due.getTime()}:2:` } } });
    expect(level2.map((m) => m.to)).toContain(officer.mobile);
    expect(await db.auditLog.count({ where: { action: "complaints.escalate", entityId: c.id } })).toBe(2);
  });

  it("leaves complaints within their SLA, and closes those resolved more than 7 days ago", async () => {
    const fresh = await insert({ category: "NOISE", slaDueAt: new Date(Date.now() + HOUR) });
    const old = await insert({ category: "NOISE", status: "RESOLVED", resolvedAt: new Date(Date.now() - 8 * DAY) });
    const recent = await insert({ category: "NOISE", status: "RESOLVED", resolvedAt: new Date(Date.now() - 6 * DAY) });
    await escalateOverdueComplaints(new Date());
    await closeResolvedComplaints(new Date());
    expect((await db.complaint.findUniqueOrThrow({ where: { id: fresh.id } })).escalationLevel).toBe(0);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: old.id } })).status).toBe("CLOSED");
    expect((await db.complaint.findUniqueOrThrow({ where: { id: recent.id } })).status).toBe("RESOLVED");
  });
});

describe("rating and reopening, and nobody else's complaint", () => {
  async function resolvedFor(actor: Actor, daysAgo = 1) {
    const r = await fileComplaint.execute(actor, { categoryId: cat.SIDEWALK!.id, description: "Broken sidewalk tiles near the school.", districtId: districtAdamah });
    await db.complaint.update({ where: { reference: r.reference }, data: { status: "RESOLVED", resolvedAt: new Date(Date.now() - daysAgo * DAY) } });
    return r.reference;
  }

  it("another citizen cannot read, rate or reopen it (by reference in the URL or in an action)", async () => {
    const reference = await resolvedFor(actors.abdullah!);
    expect(await complaintForReporter({ userId: actors.abdullah!.userId }, reference)).not.toBeNull();
    expect(await complaintForReporter({ userId: actors.ahmed!.userId }, reference)).toBeNull();
    expect((await listMyComplaints(actors.ahmed!, { page: 1 })).rows.map((r) => r.reference)).not.toContain(reference);
    expect((await errorOf(rateMyComplaint.execute(actors.ahmed!, { reference, rating: 1 }))).code).toBe("NOT_FOUND");
    expect((await errorOf(reopenMyComplaint.execute(actors.ahmed!, { reference, reason: "It is still broken, please come back." }))).code).toBe("NOT_FOUND");
    expect((await errorOf(rateTrackedComplaint.execute(guest(actors.ahmed!.mobile), { reference, rating: 1 }))).code).toBe("NOT_FOUND");
    expect((await errorOf(trackComplaint.execute(guest(null), { reference, mobile: actors.ahmed!.mobile }))).code).toBe("NOT_FOUND");
    expect(await trackComplaint.execute(guest(null), { reference, mobile: actors.abdullah!.mobile })).toEqual({ reference, mobile: actors.abdullah!.mobile });
    expect(await complaintForReporter({ mobile: actors.ahmed!.mobile }, reference)).toBeNull();
    expect((await db.complaint.findUniqueOrThrow({ where: { reference } })).rating).toBeNull();
  });

  it("the reporter rates once and reopens within 7 days; the department's supervisor is texted", async () => {
    const reference = await resolvedFor(actors.abdullah!);
    expect(await rateMyComplaint.execute(actors.abdullah!, { reference, rating: "4", comment: "Quick" })).toEqual({ reference, rating: 4 });
    expect((await errorOf(rateMyComplaint.execute(actors.abdullah!, { reference, rating: 5 }))).code).toBe("CONFLICT");
    await reopenMyComplaint.execute(actors.abdullah!, { reference, reason: "Two tiles are still loose at the corner." });
    const c = await db.complaint.findUniqueOrThrow({ where: { reference }, include: { events: { orderBy: { at: "asc" } } } });
    expect(c).toMatchObject({ status: "IN_PROGRESS", reopenCount: 1, resolvedAt: null, escalationLevel: 0 });
    expect(c.events.map((e) => e.kind)).toEqual(["CREATED", "RATED", "REOPENED"]);
    const supervisor = await db.user.findUniqueOrThrow({ where: { username: "staff.supervisor" } });
    expect((await db.outboxMessage.findMany({ where: { template: "complaintReopened", dedupeKey: { startsWith: `complaint-reopened:${c.id}:` } } })).map((m) => m.to)).toEqual([supervisor.mobile]);
    expect((await errorOf(reopenMyComplaint.execute(actors.abdullah!, { reference, reason: "Again, still not fixed at all." }))).code).toBe("INVALID_STATE");
  });

  it("refuses rating and reopening after 7 days; a guest needs the confirmed mobile of the complaint", async () => {
    const late = await resolvedFor(actors.abdullah!, 8);
    expect((await errorOf(rateMyComplaint.execute(actors.abdullah!, { reference: late, rating: 3 }))).message).toBe("complaints:errors.windowClosed");
    const reference = await resolvedFor(actors.abdullah!);
    expect((await errorOf(reopenTrackedComplaint.execute(guest(null), { reference, reason: "Still broken near the school gate." }))).code).toBe("UNAUTHENTICATED");
    await reopenTrackedComplaint.execute(guest(actors.abdullah!.mobile), { reference, reason: "Still broken near the school gate." });
    expect((await db.complaint.findUniqueOrThrow({ where: { reference } })).status).toBe("IN_PROGRESS");
  });
});
