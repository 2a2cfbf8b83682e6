/**
 * The holiday calendar's admin path against a real PostgreSQL (issue 13): the year's list for the admin page
 * (administrators only; a span crossing New Year in both years), adding refuses a code already taken, every change
 * is audited, and an edit moves the working-day calendar the SLAs count at once.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { removeHoliday, saveHoliday } from "@/lib/domain/calendar/commands/holidays";
import { holidaysOfYear } from "@/lib/domain/calendar/queries";
import { addWorkingDays } from "@/lib/kernel/working-days";
import { riyadhInstant } from "@/lib/kernel/riyadh-days";
import { actorOf, errorOf } from "@/tests/factories/actors";

let admin: Actor;
let clerk: Actor;
beforeAll(async () => {
  admin = await actorOf({ username: "staff.admin" });
  clerk = await actorOf({ username: "staff.appointments" });
});

describe("the holidays of a year (admin page)", () => {
  it("lists a span crossing New Year in both years, with its days; only for administrators", async () => {
    await saveHoliday.execute(admin, { code: "TEST-NEWYEAR", nameAr: "إجازة رأس السنة", nameEn: "New Year test", startDate: "2031-12-30", endDate: "2032-01-02", isNew: true });
    const y31 = await holidaysOfYear(admin, 2031);
    const y32 = await holidaysOfYear(admin, 2032);
    expect(y31.find((h) => h.code === "TEST-NEWYEAR")).toMatchObject({ startDate: "2031-12-30", endDate: "2032-01-02", days: 4 });
    expect(y32.some((h) => h.code === "TEST-NEWYEAR")).toBe(true);
    expect((await holidaysOfYear(admin, 2030)).some((h) => h.code === "TEST-NEWYEAR")).toBe(false);
    await expect(holidaysOfYear(clerk, 2031)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("adding, editing and removing", () => {
  it("adding with a taken code is refused and changes nothing; an edit keeps the code; each change is audited", async () => {
    await saveHoliday.execute(admin, { code: "TEST-DUP", nameAr: "إجازة أولى", nameEn: "First", startDate: "2030-03-10", endDate: "2030-03-10", isNew: true });
    const e = await errorOf(saveHoliday.execute(admin, { code: "TEST-DUP", nameAr: "إجازة ثانية", nameEn: "Second", startDate: "2030-04-01", endDate: "2030-04-01", isNew: true }));
    expect(e.fieldErrors?.code).toBe("appointments:errors.holidayCodeTaken");
    expect(await db.holiday.findUniqueOrThrow({ where: { code: "TEST-DUP" } })).toMatchObject({ nameAr: "إجازة أولى" });
    await saveHoliday.execute(admin, { code: "TEST-DUP", nameAr: "إجازة معدلة", nameEn: "Edited", startDate: "2030-03-10", endDate: "2030-03-11" });
    expect(await db.holiday.findUniqueOrThrow({ where: { code: "TEST-DUP" } })).toMatchObject({ nameAr: "إجازة معدلة", endDate: new Date("2030-03-11T00:00:00Z") });
    await removeHoliday.execute(admin, { code: "TEST-DUP" });
    const audit = await db.auditLog.findMany({ where: { action: { in: ["calendar.saveHoliday", "calendar.removeHoliday"] }, actorId: admin.userId }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action).slice(-3)).toEqual(["calendar.saveHoliday", "calendar.saveHoliday", "calendar.removeHoliday"]);
  });

  it("an edited span moves the SLA clock at once (working days counted over it)", async () => {
    // Sunday 7 April 2030 + 2 working days: Tuesday 9 April; with a holiday on Monday-Tuesday, Thursday 11 April.
    const from = riyadhInstant("2030-04-07", 9 * 60);
    expect(addWorkingDays(from, 2).toISOString().slice(0, 10)).toBe("2030-04-09");
    await saveHoliday.execute(admin, { code: "TEST-SLA", nameAr: "إجازة", nameEn: "Holiday", startDate: "2030-04-08", endDate: "2030-04-08", isNew: true });
    expect(addWorkingDays(from, 2).toISOString().slice(0, 10)).toBe("2030-04-10");
    await saveHoliday.execute(admin, { code: "TEST-SLA", nameAr: "إجازة", nameEn: "Holiday", startDate: "2030-04-08", endDate: "2030-04-09" });
    expect(addWorkingDays(from, 2).toISOString().slice(0, 10)).toBe("2030-04-11");
    await removeHoliday.execute(admin, { code: "TEST-SLA" });
    expect(addWorkingDays(from, 2).toISOString().slice(0, 10)).toBe("2030-04-09");
  });
});
