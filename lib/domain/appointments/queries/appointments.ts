import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { ensureHolidays } from "@/lib/domain/calendar/holidays";
import { appointmentContext, bookingRefusal, BOOKING_HORIZON_DAYS } from "@/lib/domain/appointments/rules";
import { appointmentWorkflow, type AppointmentEvent, type AppointmentState } from "@/lib/domain/appointments/workflow";
import { branchScope } from "@/lib/domain/appointments/scope";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";

type Bi = { nameAr: string; nameEn: string };
export type ServiceDTO = Bi & { id: string; code: string; descriptionAr: string; descriptionEn: string; branch: Bi & { addressAr: string; addressEn: string }; department: Bi | null; slotMinutes: number; nextFreeAt: Date | null };
export type SlotDTO = { id: string; startsAt: Date; endsAt: Date; free: number };
export type DayDTO = { dateKey: string; slots: SlotDTO[] };

const DAY_MS = 86_400_000;
const serviceSelect = {
  id: true, code: true, nameAr: true, nameEn: true, descriptionAr: true, descriptionEn: true, slotMinutes: true,
  branch: { select: { nameAr: true, nameEn: true, addressAr: true, addressEn: true } },
  department: { select: { nameAr: true, nameEn: true } },
} as const;

/** Published services at active branches, each with its next bookable time (public). */
export async function listBookableServices(now: Date = new Date()): Promise<ServiceDTO[]> {
  const services = await db.appointmentService.findMany({ where: { published: true, branch: { active: true } }, orderBy: [{ branch: { code: "asc" } }, { code: "asc" }], select: serviceSelect });
  const out: ServiceDTO[] = [];
  for (const s of services) {
    const days = await freeSlots(s.id, now, 1);
    out.push({ ...s, nextFreeAt: days[0]?.slots[0]?.startsAt ?? null });
  }
  return out;
}

export async function getBookableService(code: string): Promise<ServiceDTO | null> {
  const s = await db.appointmentService.findFirst({ where: { code, published: true, branch: { active: true } }, select: serviceSelect });
  return s ? { ...s, nextFreeAt: null } : null;
}

/**
 * The bookable slots of a service, grouped by Riyadh date: future, with a free seat, not on a holiday or a
 * weekend (rules.ts bookingRefusal — the same rule the command applies), `maxDays` dates at most.
 */
export async function freeSlots(serviceId: string, now: Date = new Date(), maxDays = 10): Promise<DayDTO[]> {
  await ensureHolidays(); // the holiday table as of at most HOLIDAY_CACHE_MS ago (at once after a change in this process)
  const rows = await db.appointmentSlot.findMany({
    where: { serviceId, startsAt: { gt: now, lt: new Date(now.getTime() + BOOKING_HORIZON_DAYS * DAY_MS) }, booked: { lt: db.appointmentSlot.fields.capacity } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, endsAt: true, capacity: true, booked: true },
    take: 2000,
  });
  const days: DayDTO[] = [];
  for (const r of rows) {
    if (bookingRefusal(r, now)) continue;
    const key = riyadhDay(r.startsAt);
    let day = days[days.length - 1];
    if (!day || day.dateKey !== key) {
      if (days.length === maxDays) break;
      day = { dateKey: key, slots: [] };
      days.push(day);
    }
    day.slots.push({ id: r.id, startsAt: r.startsAt, endsAt: r.endsAt, free: r.capacity - r.booked });
  }
  return days;
}

export type AppointmentDTO = {
  id: string;
  number: string;
  status: AppointmentState;
  purpose: string;
  linkedKind: string | null;
  linkedRef: string | null;
  startsAt: Date;
  endsAt: Date;
  service: Bi & { id: string; code: string };
  branch: Bi & { addressAr: string; addressEn: string };
  /** What the citizen may do now (from the workflow). */
  actions: AppointmentEvent[];
};

const appointmentSelect = {
  id: true, number: true, status: true, purpose: true, linkedKind: true, linkedRef: true, qrToken: true,
  slot: { select: { startsAt: true, endsAt: true } },
  service: { select: { id: true, code: true, nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true, addressAr: true, addressEn: true } } } },
} as const;

type Row = { id: string; number: string; status: AppointmentState; purpose: string; linkedKind: string | null; linkedRef: string | null; qrToken: string; slot: { startsAt: Date; endsAt: Date }; service: Bi & { id: string; code: string; branch: Bi & { addressAr: string; addressEn: string } } };

function toDTO(r: Row, roles: readonly string[], now: Date): AppointmentDTO {
  const { branch, ...service } = r.service;
  return {
    id: r.id, number: r.number, status: r.status, purpose: r.purpose, linkedKind: r.linkedKind, linkedRef: r.linkedRef,
    startsAt: r.slot.startsAt, endsAt: r.slot.endsAt, service, branch,
    actions: appointmentWorkflow.availableEvents(r.status, roles, appointmentContext(r.slot, now)),
  };
}

/** The citizen's appointments: upcoming first, then the rest, newest first. */
export async function myAppointments(actor: Actor, now: Date = new Date()): Promise<AppointmentDTO[]> {
  const rows = await db.appointment.findMany({ where: { citizenId: actor.userId }, orderBy: { slot: { startsAt: "desc" } }, take: 100, select: appointmentSelect });
  const dtos = rows.map((r) => toDTO(r, actor.roles, now));
  const upcoming = dtos.filter((d) => d.status === "BOOKED" && d.endsAt.getTime() > now.getTime()).reverse();
  return [...upcoming, ...dtos.filter((d) => !upcoming.includes(d))];
}

/** One of the citizen's appointments, with the QR token (their own only). */
export async function myAppointment(actor: Actor, number: string, now: Date = new Date()): Promise<(AppointmentDTO & { qrToken: string }) | null> {
  const r = await db.appointment.findFirst({ where: { number, citizenId: actor.userId }, select: appointmentSelect });
  return r ? { ...toDTO(r, actor.roles, now), qrToken: r.qrToken } : null;
}

export type CounterRowDTO = { id: string; number: string; status: AppointmentState; startsAt: Date; endsAt: Date; citizen: Bi; service: Bi; branch: Bi; purpose: string; canNoShow: boolean };

/** The counter's day: every non-cancelled appointment of the clerk's branches on a Riyadh date, by time. */
export async function counterDay(actor: Actor, dateKey: string, now: Date = new Date()): Promise<CounterRowDTO[]> {
  const rows = await db.appointment.findMany({
    where: { status: { not: "CANCELLED" }, service: { branch: branchScope(actor) }, slot: { startsAt: { gte: riyadhInstant(dateKey, 0), lt: riyadhInstant(dateKey, 24 * 60) } } },
    orderBy: [{ slot: { startsAt: "asc" } }, { number: "asc" }],
    take: 500,
    select: { id: true, number: true, status: true, purpose: true, slot: { select: { startsAt: true, endsAt: true } }, citizen: { select: { nameAr: true, nameEn: true } }, service: { select: { nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true } } } } },
  });
  return rows.map((r) => ({
    id: r.id, number: r.number, status: r.status, startsAt: r.slot.startsAt, endsAt: r.slot.endsAt, purpose: r.purpose,
    citizen: r.citizen, service: { nameAr: r.service.nameAr, nameEn: r.service.nameEn }, branch: r.service.branch,
    canNoShow: appointmentWorkflow.can(r.status, "noShow", actor.roles, appointmentContext(r.slot, now)),
  }));
}

/** The services of the clerk's branches (for publishing slots). */
export async function counterServices(actor: Actor): Promise<(Bi & { id: string; code: string; branch: Bi })[]> {
  const rows = await db.appointmentService.findMany({ where: { branch: branchScope(actor) }, orderBy: { code: "asc" }, select: { id: true, code: true, nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true } } } });
  return rows;
}
