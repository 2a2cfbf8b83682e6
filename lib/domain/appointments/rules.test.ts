import { describe, expect, it } from "vitest";
import {
  CUTOFF_HOURS,
  appointmentContext,
  appointmentIcs,
  bookingRefusal,
  dateKeys,
  parseLinked,
  reminderDue,
  slotTimesOn,
  tokenFromScan,
  tomorrowWindow,
} from "@/lib/domain/appointments/rules";
import { appointmentWorkflow } from "@/lib/domain/appointments/workflow";
import { DEFAULT_HOLIDAYS, calendarFrom } from "@/lib/kernel/working-days";

const riyadh = (s: string) => new Date(`${s.replace(" ", "T")}:00+03:00`);
const cal = calendarFrom(DEFAULT_HOLIDAYS);

describe("slots", () => {
  it("every slotMinutes within office hours of a working day", () => {
    const slots = slotTimesOn("2026-12-06", 30, cal); // Sunday
    expect(slots).toHaveLength(16);
    expect(slots[0]!.startsAt).toEqual(riyadh("2026-12-06 08:00"));
    expect(slots.at(-1)!.endsAt).toEqual(riyadh("2026-12-06 16:00"));
    expect(slotTimesOn("2026-12-06", 45, cal).at(-1)!.endsAt.getTime()).toBeLessThanOrEqual(riyadh("2026-12-06 16:00").getTime());
  });

  it("none on a Friday, a Saturday or a holiday (Eid al-Fitr, National Day)", () => {
    expect(slotTimesOn("2026-12-04", 30, cal)).toEqual([]);
    expect(slotTimesOn("2026-12-05", 30, cal)).toEqual([]);
    expect(slotTimesOn("2026-03-19", 30, cal)).toEqual([]);
    expect(slotTimesOn("2026-09-23", 30, cal)).toEqual([]);
    expect(slotTimesOn("2026-09-24", 30, cal)).toHaveLength(16);
  });

  it("date spans are capped", () => {
    expect(dateKeys("2026-12-30", 3)).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(dateKeys("2026-12-01", 500)).toHaveLength(60);
  });
});

describe("booking rules", () => {
  const now = riyadh("2026-12-03 10:00");
  it("refuses past, holiday, weekend and too-far slots", () => {
    expect(bookingRefusal({ startsAt: riyadh("2026-12-03 09:30") }, now, cal)).toBe("past");
    expect(bookingRefusal({ startsAt: riyadh("2026-12-03 10:00") }, now, cal)).toBe("past");
    expect(bookingRefusal({ startsAt: riyadh("2026-12-04 10:00") }, now, cal)).toBe("closed");
    expect(bookingRefusal({ startsAt: riyadh("2027-02-22 10:00") }, now, cal)).toBe("holiday");
    expect(bookingRefusal({ startsAt: riyadh("2027-02-21 10:00") }, now, cal)).toBe("tooFar");
    expect(bookingRefusal({ startsAt: riyadh("2026-12-06 08:00") }, now, cal)).toBeNull();
  });

  it("cancel and reschedule until the cut-off; check-in on the day; no-show after the slot", () => {
    const slot = { startsAt: riyadh("2026-12-06 11:00"), endsAt: riyadh("2026-12-06 11:30") };
    expect(CUTOFF_HOURS).toBe(3);
    const ctx = (t: string) => appointmentContext(slot, riyadh(t));
    expect(appointmentWorkflow.availableEvents("BOOKED", ["CITIZEN"], ctx("2026-12-06 07:59"))).toEqual(["reschedule", "cancel"]);
    expect(appointmentWorkflow.availableEvents("BOOKED", ["CITIZEN"], ctx("2026-12-06 08:00"))).toEqual([]);
    expect(appointmentWorkflow.availableEvents("BOOKED", ["APPOINTMENTS_CLERK"], ctx("2026-12-05 23:59"))).toEqual([]);
    expect(appointmentWorkflow.availableEvents("BOOKED", ["APPOINTMENTS_CLERK"], ctx("2026-12-06 00:00"))).toEqual(["checkIn"]);
    expect(appointmentWorkflow.availableEvents("BOOKED", ["APPOINTMENTS_CLERK"], ctx("2026-12-06 11:30"))).toEqual(["checkIn", "noShow"]);
    expect(appointmentWorkflow.availableEvents("BOOKED", ["APPOINTMENTS_CLERK"], ctx("2026-12-07 09:00"))).toEqual(["noShow"]);
    expect(appointmentWorkflow.transition("BOOKED", "checkIn", ["CITIZEN"], ctx("2026-12-06 10:00"))).toEqual({ ok: false, reason: "WRONG_ROLE", role: "APPOINTMENTS_CLERK" });
    for (const s of ["CHECKED_IN", "NO_SHOW", "CANCELLED"] as const) {
      expect(appointmentWorkflow.availableEvents(s, ["CITIZEN", "APPOINTMENTS_CLERK"], ctx("2026-12-06 07:00"))).toEqual([]);
    }
  });

  it("the reminder is due on the Riyadh day before", () => {
    const startsAt = riyadh("2026-12-06 08:00");
    expect(reminderDue(startsAt, riyadh("2026-12-05 00:00"))).toBe(true);
    expect(reminderDue(startsAt, riyadh("2026-12-05 23:59"))).toBe(true);
    expect(reminderDue(startsAt, riyadh("2026-12-04 23:59"))).toBe(false);
    expect(reminderDue(startsAt, riyadh("2026-12-06 00:00"))).toBe(false);
    expect(tomorrowWindow(riyadh("2026-12-05 13:00"))).toEqual({ from: riyadh("2026-12-06 00:00"), to: riyadh("2026-12-07 00:00") });
  });

  it("reads a scanned or typed token and a linked transaction", () => {
    expect(tokenFromScan("  AMANAH-APT:abc123  ")).toBe("abc123");
    expect(tokenFromScan("abc123")).toBe("abc123");
    expect(parseLinked("COMPLAINT:C1234567")).toEqual({ kind: "COMPLAINT", ref: "C1234567" });
    expect(parseLinked("BILL:1")).toBeNull();
    expect(parseLinked("")).toBeNull();
    expect(parseLinked("COMPLAINT:")).toBeNull();
  });
});

describe("the .ics file", () => {
  it("is an RFC 5545 event in UTC with escaped, folded text", () => {
    const ics = appointmentIcs({
      number: "A1000017",
      startsAt: riyadh("2026-12-06 10:00"),
      endsAt: riyadh("2026-12-06 10:30"),
      title: "موعد: مراجعة طلب رخصة تجارية, بلدية وسط الدمام",
      location: "شارع الملك خالد; الدمام",
      description: "x".repeat(120),
      stamp: new Date("2026-12-03T07:00:00Z"),
    });
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART:20261206T070000Z\r\n");
    expect(ics).toContain("DTEND:20261206T073000Z\r\n");
    expect(ics).toContain("UID:A1000017@appointments.amanah\r\n");
    expect(ics).toContain("\\,");
    expect(ics).toContain("LOCATION:شارع الملك خالد\\; الدمام");
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});
