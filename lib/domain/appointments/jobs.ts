import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { tomorrowWindow } from "@/lib/domain/appointments/rules";
import { formatGregorian } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

const BATCH = 200;
import { JOB_TX } from "@/lib/kernel/batches";

/**
 * The reminder the day before (Riyadh dates), ONCE per booking: the UPDATE that claims the rows sets
 * reminderSentAt (a second run or a second worker finds nothing: FOR UPDATE SKIP LOCKED), and the outbox's
 * dedupe key (appointment and slot) guards the SMS too. A reschedule clears reminderSentAt: the new day gets
 * its own reminder. Run by lib/jobs/run-jobs.ts.
 */
export async function sendAppointmentReminders(now: Date = new Date()): Promise<{ reminded: number }> {
  const { from, to } = tomorrowWindow(now);
  let reminded = 0;
  for (;;) {
    const rows = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; number: string; slotId: string; locale: Lang }[]>`
        UPDATE "Appointment" SET "reminderSentAt" = ${now}
         WHERE id IN (
           SELECT a.id FROM "Appointment" a JOIN "AppointmentSlot" s ON s.id = a."slotId"
            WHERE a.status = 'BOOKED' AND a."reminderSentAt" IS NULL AND s."startsAt" >= ${from} AND s."startsAt" < ${to}
            ORDER BY s."startsAt" LIMIT ${BATCH} FOR UPDATE OF a SKIP LOCKED)
        RETURNING id, number, "slotId", locale::text AS locale`;
      if (rows.length === 0) return rows;
      const details = await tx.appointment.findMany({
        where: { id: { in: rows.map((r) => r.id) } },
        select: { id: true, citizen: { select: { mobile: true } }, slot: { select: { startsAt: true } }, service: { select: { nameAr: true, nameEn: true, branch: { select: { nameAr: true, nameEn: true } } } } },
      });
      for (const d of details) {
        const r = rows.find((x) => x.id === d.id)!;
        const lang: Lang = r.locale === "en" ? "en" : "ar";
        await enqueueSms(tx, {
          to: d.citizen.mobile,
          template: "appointmentReminder",
          locale: lang,
          params: { number: r.number, service: localName(lang, d.service), branch: localName(lang, d.service.branch), when: formatGregorian(d.slot.startsAt, lang, true) },
          dedupeKey: `appointment-reminder:${d.id}:${r.slotId}`,
        });
        await recordAudit(tx, { system: "appointment-reminders" }, { action: "appointments.remind", entityType: "Appointment", entityId: d.id });
      }
      return rows;
    }, JOB_TX);
    reminded += rows.length;
    if (rows.length < BATCH) break;
  }
  return { reminded };
}
