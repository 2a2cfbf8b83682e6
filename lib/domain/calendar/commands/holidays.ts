import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZRemoveHoliday, ZSaveHoliday } from "@/lib/domain/appointments/schemas";
import { invalidateHolidays, reloadHolidays } from "@/lib/domain/calendar/holidays";
import { AppError } from "@/lib/errors";
import { afterCommit } from "@/lib/kernel/transaction";

/**
 * An administrator adds or changes a holiday. After the commit this process reads the table again at once;
 * other processes within HOLIDAY_CACHE_MS (lib/domain/calendar/holidays.ts). Slots already published on the
 * new holiday stay, but booking them is refused (rules.ts bookingRefusal).
 */
export const saveHoliday = defineCommand({
  name: "calendar.saveHoliday",
  permission: "calendar.holidays",
  schema: ZSaveHoliday,
  async run(tx, actor, input) {
    const data = { nameAr: input.nameAr, nameEn: input.nameEn, startDate: new Date(`${input.startDate}T00:00:00Z`), endDate: new Date(`${input.endDate}T00:00:00Z`) };
    const before = await tx.holiday.findUnique({ where: { code: input.code } });
    if (input.isNew && before) throw new AppError("VALIDATION", { fieldErrors: { code: "appointments:errors.holidayCodeTaken" } });
    const row = await tx.holiday.upsert({ where: { code: input.code }, create: { code: input.code, ...data }, update: data });
    await recordAudit(tx, actor, { action: "calendar.saveHoliday", entityType: "Holiday", entityId: row.id, before, after: { code: input.code, nameAr: input.nameAr, nameEn: input.nameEn, startDate: input.startDate, endDate: input.endDate } });
    afterCommit(tx, async () => {
      invalidateHolidays();
      await reloadHolidays();
    });
    return { id: row.id };
  },
});

export const removeHoliday = defineCommand({
  name: "calendar.removeHoliday",
  permission: "calendar.holidays",
  schema: ZRemoveHoliday,
  async run(tx, actor, input) {
    const row = await tx.holiday.findUnique({ where: { code: input.code } });
    if (!row) throw new AppError("NOT_FOUND");
    await tx.holiday.delete({ where: { id: row.id } });
    await recordAudit(tx, actor, { action: "calendar.removeHoliday", entityType: "Holiday", entityId: row.id, before: row });
    afterCommit(tx, async () => {
      invalidateHolidays();
      await reloadHolidays();
    });
    return { id: row.id };
  },
});
