import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_HOLIDAYS, addWorkingDays, addWorkingHours, calendarFrom, currentCalendar, isHoliday, isWorkingDay, isWorkingTime, nextWorkingDateKey, setHolidays, subtractWorkingDays, subtractWorkingHours, workingDaysBetween, workingHoursBetween } from "@/lib/kernel/working-days";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";

/** A Riyadh wall-clock time ("2026-12-03 14:00") as an instant. */
const riyadh = (s: string) => new Date(`${s.replace(" ", "T")}:00+03:00`);
const cal = calendarFrom(DEFAULT_HOLIDAYS);

afterEach(() => setHolidays(DEFAULT_HOLIDAYS));

describe("the week and the holidays", () => {
  it("works Sunday to Thursday, Riyadh time", () => {
    expect(isWorkingDay(riyadh("2026-12-03 10:00"), cal)).toBe(true); // Thursday
    expect(isWorkingDay(riyadh("2026-12-04 10:00"), cal)).toBe(false); // Friday
    expect(isWorkingDay(riyadh("2026-12-05 10:00"), cal)).toBe(false); // Saturday
    expect(isWorkingDay(riyadh("2026-12-06 10:00"), cal)).toBe(true); // Sunday
    // 22:30 UTC on Thursday is already Friday in Riyadh.
    expect(isWorkingDay(new Date("2026-12-03T22:30:00Z"), cal)).toBe(false);
    expect(riyadhDay(new Date("2026-12-03T22:30:00Z"))).toBe("2026-12-04");
  });

  it("knows the Eids and the national days of 2026 and 2027 as data", () => {
    for (const d of ["2026-02-22", "2026-03-19", "2026-03-22", "2026-05-26", "2026-05-29", "2026-09-23", "2027-02-22", "2027-03-09", "2027-03-12", "2027-05-15", "2027-05-18", "2027-09-23"]) {
      expect(isHoliday(riyadhInstant(d, 600), cal), d).toBe(true);
    }
    expect(isWorkingDay(riyadhInstant("2026-03-22", 600), cal)).toBe(false); // a Sunday inside Eid al-Fitr
    expect(isWorkingDay(riyadhInstant("2026-03-23", 600), cal)).toBe(true);
    expect(isWorkingDay(riyadhInstant("2026-09-24", 600), cal)).toBe(true);
  });

  it("office hours are 08:00–16:00 on working days", () => {
    expect(isWorkingTime(riyadh("2026-12-03 07:59"), cal)).toBe(false);
    expect(isWorkingTime(riyadh("2026-12-03 08:00"), cal)).toBe(true);
    expect(isWorkingTime(riyadh("2026-12-03 15:59"), cal)).toBe(true);
    expect(isWorkingTime(riyadh("2026-12-03 16:00"), cal)).toBe(false);
    expect(isWorkingTime(riyadh("2026-12-04 10:00"), cal)).toBe(false);
  });
});

describe("an SLA over a weekend", () => {
  it("4 working hours from Thursday 14:00 end on Sunday 10:00", () => {
    expect(addWorkingHours(riyadh("2026-12-03 14:00"), 4, cal)).toEqual(riyadh("2026-12-06 10:00"));
    expect(workingHoursBetween(riyadh("2026-12-03 14:00"), riyadh("2026-12-06 10:00"), cal)).toBe(4);
  });

  it("a clock started on Friday starts on Sunday at opening", () => {
    expect(addWorkingHours(riyadh("2026-12-04 11:00"), 8, cal)).toEqual(riyadh("2026-12-06 16:00"));
    expect(addWorkingHours(riyadh("2026-12-03 20:00"), 1, cal)).toEqual(riyadh("2026-12-06 09:00"));
  });

  it("1 working day from Thursday 10:00 ends on Sunday 10:00; 48 calendar hours would have ended on Saturday", () => {
    expect(addWorkingDays(riyadh("2026-12-03 10:00"), 1, cal)).toEqual(riyadh("2026-12-06 10:00"));
    expect(addWorkingDays(riyadh("2026-12-03 10:00"), 2, cal)).toEqual(riyadh("2026-12-07 10:00"));
    expect(workingDaysBetween(riyadh("2026-12-03 10:00"), riyadh("2026-12-07 10:00"), cal)).toBe(2);
    // Friday and Saturday add nothing.
    expect(workingDaysBetween(riyadh("2026-12-04 00:00"), riyadh("2026-12-06 00:00"), cal)).toBe(0);
  });

  it("counts backwards over the weekend too", () => {
    expect(subtractWorkingHours(riyadh("2026-12-06 10:00"), 4, cal)).toEqual(riyadh("2026-12-03 14:00"));
    expect(subtractWorkingHours(riyadh("2026-12-05 12:00"), 1, cal)).toEqual(riyadh("2026-12-03 15:00"));
    expect(subtractWorkingDays(riyadh("2026-12-06 10:00"), 1, cal)).toEqual(riyadh("2026-12-03 10:00"));
    expect(subtractWorkingDays(riyadh("2026-03-24 10:00"), 2, cal)).toEqual(riyadh("2026-03-18 10:00"));
  });

  it("negative spans and zero", () => {
    expect(workingHoursBetween(riyadh("2026-12-06 10:00"), riyadh("2026-12-03 14:00"), cal)).toBe(-4);
    expect(addWorkingDays(riyadh("2026-12-03 10:00"), 0, cal)).toEqual(riyadh("2026-12-03 10:00"));
  });
});

describe("an SLA over Eid", () => {
  it("2 working days from the eve of Eid al-Fitr 1447 skip the four days of Eid and the weekend", () => {
    // Wednesday 18 March 10:00: 14 h left that day; 19–22 March Eid (Thu–Sun), Friday/Saturday inside it.
    expect(addWorkingDays(riyadh("2026-03-18 10:00"), 2, cal)).toEqual(riyadh("2026-03-24 10:00"));
    expect(workingDaysBetween(riyadh("2026-03-18 10:00"), riyadh("2026-03-24 10:00"), cal)).toBe(2);
  });

  it("8 working hours from Monday before Eid al-Adha 1447 end on the Sunday after it", () => {
    // Monday 25 May 09:00: 7 office hours that day; Arafat and Eid 26–29 May, Saturday 30 May.
    expect(addWorkingHours(riyadh("2026-05-25 09:00"), 8, cal)).toEqual(riyadh("2026-05-31 09:00"));
  });

  it("National Day 2026 (a Wednesday) costs a day", () => {
    expect(addWorkingDays(riyadh("2026-09-22 12:00"), 1, cal)).toEqual(riyadh("2026-09-24 12:00"));
    expect(nextWorkingDateKey(riyadhInstant("2026-09-23", 0), cal)).toBe("2026-09-24");
  });
});

describe("holidays come from data", () => {
  it("setHolidays replaces the shared calendar", () => {
    expect(isWorkingDay(riyadhInstant("2026-12-06", 600))).toBe(true);
    setHolidays([{ startDate: "2026-12-06", endDate: "2026-12-07" }]);
    expect(isWorkingDay(riyadhInstant("2026-12-06", 600))).toBe(false);
    expect(addWorkingDays(riyadh("2026-12-03 10:00"), 1)).toEqual(riyadh("2026-12-08 10:00"));
    expect(currentCalendar().holidays.has("2026-03-19")).toBe(false);
  });

  it("ignores malformed spans", () => {
    expect(calendarFrom([{ startDate: "x", endDate: "2026-01-01" }, { startDate: "2026-01-05", endDate: "2026-01-01" }]).holidays.size).toBe(0);
  });
});
