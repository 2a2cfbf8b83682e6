import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadOwnPermit } from "@/lib/domain/permits/access";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { findEngineeringOfficeForParcel } from "@/lib/domain/permits/offices";
import { ZPermitStep, ZReassignPermit, ZRequestPermitCancel } from "@/lib/domain/permits/schemas";
import { AppError } from "@/lib/errors";

/** The owner withdraws a permit that is not decided yet (DRAFT, IN_REVIEW, RETURNED). */
export const withdrawPermit = defineCommand({
  name: "permits.withdraw",
  permission: "permits.mine",
  schema: ZPermitStep,
  async run(tx, actor, input) {
    const p = await loadOwnPermit(tx, actor, input.permitId);
    if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
    await tx.permitReviewStep.updateMany({ where: { permitId: p.id, decision: null }, data: { decision: "CLOSED", decidedAt: new Date(), decidedById: actor.userId } });
    await movePermit(tx, actor, p, { event: "withdraw", role: "OWNER", actorRole: "CITIZEN", data: { currentDepartmentId: null, slaDueAt: null } });
    return { permitId: p.id };
  },
});

/**
 * The office's accreditation is suspended (or revoked): its open permits are offered to their owners, who move
 * one to another ACTIVE engineering office (by its license number): a new authorization for the same parcel,
 * the permit follows it; a permit in review stays with the department that holds it.
 */
export const reassignPermit = defineCommand({
  name: "permits.reassign",
  permission: "permits.reassign",
  schema: ZReassignPermit,
  async run(tx, actor, input) {
    const p = await loadOwnPermit(tx, actor, input.permitId);
    if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
    const current = await tx.licensingOffice.findUniqueOrThrow({ where: { id: p.officeId }, select: { status: true } });
    const permit = await tx.permit.findUniqueOrThrow({ where: { id: p.id }, select: { authorization: { select: { districtId: true, deedNo: true, planNo: true, parcelNo: true, municipalityId: true } } } });
    const office = await findEngineeringOfficeForParcel(tx, input.officeLicenseNo, p.municipalityId);
    if (office.id === p.officeId) throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.sameOffice" } });
    const a = permit.authorization;
    const auth = await tx.permitAuthorization.create({
      data: { ownerId: actor.userId, ownerNationalId: p.ownerNationalId, officeId: office.id, municipalityId: a.municipalityId, districtId: a.districtId, deedNo: a.deedNo, planNo: a.planNo, parcelNo: a.parcelNo },
      select: { id: true },
    });
    await movePermit(tx, actor, p, {
      event: "reassign",
      role: "OWNER",
      actorRole: "CITIZEN",
      ctx: { officeSuspended: current.status === "SUSPENDED" || current.status === "REVOKED" },
      data: { officeId: office.id, authorizationId: auth.id, engineerMemberId: null, reassignOfferedAt: null },
    });
    await recordAudit(tx, actor, { action: "permits.reassign.office", entityType: "Permit", entityId: p.id, municipalityId: p.municipalityId, before: { officeId: p.officeId }, after: { officeId: office.id, authorizationId: auth.id } });
    return { permitId: p.id };
  },
});

/**
 * The owner asks, online, for their issued permit to be cancelled (the project is abandoned, the parcel sold …).
 * The permit stays ISSUED and valid until the signatory of its municipality answers: cancel (ground OWNER_REQUEST)
 * or declineCancel (lib/domain/permits/commands/cancel.ts). One request waits at a time. Decision 051.
 */
export const requestPermitCancellation = defineCommand({
  name: "permits.requestCancel",
  permission: "permits.mine",
  schema: ZRequestPermitCancel,
  async run(tx, actor, input) {
    const p = await loadOwnPermit(tx, actor, input.permitId);
    if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
    const now = new Date();
    const reason = input.reason.trim();
    await movePermit(tx, actor, p, {
      event: "requestCancel",
      role: "OWNER",
      actorRole: "CITIZEN",
      ctx: { cancelRequested: p.cancelRequestedAt !== null },
      note: reason,
      now,
      data: { cancelRequestedAt: now, cancelRequestReason: reason },
    });
    await textOwner(tx, p, "permitCancelRequested", () => ({ number: p.number }), now);
    return { permitId: p.id };
  },
});
