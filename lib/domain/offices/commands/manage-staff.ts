import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ZAddMember, ZRemoveMember, ZVerifyMember } from "@/lib/domain/offices/schemas";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { findOrCreateStaffUser } from "@/lib/domain/offices/staff";
import { AppError } from "@/lib/errors";
import { createI18n } from "@/lib/i18n/core";

/**
 * The office manager adds a member to their own office (the office comes from the actor, never from
 * the form). A qualification number is unverified until the committee verifies it.
 */
export const addOfficeMember = defineCommand({
  name: "offices.addMember",
  permission: "offices.staff.manage",
  schema: ZAddMember,
  async run(tx, actor, input) {
    if (!actor.officeId) throw new AppError("FORBIDDEN");
    const office = await tx.licensingOffice.findFirst({ where: { id: actor.officeId, status: "ACTIVE" }, select: { id: true, code: true, nameAr: true } });
    if (!office) throw new AppError("FORBIDDEN");
    const { userId, created } = await findOrCreateStaffUser(tx, input, { officeId: office.id, officeName: office.nameAr, field: "nationalId" });
    const current = await tx.officeMember.findUnique({ where: { officeId_userId_role: { officeId: office.id, userId, role: input.role } }, select: { id: true, active: true } });
    if (current?.active) throw new AppError("VALIDATION", { fieldErrors: { nationalId: "supervision:errors.alreadyMember" } });
    const member = await tx.officeMember.upsert({
      where: { officeId_userId_role: { officeId: office.id, userId, role: input.role } },
      create: { officeId: office.id, userId, role: input.role, qualificationNo: input.qualificationNo ?? null },
      update: { active: true, removedAt: null, qualificationNo: input.qualificationNo ?? null, verifiedAt: null, verifiedById: null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "offices.addMember",
      entityType: "OfficeMember",
      entityId: member.id,
      before: current ? { active: false } : null,
      after: { office: office.code, role: input.role, qualificationNo: input.qualificationNo ?? null, newAccount: created },
    });
    if (!created) {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { mobile: true, preferredLocale: true } });
      const t = createI18n(user.preferredLocale).t;
      await enqueueSms(tx, {
        to: user.mobile,
        template: "officeMemberAdded",
        params: { office: office.nameAr, role: t(`supervision:roles.${input.role}`) as string },
        locale: user.preferredLocale,
        dedupeKey: `office-member-added:${member.id}:${Date.now()}`,
      });
    }
    return { memberId: member.id, newAccount: created };
  },
});

/** The manager removes a member (kept for the record: active false, removedAt). Never the last manager. */
export const removeOfficeMember = defineCommand({
  name: "offices.removeMember",
  permission: "offices.staff.manage",
  schema: ZRemoveMember,
  async run(tx, actor, input) {
    if (!actor.officeId) throw new AppError("FORBIDDEN");
    const member = await tx.officeMember.findFirst({
      where: { id: input.memberId, officeId: actor.officeId, active: true },
      select: { id: true, role: true, userId: true, office: { select: { code: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role === "MANAGER") {
      const managers = await tx.officeMember.count({ where: { officeId: actor.officeId, role: "MANAGER", active: true } });
      if (managers <= 1) throw new AppError("INVALID_STATE", { message: "supervision:errors.lastManager" });
    }
    const removed = await tx.officeMember.updateMany({ where: { id: member.id, active: true }, data: { active: false, removedAt: new Date() } });
    if (removed.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, {
      action: "offices.removeMember",
      entityType: "OfficeMember",
      entityId: member.id,
      before: { active: true, role: member.role },
      after: { active: false, office: member.office.code },
    });
    return { memberId: member.id };
  },
});

/** The committee verifies a member's professional qualification (SCFHS / SCE) after checking it. */
export const verifyOfficeMember = defineCommand({
  name: "offices.verifyMember",
  permission: "offices.committee",
  schema: ZVerifyMember,
  async run(tx, actor, input) {
    const member = await tx.officeMember.findFirst({
      where: { id: input.memberId, active: true, office: committeeOfficeScope(actor) },
      select: { id: true, qualificationNo: true, verifiedAt: true, role: true, office: { select: { code: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (!member.qualificationNo) throw new AppError("INVALID_STATE", { message: "supervision:errors.noQualification" });
    if (member.verifiedAt) throw new AppError("INVALID_STATE", { message: "supervision:errors.alreadyVerified" });
    const now = new Date();
    const done = await tx.officeMember.updateMany({ where: { id: member.id, verifiedAt: null }, data: { verifiedAt: now, verifiedById: actor.userId } });
    if (done.count !== 1) throw new AppError("CONFLICT");
    await recordAudit(tx, actor, {
      action: "offices.verifyMember",
      entityType: "OfficeMember",
      entityId: member.id,
      before: { verifiedAt: null },
      after: { verifiedAt: now, qualificationNo: member.qualificationNo, role: member.role, office: member.office.code },
    });
    return { memberId: member.id };
  },
});
