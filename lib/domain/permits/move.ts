import type { AnyActor } from "@/lib/auth/actor";
import { isSystemActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms, type SmsTemplate } from "@/lib/domain/notifications/outbox";
import { permitWorkflow, type PermitContext, type PermitEvent, type PermitRole, type PermitState } from "@/lib/domain/permits/workflow";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";

/**
 * THE one way a permit changes. Every step (the office's submit/resubmit, a department's accept/transfer/return/
 * reject, the payment, the signatory's issue, the owner's withdraw/reassign) calls movePermit inside its command's
 * transaction. It:
 *   1. asks the workflow (pure) whether `role` may take `event` now, and where it leads;
 *   2. updates the permit WITH ITS VERSION IN THE WHERE (optimistic lock) and bumps the version: of two concurrent
 *      steps on one permit (two departments, two reviewers, a reviewer and the owner), exactly one wins, the other
 *      gets CONFLICT ("permits:errors.conflict");
 *   3. appends the timeline row (PermitHistory, append-only) and the audit row.
 * SMS are the caller's (each step says something specific), through `textOwner` below.
 */
export type MovablePermit = { id: string; number: string; status: PermitState; version: number; municipalityId: string };

export type PermitMove = {
  event: PermitEvent;
  role: PermitRole;
  ctx?: Partial<PermitContext>;
  note?: string | null;
  /** The department the step happened in (for the timeline). */
  departmentId?: string | null;
  /** Columns set in the same UPDATE (never status/version). */
  data?: Record<string, unknown>;
  now?: Date;
  /** The role label on the timeline when it differs from `role` (OFFICE_ENGINEER …). */
  actorRole?: string;
};

export async function movePermit(tx: Tx, actor: AnyActor, permit: MovablePermit, move: PermitMove): Promise<PermitState> {
  const ctx: PermitContext = { routeComplete: false, officeSuspended: false, ...move.ctx };
  const result = permitWorkflow.transition(permit.status, move.event, move.role, ctx);
  if (!result.ok) {
    throw new AppError(result.reason === "WRONG_ROLE" ? "FORBIDDEN" : "INVALID_STATE", {
      message: result.reason === "WRONG_ROLE" ? "permits:errors.wrongRole" : "permits:errors.notAllowedNow",
    });
  }
  const now = move.now ?? new Date();
  const to = result.to;
  const note = move.note?.trim() ? move.note.trim() : null;
  const moved = await tx.permit.updateMany({
    where: { id: permit.id, version: permit.version, status: permit.status },
    data: {
      ...(move.data ?? {}),
      status: to,
      version: { increment: 1 },
      ...(to !== permit.status ? { stateEnteredAt: now } : {}),
      lastNote: note,
    },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
  await tx.permitHistory.create({
    data: {
      permitId: permit.id,
      at: now,
      actorId: isSystemActor(actor) ? null : actor.userId,
      actorLabel: isSystemActor(actor) ? `system:${actor.system}` : actor.label,
      actorRole: move.actorRole ?? move.role,
      event: move.event,
      fromStatus: permit.status,
      toStatus: to,
      departmentId: move.departmentId ?? null,
      note,
    },
  });
  await recordAudit(tx, actor, {
    action: `permits.${move.event}`,
    entityType: "Permit",
    entityId: permit.id,
    municipalityId: permit.municipalityId,
    before: { status: permit.status, version: permit.version },
    after: { status: to, version: permit.version + 1, note, departmentId: move.departmentId ?? null, ...(move.data ? { data: Object.keys(move.data) } : {}) },
  });
  return to;
}

/** Texts the permit's owner in their language (dedupe per permit, template and moment). */
export async function textOwner(tx: Tx, permit: { id: string; ownerId: string }, template: SmsTemplate, params: (lang: Lang) => Record<string, string>, at: Date): Promise<void> {
  const owner = await tx.user.findUniqueOrThrow({ where: { id: permit.ownerId }, select: { mobile: true, preferredLocale: true } });
  const locale = owner.preferredLocale as Lang;
  await enqueueSms(tx, { to: owner.mobile, template, locale, params: params(locale), dedupeKey: `permit:${permit.id}:${template}:${at.getTime()}` });
}
