/**
 * Appointments against a real PostgreSQL: booking (seat, QR token, audit, SMS), every refusal changing
 * nothing (past, holiday, weekend, full, a second active booking, someone else's transaction), reschedule and
 * cancel until the cut-off, check-in by token on the day and no-show after the slot, the reminder the day before
 * (once), publishing slots (none on a weekend or a holiday), the holiday cache, and the last seat of a slot
 * taken by 50 concurrent bookings: exactly one.
 */
import { randomBytes, randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { bookAppointment } from "@/lib/domain/appointments/commands/book";
import { cancelAppointment, rescheduleAppointment } from "@/lib/domain/appointments/commands/change";
import { checkInAppointment, markNoShow, publishSlots } from "@/lib/domain/appointments/commands/counter";
import { sendAppointmentReminders } from "@/lib/domain/appointments/jobs";
import { counterDay, freeSlots, myAppointment } from "@/lib/domain/appointments/queries/appointments";
import { removeHoliday, saveHoliday } from "@/lib/domain/calendar/commands/holidays";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { currentCalendar, isWorkingDay } from "@/lib/kernel/working-days";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";
import { createApplication } from "@/tests/factories/licensing";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const run = randomBytes(3).toString("hex").toUpperCase();
const actors: Record<string, Actor> = {};
let serviceId = "";
let otherServiceId = "";

/**
 * The n-th working day (Riyadh) at least `minDays` days from now, as a date key. Tests whose slots share a service
 * take distinct days by `n`, not by `minDays`: two different `minDays` can land on the same day after a weekend (on a
 * Riyadh Tuesday, 3 and 5 days on are both Sunday, and the slots' (service, start) collided).
 */
function workingDayAfter(minDays: number, n = 0): string {
  let t = Date.now() + minDays * DAY;
  let found = -1;
  for (;;) {
    const key = riyadhDay(new Date(t));
    if (isWorkingDay(riyadhInstant(key, 12 * 60))) found++;
    if (found === n) return key;
    t += DAY;
  }
}
function nonWorkingDayAfter(minDays: number): string {
  let t = Date.now() + minDays * DAY;
  for (;;) {
    const key = riyadhDay(new Date(t));
    if (!isWorkingDay(riyadhInstant(key, 12 * 60)) && !currentCalendar().holidays.has(key)) return key;
    t += DAY;
  }
}

async function slot(opts: { startsAt: Date; capacity?: number; booked?: number; service?: string; minutes?: number }) {
  return db.appointmentSlot.create({
    data: { serviceId: opts.service ?? serviceId, startsAt: opts.startsAt, endsAt: new Date(opts.startsAt.getTime() + (opts.minutes ?? 30) * 60_000), capacity: opts.capacity ?? 2, booked: opts.booked ?? 0 },
  });
}

/** A booking written directly (for times the booking command refuses: today, within the cut-off, past). */
async function existing(citizen: Actor, slotId: string, svc = serviceId) {
  await db.appointmentSlot.update({ where: { id: slotId }, data: { booked: { increment: 1 } } });
  return db.appointment.create({
    data: { number: `A${randomInt(10_000_000, 99_999_999)}`, serviceId: svc, slotId, citizenId: citizen.userId, purpose: "مراجعة", activeKey: `${citizen.userId}:${svc}`, qrToken: randomBytes(16).toString("hex") },
  });
}

async function newCitizen(i: number): Promise<Actor> {
  const nationalId = withCheckDigit(`1${String(randomInt(10_000_000, 99_999_999))}`);
  const user = await db.user.create({ data: { nationalId, nameAr: `مواطن ${i}`, nameEn: `Citizen ${i}`, mobile: `9665${String(randomInt(10_000_000, 99_999_999))}` } });
  return (await loadActor(db, user.id))!;
}

const snapshot = async () => ({
  appointments: await db.appointment.count(),
  outbox: await db.outboxMessage.count(),
  audit: await db.auditLog.count({ where: { action: { startsWith: "appointments." } } }),
  booked: (await db.appointmentSlot.aggregate({ _sum: { booked: true }, where: { service: { id: { in: [serviceId, otherServiceId] } } } }))._sum.booked,
});

beforeAll(async () => {
  actors.abdullah = await actorOf({ nationalId: withCheckDigit("108765432") });
  actors.ahmed = await actorOf({ nationalId: withCheckDigit("212345678") });
  actors.clerk = await actorOf({ username: "staff.appointments" });
  actors.admin = await actorOf({ username: "staff.admin" });
  const amanah = await db.amanah.findFirstOrThrow({ where: { code: "EP" } });
  const muni = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } });
  const branch = await db.branch.create({ data: { code: `T-${run}`, nameAr: "فرع الاختبار", nameEn: "Test branch", addressAr: "الدمام", addressEn: "Dammam", amanahId: amanah.id, municipalityId: muni.id } });
  const mk = (code: string) => db.appointmentService.create({ data: { code: `${code}-${run}`, nameAr: "خدمة اختبار", nameEn: "Test service", descriptionAr: "—", descriptionEn: "—", branchId: branch.id, capacity: 2 } });
  serviceId = (await mk("S")).id;
  otherServiceId = (await mk("O")).id;
});

describe("booking", () => {
  it("books a seat: number with check digit, QR token, audit row and the confirmation SMS", async () => {
    const s = await slot({ startsAt: riyadhInstant(workingDayAfter(3), 10 * 60) });
    const r = await bookAppointment.execute(actors.abdullah!, { slotId: s.id, purpose: "تسليم مستندات الرخصة" });
    expect(isValidCheckDigitNumber("A", r.number)).toBe(true);
    const a = await db.appointment.findUniqueOrThrow({ where: { id: r.id } });
    expect(a).toMatchObject({ status: "BOOKED", slotId: s.id, citizenId: actors.abdullah!.userId, activeKey: `${actors.abdullah!.userId}:${serviceId}` });
    expect(a.qrToken).toMatch(/^[0-9a-f]{32}$/);
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: s.id } })).booked).toBe(1);
    expect(await db.auditLog.count({ where: { action: "appointments.book", entityId: r.id } })).toBe(1);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `appointment-booked:${r.id}` } });
    expect(sms).toMatchObject({ template: "appointmentBooked", to: actors.abdullah!.mobile });
    expect(sms.body).toContain(r.number);
    const mine = await myAppointment(actors.abdullah!, r.number);
    expect(mine?.actions).toEqual(["reschedule", "cancel"]);
    expect(await myAppointment(actors.ahmed!, r.number)).toBeNull(); // another citizen sees nothing
  });

  it("refuses, changing nothing: a second active booking for the same service, past, holiday, weekend, full, someone else's transaction", async () => {
    const free = await slot({ startsAt: riyadhInstant(workingDayAfter(3), 11 * 60) });
    const past = await slot({ startsAt: new Date(Date.now() - HOUR) });
    const weekend = await slot({ startsAt: riyadhInstant(nonWorkingDayAfter(2), 10 * 60) });
    const full = await slot({ startsAt: riyadhInstant(workingDayAfter(3), 12 * 60), capacity: 2, booked: 2 });
    const foundingDay = await slot({ startsAt: riyadhInstant("2027-02-22", 10 * 60) });
    const before = await snapshot();

    const cases: [Actor, Record<string, string>, string, string][] = [
      [actors.abdullah!, { slotId: free.id, purpose: "مرة ثانية" }, "CONFLICT", "appointments:errors.alreadyBooked"],
      [actors.ahmed!, { slotId: past.id, purpose: "زيارة" }, "VALIDATION", "appointments:errors.past"],
      [actors.ahmed!, { slotId: weekend.id, purpose: "زيارة" }, "VALIDATION", "appointments:errors.closed"],
      [actors.ahmed!, { slotId: full.id, purpose: "زيارة" }, "CONFLICT", "appointments:errors.full"],
      [actors.ahmed!, { slotId: foundingDay.id, purpose: "زيارة" }, "VALIDATION", "appointments:errors.holiday"],
    ];
    for (const [actor, input, code, key] of cases) {
      const e = await errorOf(bookAppointment.execute(actor, input));
      expect([e.code, e.fieldErrors?.slotId], key).toEqual([code, key]);
    }
    const someoneElses = await createApplication(db, { status: "SUBMITTED" }); // Abdullah's application
    const e = await errorOf(bookAppointment.execute(actors.ahmed!, { slotId: free.id, purpose: "زيارة", linked: `LICENSE_APPLICATION:${someoneElses.number}` }));
    expect(e.fieldErrors?.linked).toBe("appointments:errors.linked");
    expect(await snapshot()).toEqual(before);
  });

  it("links one of the citizen's own transactions", async () => {
    const app = await createApplication(db, { status: "OFFICE_REVIEW" });
    const s = await slot({ startsAt: riyadhInstant(workingDayAfter(4), 9 * 60), service: otherServiceId });
    const r = await bookAppointment.execute(actors.abdullah!, { slotId: s.id, purpose: "مراجعة الطلب", linked: `LICENSE_APPLICATION:${app.number}` });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ linkedKind: "LICENSE_APPLICATION", linkedRef: app.number });
  });

  it("the public list offers only future, free slots of working days", async () => {
    const days = await freeSlots(serviceId);
    const all = days.flatMap((d) => d.slots);
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(s.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(s.free).toBeGreaterThan(0);
      expect(isWorkingDay(s.startsAt)).toBe(true);
    }
  });
});

describe("reschedule and cancel", () => {
  it("moves the booking: the new seat taken, the old one released, the reminder due again, an SMS", async () => {
    const citizen = await newCitizen(1);
    const a = await slot({ startsAt: riyadhInstant(workingDayAfter(3, 2), 10 * 60) });
    const b = await slot({ startsAt: riyadhInstant(workingDayAfter(3, 3), 13 * 60) });
    const full = await slot({ startsAt: riyadhInstant(workingDayAfter(3, 3), 14 * 60), capacity: 1, booked: 1 });
    const r = await bookAppointment.execute(citizen, { slotId: a.id, purpose: "زيارة" });
    await db.appointment.update({ where: { id: r.id }, data: { reminderSentAt: new Date() } });

    const before = await snapshot();
    const e = await errorOf(rescheduleAppointment.execute(citizen, { appointmentId: r.id, slotId: full.id }));
    expect([e.code, e.fieldErrors?.slotId]).toEqual(["CONFLICT", "appointments:errors.full"]);
    expect(await snapshot()).toEqual(before);

    await rescheduleAppointment.execute(citizen, { appointmentId: r.id, slotId: b.id });
    const row = await db.appointment.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({ slotId: b.id, status: "BOOKED", reminderSentAt: null });
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: a.id } })).booked).toBe(0);
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: b.id } })).booked).toBe(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `appointment-rescheduled:${r.id}:${b.id}` } })).toBe(1);
    // Someone else cannot touch it.
    expect((await errorOf(rescheduleAppointment.execute(actors.ahmed!, { appointmentId: r.id, slotId: a.id }))).code).toBe("NOT_FOUND");
  });

  it("cancels: the seat is free again and the same service can be booked anew", async () => {
    const citizen = await newCitizen(2);
    const s = await slot({ startsAt: riyadhInstant(workingDayAfter(3, 2), 11 * 60), capacity: 1 });
    const r = await bookAppointment.execute(citizen, { slotId: s.id, purpose: "زيارة" });
    await cancelAppointment.execute(citizen, { appointmentId: r.id });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: "CANCELLED", activeKey: null });
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: s.id } })).booked).toBe(0);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `appointment-cancelled:${r.id}` } })).toBe(1);
    const again = await bookAppointment.execute(citizen, { slotId: s.id, purpose: "زيارة أخرى" });
    expect(again.number).not.toBe(r.number);
    const e = await errorOf(cancelAppointment.execute(citizen, { appointmentId: r.id }));
    expect(e.message).toBe("appointments:errors.notBooked");
  });

  it("refuses both after the cut-off (three hours before), changing nothing", async () => {
    const citizen = await newCitizen(3);
    const soon = await slot({ startsAt: new Date(Date.now() + 2 * HOUR) });
    const later = await slot({ startsAt: riyadhInstant(workingDayAfter(3, 2), 12 * 60) });
    const a = await existing(citizen, soon.id);
    const before = await snapshot();
    expect((await errorOf(cancelAppointment.execute(citizen, { appointmentId: a.id }))).message).toBe("appointments:errors.pastCutoff");
    expect((await errorOf(rescheduleAppointment.execute(citizen, { appointmentId: a.id, slotId: later.id }))).message).toBe("appointments:errors.pastCutoff");
    expect(await snapshot()).toEqual(before);
  });
});

describe("the counter", () => {
  it("checks in by the QR token on the day; refuses another day, an unknown token, twice; a citizen may not", async () => {
    const citizen = await newCitizen(4);
    // Noon of today's Riyadh date, never "an hour from now", which is tomorrow after 23:00 in Riyadh (20:00 UTC).
    const today = await slot({ startsAt: riyadhInstant(riyadhDay(new Date()), 12 * 60), service: otherServiceId });
    const tomorrow = await slot({ startsAt: new Date(Date.now() + DAY + HOUR) });
    const a = await existing(citizen, today.id, otherServiceId);
    const b = await existing(citizen, tomorrow.id);
    const before = await snapshot();
    expect((await errorOf(checkInAppointment.execute(actors.clerk!, { token: b.qrToken }))).fieldErrors?.token).toBe("appointments:errors.notToday");
    expect((await errorOf(checkInAppointment.execute(actors.clerk!, { token: "0123456789abcdef" }))).fieldErrors?.token).toBe("appointments:errors.tokenUnknown");
    expect((await errorOf(checkInAppointment.execute(citizen, { token: a.qrToken }))).code).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const r = await checkInAppointment.execute(actors.clerk!, { token: ` AMANAH-APT:${a.qrToken} ` });
    expect(r.number).toBe(a.number);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "CHECKED_IN", checkedInById: actors.clerk!.userId, activeKey: null });
    expect(await db.auditLog.count({ where: { action: "appointments.checkIn", entityId: a.id } })).toBe(1);
    expect((await errorOf(checkInAppointment.execute(actors.clerk!, { token: a.qrToken }))).fieldErrors?.token).toBe("appointments:errors.notBooked");
    const day = await counterDay(actors.clerk!, riyadhDay(today.startsAt));
    expect(day.find((d) => d.id === a.id)?.status).toBe("CHECKED_IN");
  });

  it("a clerk of another municipality does not find the branch's appointments", async () => {
    const citizen = await newCitizen(5);
    const s = await slot({ startsAt: new Date(Date.now() + HOUR) });
    const a = await existing(citizen, s.id);
    const khobar = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.KHOBAR } });
    const elsewhere = { ...actors.clerk!, municipalityIds: [khobar.id] };
    expect((await errorOf(checkInAppointment.execute(elsewhere, { token: a.qrToken }))).code).toBe("NOT_FOUND");
    expect(await counterDay(elsewhere, riyadhDay(s.startsAt))).toEqual([]);
  });

  it("marks a no-show only after the slot has ended", async () => {
    const citizen = await newCitizen(6);
    const over = await slot({ startsAt: new Date(Date.now() - 2 * HOUR) });
    const coming = await slot({ startsAt: new Date(Date.now() + 2 * HOUR), service: otherServiceId });
    const a = await existing(citizen, over.id);
    const b = await existing(citizen, coming.id, otherServiceId);
    expect((await errorOf(markNoShow.execute(actors.clerk!, { appointmentId: b.id }))).message).toBe("appointments:errors.slotNotOver");
    await markNoShow.execute(actors.clerk!, { appointmentId: a.id });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "NO_SHOW", activeKey: null });
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: over.id } })).booked).toBe(1); // the seat stays used
  });
});

describe("the reminder the day before", () => {
  it("texts once per booking, and again only after a reschedule", async () => {
    const citizen = await newCitizen(7);
    const dayKey = workingDayAfter(8);
    const s = await slot({ startsAt: riyadhInstant(dayKey, 9 * 60) });
    const r = await bookAppointment.execute(citizen, { slotId: s.id, purpose: "زيارة" });
    const eve = new Date(riyadhInstant(dayKey, 9 * 60).getTime() - 20 * HOUR); // 13:00 Riyadh the day before
    const twoDaysBefore = new Date(eve.getTime() - DAY);
    await sendAppointmentReminders(twoDaysBefore);
    expect(await db.outboxMessage.count({ where: { template: "appointmentReminder", dedupeKey: { startsWith: `appointment-reminder:${r.id}:` } } })).toBe(0);
    const first = await sendAppointmentReminders(eve);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    await sendAppointmentReminders(eve);
    const sms = await db.outboxMessage.findMany({ where: { template: "appointmentReminder", dedupeKey: { startsWith: `appointment-reminder:${r.id}:` } } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).toBe(citizen.mobile);
    expect((await db.appointment.findUniqueOrThrow({ where: { id: r.id } })).reminderSentAt).not.toBeNull();
  });
});

describe("publishing slots and holidays", () => {
  it("publishes office-hour slots on working days only, never on a holiday; twice adds nothing", async () => {
    // The week of Eid al-Adha 1448 (15–18 May 2027): Thursday 13 May works, Friday/Saturday and the four days of Eid do not.
    const svc = await db.appointmentService.create({ data: { code: `P-${run}`, nameAr: "نشر", nameEn: "Publish", descriptionAr: "—", descriptionEn: "—", branchId: (await db.appointmentService.findUniqueOrThrow({ where: { id: serviceId } })).branchId, slotMinutes: 60, capacity: 3 } });
    const r = await publishSlots.execute(actors.clerk!, { serviceId: svc.id, from: "2027-05-13", days: 7 });
    expect(r.created).toBe(16); // 13 May and 19 May, 8 one-hour slots each
    const dates = new Set((await db.appointmentSlot.findMany({ where: { serviceId: svc.id } })).map((s) => riyadhDay(s.startsAt)));
    expect([...dates].sort()).toEqual(["2027-05-13", "2027-05-19"]);
    expect((await publishSlots.execute(actors.clerk!, { serviceId: svc.id, from: "2027-05-13", days: 7 })).created).toBe(0);
    expect((await errorOf(publishSlots.execute(actors.ahmed!, { serviceId: svc.id, from: "2027-05-13", days: 1 }))).code).toBe("FORBIDDEN");
  });

  it("a holiday added later closes its slots to booking and reaches the cached calendar at once", async () => {
    const dayKey = workingDayAfter(20);
    const s = await slot({ startsAt: riyadhInstant(dayKey, 10 * 60) });
    const code = `TEST-${run}`;
    await saveHoliday.execute(actors.admin!, { code, nameAr: "إجازة اختبار", nameEn: "Test holiday", startDate: dayKey, endDate: dayKey });
    try {
      expect(currentCalendar().holidays.has(dayKey)).toBe(true);
      const citizen = await newCitizen(8);
      const e = await errorOf(bookAppointment.execute(citizen, { slotId: s.id, purpose: "زيارة" }));
      expect(e.fieldErrors?.slotId).toBe("appointments:errors.holiday");
      expect((await freeSlots(serviceId, new Date(), 60)).some((d) => d.dateKey === dayKey)).toBe(false);
      expect((await errorOf(saveHoliday.execute(actors.clerk!, { code, nameAr: "س", nameEn: "x", startDate: dayKey, endDate: dayKey }))).code).toBe("FORBIDDEN");
    } finally {
      await removeHoliday.execute(actors.admin!, { code });
    }
    expect(currentCalendar().holidays.has(dayKey)).toBe(false);
  });
});

describe("the last seat under load", () => {
  let citizens: Actor[] = [];
  beforeAll(async () => {
    citizens = await Promise.all(Array.from({ length: 50 }, (_, i) => newCitizen(100 + i)));
  });
  afterAll(async () => {
    citizens = [];
  });

  it("50 concurrent bookings of the last seat give exactly one booking", async () => {
    const s = await slot({ startsAt: riyadhInstant(workingDayAfter(9), 15 * 60), capacity: 3, booked: 2 });
    const results = await Promise.allSettled(citizens.map((c) => bookAppointment.execute(c, { slotId: s.id, purpose: "المقعد الأخير" })));
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect([(r.reason as { code?: string }).code, (r.reason as { fieldErrors?: Record<string, string> }).fieldErrors?.slotId]).toEqual(["CONFLICT", "appointments:errors.full"]);
    }
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: s.id } })).booked).toBe(3);
    expect(await db.appointment.count({ where: { slotId: s.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { template: "appointmentBooked", to: { in: citizens.map((c) => c.mobile) } } })).toBe(1);
  });
});
