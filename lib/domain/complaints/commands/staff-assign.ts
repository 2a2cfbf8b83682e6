import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, moveComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZAssignComplaint } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent } from "@/lib/domain/complaints/timeline";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import { localName } from "@/lib/kernel/locale";

/**
 * The officer assigns the complaint to a named employee: an active member of the complaint's
 * department who serves its municipality. The complaint becomes IN_PROGRESS; the employee is texted
 * (in their language) with the reference, the category and the SLA date. The citizen's timeline says
 * the complaint is being handled, without the employee's name.
 */
export const assignComplaint = defineCommand({
  name: "complaints.assign",
  permission: "complaints.handle",
  schema: ZAssignComplaint,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const to = transition(actor, c, "assign");
    const member = await tx.departmentMember.findFirst({
      where: {
        id: input.memberId,
        departmentId: c.departmentId,
        active: true,
        user: { active: true },
        OR: [{ municipalityId: null }, { municipalityId: c.municipalityId }],
      },
      select: { id: true, userId: true, user: { select: { nameAr: true, nameEn: true, mobile: true, preferredLocale: true } } },
    });
    if (!member) throw new AppError("VALIDATION", { fieldErrors: { memberId: "complaintsStaff:errors.notAMember" } });
    if (member.userId === c.assigneeId) throw new AppError("VALIDATION", { fieldErrors: { memberId: "complaintsStaff:errors.alreadyAssigned" } });

    await moveComplaint(tx, c, { status: to, assigneeId: member.userId }, "assign");
    const event = await appendEvent(tx, actor, c, {
      kind: "ASSIGNED",
      public: true,
      data: { assigneeId: member.userId, assigneeAr: member.user.nameAr, assigneeEn: member.user.nameEn },
    });
    await recordAudit(tx, actor, {
      action: "complaints.assign",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      before: { status: c.status, assigneeId: c.assigneeId },
      after: { status: to, assigneeId: member.userId },
    });
    const category = await tx.complaintCategory.findUniqueOrThrow({ where: { id: c.categoryId }, select: { nameAr: true, nameEn: true } });
    const locale = member.user.preferredLocale;
    await enqueueSms(tx, {
      to: member.user.mobile,
      template: "complaintAssigned",
      params: { reference: c.reference, category: localName(locale, category), dueDate: formatGregorian(c.slaDueAt, locale) },
      locale,
      dedupeKey: `complaint:assigned:${event.id}`,
    });
    return { status: to, assigneeId: member.userId };
  },
});
