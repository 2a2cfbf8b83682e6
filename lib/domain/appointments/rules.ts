/**
 * The pure rules of appointments (no I/O; time arrives as `now`, holidays through the working-day calendar,
 * lib/kernel/working-days.ts), unit tested in rules.test.ts.
 *
 * - Slots: every `slotMinutes` from the opening to the closing of office hours, on working days only
 *   (Sunday–Thursday, never on a holiday), `capacity` seats each.
 * - Booking: only a future slot of a working day; the cut-off for cancelling or rescheduling is
 *   CUTOFF_HOURS before the slot starts.
 * - Counter: check-in on the slot's day (Riyadh); a no-show only once the slot has ended.
 * - Reminder: the day before (Riyadh dates), once per booking (per slot, after a reschedule).
 */
import { WORK_CLOSE_MINUTE, WORK_OPEN_MINUTE, currentCalendar, isWorkingDay, type WorkingCalendar } from "@/lib/kernel/working-days";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";
import type { AppointmentContext } from "@/lib/domain/appointments/workflow";

export const CUTOFF_HOURS = 3;
/** Slots are published this many days ahead at most. */
export const MAX_PUBLISH_DAYS = 60;
/** A booking may be made at most this many days ahead. */
export const BOOKING_HORIZON_DAYS = 60;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The start times of a service's slots on one Riyadh date; none on a weekend or a holiday. */
export function slotTimesOn(dateKey: string, slotMinutes: number, cal: WorkingCalendar = currentCalendar()): { startsAt: Date; endsAt: Date }[] {
  const noon = riyadhInstant(dateKey, 12 * 60);
  if (!isWorkingDay(noon, cal) || !(slotMinutes >= 5)) return [];
  const out: { startsAt: Date; endsAt: Date }[] = [];
  for (let m = WORK_OPEN_MINUTE; m + slotMinutes <= WORK_CLOSE_MINUTE; m += slotMinutes) {
    out.push({ startsAt: riyadhInstant(dateKey, m), endsAt: riyadhInstant(dateKey, m + slotMinutes) });
  }
  return out;
}

/** The Riyadh dates from `fromKey`, `days` of them (weekends and holidays included: slotTimesOn skips them). */
export function dateKeys(fromKey: string, days: number): string[] {
  const start = Date.parse(`${fromKey}T00:00:00Z`);
  return Array.from({ length: Math.max(0, Math.min(days, MAX_PUBLISH_DAYS)) }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

export type BookingRefusal = "past" | "holiday" | "closed" | "tooFar";

/** Why a slot cannot be booked at `now` (null: it can, seats permitting). */
export function bookingRefusal(slot: { startsAt: Date }, now: Date, cal: WorkingCalendar = currentCalendar()): BookingRefusal | null {
  if (slot.startsAt.getTime() <= now.getTime()) return "past";
  if (cal.holidays.has(riyadhDay(slot.startsAt))) return "holiday";
  if (!isWorkingDay(slot.startsAt, cal)) return "closed";
  if (slot.startsAt.getTime() - now.getTime() > BOOKING_HORIZON_DAYS * DAY_MS) return "tooFar";
  return null;
}

export function cutoffOf(startsAt: Date): Date {
  return new Date(startsAt.getTime() - CUTOFF_HOURS * HOUR_MS);
}

/** The workflow's context for an appointment's slot at `now`. */
export function appointmentContext(slot: { startsAt: Date; endsAt: Date }, now: Date): AppointmentContext {
  return {
    beforeCutoff: now.getTime() < cutoffOf(slot.startsAt).getTime(),
    onTheDay: riyadhDay(now) === riyadhDay(slot.startsAt),
    slotOver: now.getTime() >= slot.endsAt.getTime(),
  };
}

/** Whether the reminder for a slot is due at `now`: its Riyadh date is tomorrow. */
export function reminderDue(startsAt: Date, now: Date): boolean {
  return riyadhDay(startsAt) === riyadhDay(new Date(now.getTime() + DAY_MS));
}

/** The window of slot starts whose reminder is due at `now` (tomorrow, Riyadh). */
export function tomorrowWindow(now: Date): { from: Date; to: Date } {
  const tomorrow = riyadhDay(new Date(now.getTime() + DAY_MS));
  return { from: riyadhInstant(tomorrow, 0), to: riyadhInstant(tomorrow, 24 * 60) };
}

/** What the counter types or scans: the token alone, or the QR's text "AMANAH-APT:<token>". */
export function tokenFromScan(text: string): string {
  return text.trim().replace(/^AMANAH-APT:/i, "").trim();
}

export function qrText(token: string): string {
  return `AMANAH-APT:${token}`;
}

const icsEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/([,;])/g, "\\$1");
const icsTime = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** An iCalendar (RFC 5545) file for one appointment, times in UTC, lines folded at 75 octets. */
export function appointmentIcs(a: { number: string; startsAt: Date; endsAt: Date; title: string; location: string; description: string; stamp: Date }): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Amanah//Appointments//AR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${a.number}@appointments.amanah`,
    `DTSTAMP:${icsTime(a.stamp)}`,
    `DTSTART:${icsTime(a.startsAt)}`,
    `DTEND:${icsTime(a.endsAt)}`,
    `SUMMARY:${icsEscape(a.title)}`,
    `LOCATION:${icsEscape(a.location)}`,
    `DESCRIPTION:${icsEscape(a.description)}`,
    "BEGIN:VALARM",
    "TRIGGER:-PT1H",
    "ACTION:DISPLAY",
    `DESCRIPTION:${icsEscape(a.title)}`,
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export const LINK_KINDS = ["LICENSE_APPLICATION", "COMPLAINT", "VIOLATION"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** "COMPLAINT:C1234567" → its parts (the form's one select), or null. */
export function parseLinked(value: string | undefined | null): { kind: LinkKind; ref: string } | null {
  if (!value) return null;
  const i = value.indexOf(":");
  if (i < 0) return null;
  const kind = value.slice(0, i) as LinkKind;
  const ref = value.slice(i + 1);
  return (LINK_KINDS as readonly string[]).includes(kind) && ref ? { kind, ref } : null;
}
