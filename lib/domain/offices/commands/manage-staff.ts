import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZAddMember, ZRemoveMember, ZVerifyMember } from "@/lib/domain/offices/schemas";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { inviteToOffice } from "@/lib/domain/offices/staff";
import { AppError } from "@/lib/errors";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * The office manager INVITES someone to their own office (the office comes from the actor, never from the
 * form): an invitation row and an SMS with a one-time link to the typed mobile. No account is created and
 * nobody becomes a member until the invited person accepts with their own verified national ID
 * (commands/invitations.ts). A manager cannot invite themselves (e.g. as their own inspector).
 */
export const addOfficeMember = defineCommand({
  name: "offices.addMember",
  permission: "offices.staff.manage",
  schema: ZAddMember,
  async run(tx, actor, input) {
    if (!actor.officeId) throw new AppError("FORBIDDEN");
    const office = await tx.licensingOffice.findFirst({ where: { id: actor.officeId, status: "ACTIVE" }, select: { id: true, code: true, nameAr: true } });
    if (!office) throw new AppError("FORBIDDEN");
    if ((await actorNationalIdOrNull(tx, actor)) === input.nationalId) throw new AppError("VALIDATION", { fieldErrors: { nationalId: "supervision:errors.cannotInviteSelf" } });
    const member = await tx.officeMember.findFirst({
      where: { officeId: office.id, role: input.role, active: true, user: { nationalId: input.nationalId } },
      select: { id: true },
    });
    if (member) throw new AppError("VALIDATION", { fieldErrors: { nationalId: "supervision:errors.alreadyMember" } });
    const pending = await tx.officeInvitation.findFirst({
      where: { officeId: office.id, nationalId: input.nationalId, role: input.role, status: "PENDING", expiresAt: { gt: new Date() } },
      select: { id: true },
    });
    if (pending) throw new AppError("VALIDATION", { fieldErrors: { nationalId: "supervision:errors.alreadyInvited" } });
    const { invitationId } = await inviteToOffice(tx, actor, {
      officeId: office.id,
      officeName: office.nameAr,
      person: input,
      role: input.role,
      qualificationNo: input.qualificationNo ?? null,
    });
    await recordAudit(tx, actor, {
      action: "offices.addMember",
      entityType: "OfficeInvitation",
      entityId: invitationId,
      after: { office: office.code, role: input.role, qualificationNo: input.qualificationNo ?? null, invited: true },
    });
    return { invitationId };
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
