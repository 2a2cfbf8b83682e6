import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ZRespondInvitation, ZRevokeInvitation } from "@/lib/domain/offices/schemas";
import { incompatibleRoles } from "@/lib/domain/offices/staff";
import { AppError } from "@/lib/errors";
import { createI18n } from "@/lib/i18n/instance";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * The invited person answers an office invitation (docs/decisions/010-demo-data-and-invitations.md).
 * THE rule: the invitation is found only through the signed-in user's OWN verified national ID (in the
 * where), never through anything the inviter typed — so an invitation addressed to someone else is simply
 * not found. Only on acceptance does the person become a member (with the role, unverified qualification).
 */
async function myNationalId(tx: Tx, actor: Actor): Promise<string> {
  const nationalId = await actorNationalIdOrNull(tx, actor);
  if (!nationalId) throw new AppError("FORBIDDEN", { message: "supervision:invitations.errors.noIdentity" });
  return nationalId;
}

async function loadMine(tx: Tx, actor: Actor, invitationId: string) {
  const nationalId = await myNationalId(tx, actor);
  const invitation = await tx.officeInvitation.findFirst({
    where: { id: invitationId, nationalId },
    select: {
      id: true,
      status: true,
      expiresAt: true,
      role: true,
      qualificationNo: true,
      invitedById: true,
      office: { select: { id: true, code: true, nameAr: true, status: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND", { message: "supervision:invitations.errors.notFound" });
  if (invitation.status !== "PENDING") throw new AppError("INVALID_STATE", { message: "supervision:invitations.errors.answered" });
  if (invitation.expiresAt.getTime() <= Date.now()) throw new AppError("INVALID_STATE", { message: "supervision:invitations.errors.expired" });
  if (invitation.office.status === "REVOKED") throw new AppError("INVALID_STATE", { message: "supervision:invitations.errors.officeClosed" });
  return invitation;
}

async function close(tx: Tx, actor: Actor, id: string, status: "ACCEPTED" | "DECLINED" | "REVOKED", memberId: string | null = null) {
  const done = await tx.officeInvitation.updateMany({
    where: { id, status: "PENDING" },
    data: { status, respondedById: actor.userId, respondedAt: new Date(), memberId },
  });
  if (done.count !== 1) throw new AppError("CONFLICT");
}

export const acceptOfficeInvitation = defineCommand({
  name: "offices.acceptInvitation",
  permission: "offices.invitation.respond",
  schema: ZRespondInvitation,
  async run(tx, actor, input) {
    const invitation = await loadMine(tx, actor, input.invitationId);
    const officeId = invitation.office.id;
    // One office per person.
    const elsewhere = await tx.officeMember.findFirst({
      where: { userId: actor.userId, active: true, officeId: { not: officeId }, office: { status: { not: "REVOKED" } } },
      select: { id: true },
    });
    if (elsewhere) throw new AppError("INVALID_STATE", { message: "supervision:errors.memberOfOtherOffice" });
    // Separation of duties: the manager is never also the office's inspector or health specialist.
    const held = (await tx.officeMember.findMany({ where: { userId: actor.userId, officeId, active: true }, select: { role: true } })).map((m) => m.role);
    if (held.includes(invitation.role)) throw new AppError("INVALID_STATE", { message: "supervision:errors.alreadyMember" });
    if (incompatibleRoles(held, invitation.role)) throw new AppError("FORBIDDEN", { message: "supervision:errors.incompatibleRoles" });

    const member = await tx.officeMember.upsert({
      where: { officeId_userId_role: { officeId, userId: actor.userId, role: invitation.role } },
      create: { officeId, userId: actor.userId, role: invitation.role, qualificationNo: invitation.qualificationNo },
      update: { active: true, removedAt: null, qualificationNo: invitation.qualificationNo, verifiedAt: null, verifiedById: null },
      select: { id: true },
    });
    await close(tx, actor, invitation.id, "ACCEPTED", member.id);
    await recordAudit(tx, actor, {
      action: "offices.acceptInvitation",
      entityType: "OfficeInvitation",
      entityId: invitation.id,
      before: { status: "PENDING" },
      after: { status: "ACCEPTED", office: invitation.office.code, role: invitation.role, memberId: member.id },
    });
    // The inviter learns the answer.
    const inviter = await tx.user.findUnique({ where: { id: invitation.invitedById }, select: { mobile: true, preferredLocale: true } });
    if (inviter) {
      const t = createI18n(inviter.preferredLocale).t;
      await enqueueSms(tx, {
        to: inviter.mobile,
        template: "officeInvitationAccepted",
        params: { name: actor.nameAr, office: invitation.office.nameAr, role: t(`supervision:roles.${invitation.role}`) as string },
        locale: inviter.preferredLocale,
        dedupeKey: `office-invitation-accepted:${invitation.id}`,
      });
    }
    return { memberId: member.id, officeCode: invitation.office.code, officeActive: invitation.office.status === "ACTIVE" };
  },
});

export const declineOfficeInvitation = defineCommand({
  name: "offices.declineInvitation",
  permission: "offices.invitation.respond",
  schema: ZRespondInvitation,
  async run(tx, actor, input) {
    const invitation = await loadMine(tx, actor, input.invitationId);
    await close(tx, actor, invitation.id, "DECLINED");
    await recordAudit(tx, actor, {
      action: "offices.declineInvitation",
      entityType: "OfficeInvitation",
      entityId: invitation.id,
      before: { status: "PENDING" },
      after: { status: "DECLINED", office: invitation.office.code, role: invitation.role },
    });
    return { invitationId: invitation.id };
  },
});

/** The manager withdraws a pending invitation of their own office. */
export const revokeOfficeInvitation = defineCommand({
  name: "offices.revokeInvitation",
  permission: "offices.staff.manage",
  schema: ZRevokeInvitation,
  async run(tx, actor, input) {
    if (!actor.officeId) throw new AppError("FORBIDDEN");
    const invitation = await tx.officeInvitation.findFirst({
      where: { id: input.invitationId, officeId: actor.officeId },
      select: { id: true, status: true, role: true, office: { select: { code: true } } },
    });
    if (!invitation) throw new AppError("NOT_FOUND");
    if (invitation.status !== "PENDING") throw new AppError("INVALID_STATE", { message: "supervision:invitations.errors.answered" });
    await close(tx, actor, invitation.id, "REVOKED");
    await recordAudit(tx, actor, {
      action: "offices.revokeInvitation",
      entityType: "OfficeInvitation",
      entityId: invitation.id,
      before: { status: "PENDING" },
      after: { status: "REVOKED", office: invitation.office.code, role: invitation.role },
    });
    return { invitationId: invitation.id };
  },
});
