import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { nextCertificateNumber } from "@/lib/domain/offices/numbers";
import { ZRecordAttendance, ZRegisterAttendees, ZScheduleWorkshop } from "@/lib/domain/offices/schemas";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import { localText } from "@/lib/kernel/locale";

/** "YYYY-MM-DDTHH:mm" typed in Riyadh time (UTC+3, no daylight saving). */
export function riyadhDateTime(local: string): Date {
  return new Date(`${local}:00+03:00`);
}

/** The committee schedules a training workshop for office staff. */
export const scheduleWorkshop = defineCommand({
  name: "offices.scheduleWorkshop",
  permission: "offices.committee",
  schema: ZScheduleWorkshop,
  async run(tx, actor, input) {
    const startsAt = riyadhDateTime(input.startsAt);
    if (Number.isNaN(startsAt.getTime())) throw new AppError("VALIDATION", { fieldErrors: { startsAt: "supervision:errors.dateFormat" } });
    if (startsAt.getTime() < Date.now()) throw new AppError("VALIDATION", { fieldErrors: { startsAt: "supervision:errors.workshopInPast" } });
    const workshop = await tx.workshop.create({
      data: { topic: input.topic, titleAr: input.titleAr, titleEn: input.titleEn, startsAt, location: input.location, capacity: input.capacity, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "offices.scheduleWorkshop", entityType: "Workshop", entityId: workshop.id, after: { ...input, startsAt } });
    return { workshopId: workshop.id };
  },
});

/** Registers active members of supervised offices for a workshop, within its capacity; each gets an SMS invitation. */
export const registerAttendees = defineCommand({
  name: "offices.registerAttendees",
  permission: "offices.committee",
  schema: ZRegisterAttendees,
  async run(tx, actor, input) {
    const workshop = await tx.workshop.findUnique({ where: { id: input.workshopId }, select: { id: true, titleAr: true, titleEn: true, startsAt: true, location: true, capacity: true, _count: { select: { attendances: true } } } });
    if (!workshop) throw new AppError("NOT_FOUND");
    const members = await tx.officeMember.findMany({
      where: { id: { in: input.memberIds }, active: true, office: { ...committeeOfficeScope(actor), status: "ACTIVE" }, attendances: { none: { workshopId: workshop.id } } },
      select: { id: true, user: { select: { mobile: true, preferredLocale: true } } },
    });
    if (members.length === 0) throw new AppError("VALIDATION", { fieldErrors: { memberIds: "supervision:errors.chooseMembers" } });
    if (workshop._count.attendances + members.length > workshop.capacity) {
      throw new AppError("VALIDATION", { fieldErrors: { memberIds: `supervision:errors.capacityExceeded?left=${Math.max(0, workshop.capacity - workshop._count.attendances)}` } });
    }
    await tx.workshopAttendance.createMany({ data: members.map((m) => ({ workshopId: workshop.id, memberId: m.id })), skipDuplicates: true });
    for (const m of members) {
      const locale = m.user.preferredLocale;
      await enqueueSms(tx, {
        to: m.user.mobile,
        template: "workshopInvitation",
        params: { title: localText(locale, workshop, "title"), date: formatGregorian(workshop.startsAt, locale, true), location: workshop.location },
        locale,
        dedupeKey: `workshop-invitation:${workshop.id}:${m.id}`,
      });
    }
    await recordAudit(tx, actor, { action: "offices.registerAttendees", entityType: "Workshop", entityId: workshop.id, after: { memberIds: members.map((m) => m.id) } });
    return { registered: members.length };
  },
});

/**
 * After the workshop: who attended. Attendees get a certificate number (once; a certificate is never
 * reissued); registered members not in the list are recorded absent.
 */
export const recordAttendance = defineCommand({
  name: "offices.recordAttendance",
  permission: "offices.committee",
  schema: ZRecordAttendance,
  async run(tx, actor, input) {
    const workshop = await tx.workshop.findUnique({ where: { id: input.workshopId }, select: { id: true, startsAt: true } });
    if (!workshop) throw new AppError("NOT_FOUND");
    const now = new Date();
    if (workshop.startsAt.getTime() > now.getTime()) throw new AppError("INVALID_STATE", { message: "supervision:errors.workshopNotHeldYet" });
    const rows = await tx.workshopAttendance.findMany({
      where: { workshopId: workshop.id, certificateNo: null, member: { office: committeeOfficeScope(actor) } },
      select: { id: true, memberId: true },
    });
    const attended = new Set(input.attendedMemberIds);
    let certified = 0;
    for (const r of rows) {
      if (attended.has(r.memberId)) {
        await tx.workshopAttendance.update({ where: { id: r.id }, data: { attended: true, certificateNo: await nextCertificateNumber(tx), certifiedAt: now } });
        certified += 1;
      } else {
        await tx.workshopAttendance.update({ where: { id: r.id }, data: { attended: false } });
      }
    }
    await recordAudit(tx, actor, { action: "offices.recordAttendance", entityType: "Workshop", entityId: workshop.id, after: { certified, absent: rows.length - certified } });
    return { certified, absent: rows.length - certified };
  },
});
