import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { delegationWindowProblem } from "@/lib/domain/signatures/rules";
import { ZDelegate, ZRevokeDelegation } from "@/lib/domain/signatures/schemas";
import { AppError } from "@/lib/errors";
import { riyadhDaySpan } from "@/lib/kernel/riyadh-days";


/**
 * The holder of a position names a deputy who signs in the position's capacity from the start of `startsOn`
 * to the end of `endsOn` (Riyadh days, at most 90 days). An administrator may do it for the current holder
 * (the holder is away). The delegate must be an active staff member; no delegation to oneself.
 */
export const delegatePosition = defineCommand({
  name: "signatures.delegate",
  permission: "signatures.delegate",
  schema: ZDelegate,
  async run(tx, actor, input) {
    const now = new Date();
    const holder = await tx.signingPositionHolder.findFirst({
      where: { positionId: input.positionId, since: { lte: now }, OR: [{ until: null }, { until: { gt: now } }] },
      select: { userId: true, position: { select: { id: true, code: true, municipalityId: true } } },
    });
    if (!holder) throw new AppError("NOT_FOUND", { message: "signatures:errors.positionNotFound" });
    if (holder.userId !== actor.userId && !actor.roles.includes("ADMIN")) throw new AppError("FORBIDDEN", { message: "signatures:errors.notHolder" });
    const delegate = await tx.user.findFirst({ where: { username: input.delegateUsername, active: true, staffAssignments: { some: {} } }, select: { id: true, username: true } });
    if (!delegate) throw new AppError("VALIDATION", { fieldErrors: { delegateUsername: "signatures:errors.delegateUnknown" } });
    if (delegate.id === holder.userId) throw new AppError("VALIDATION", { fieldErrors: { delegateUsername: "signatures:errors.delegateSelf" } });
    const { start: startsAt, end: endsAt } = riyadhDaySpan(input.startsOn, input.endsOn);
    const problem = delegationWindowProblem(startsAt, endsAt, now);
    if (problem) throw new AppError("VALIDATION", { fieldErrors: { endsOn: `signatures:errors.window.${problem}` } });
    const row = await tx.signingDelegation.create({
      data: { positionId: holder.position.id, delegatorId: holder.userId, delegateId: delegate.id, startsAt, endsAt, reason: input.reason, createdById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "signatures.delegate",
      entityType: "SigningDelegation",
      entityId: row.id,
      municipalityId: holder.position.municipalityId,
      after: { position: holder.position.code, delegatorId: holder.userId, delegate: delegate.username, startsAt, endsAt, reason: input.reason },
    });
    return { id: row.id };
  },
});

/** The delegator (or an administrator) ends a delegation early; signatures already made stay valid. */
export const revokeDelegation = defineCommand({
  name: "signatures.revokeDelegation",
  permission: "signatures.delegate",
  schema: ZRevokeDelegation,
  async run(tx, actor, input) {
    const d = await tx.signingDelegation.findUnique({ where: { id: input.delegationId }, select: { id: true, delegatorId: true, revokedAt: true, position: { select: { municipalityId: true } } } });
    if (!d || (d.delegatorId !== actor.userId && !actor.roles.includes("ADMIN"))) throw new AppError("NOT_FOUND");
    const now = new Date();
    const moved = await tx.signingDelegation.updateMany({ where: { id: d.id, revokedAt: null }, data: { revokedAt: now } });
    if (moved.count !== 1) throw new AppError("INVALID_STATE", { message: "signatures:errors.delegationRevoked" });
    await recordAudit(tx, actor, { action: "signatures.delegation.revoke", entityType: "SigningDelegation", entityId: d.id, municipalityId: d.position.municipalityId, after: { revokedAt: now } });
    return { id: d.id };
  },
});
