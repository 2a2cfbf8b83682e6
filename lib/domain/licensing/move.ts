import type { AnyActor } from "@/lib/auth/actor";
import { isSystemActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { applicationWorkflow, slaDueAt, type ApplicationEvent, type ApplicationState, type StepRole } from "@/lib/domain/licensing/workflow";
import { assertOfficeMayAct } from "@/lib/domain/offices/policies";
import { AppError } from "@/lib/errors";
import { createI18n } from "@/lib/i18n/instance";
import type { Lang } from "@/lib/i18n/settings";

/**
 * THE one way an application changes state. Every step — the citizen's submit, the office's
 * take/accept/return/reject, the inspection, the health review, the manager's approval, the payment —
 * calls moveApplication inside its command's transaction. It:
 *   1. asks the workflow (pure) whether `role` may take `event` now, and where it leads;
 *   2. updates the status WITH THE OLD STATUS IN THE WHERE (optimistic lock): of two concurrent steps
 *      on one application, exactly one moves it and the other gets CONFLICT;
 *   3. restarts the state's SLA clock, appends the history row (append-only table), writes the audit
 *      row, and texts the applicant the new status in their language.
 * `extra` lets the step set its own columns in the same UPDATE (rejectionReason, feeHalalas, billId …).
 */
export type MovableApplication = {
  id: string;
  number: string;
  status: ApplicationState;
  kind: "COMMERCIAL" | "HEALTH";
  municipalityId: string | null;
  applicantId: string;
};

export type MoveOptions = {
  event: ApplicationEvent;
  role: StepRole;
  note?: string | null;
  /** Columns to set together with the status (never status / stateEnteredAt / slaDueAt). */
  extra?: Record<string, unknown>;
  now?: Date;
  /** Skip the status SMS (when the step sends a more specific one itself, e.g. "license issued"). */
  silent?: boolean;
};

export async function moveApplication(tx: Tx, actor: AnyActor, app: MovableApplication, opts: MoveOptions): Promise<ApplicationState> {
  const result = applicationWorkflow.transition(app.status, opts.event, opts.role, { needsHealth: app.kind === "HEALTH" });
  if (!result.ok) {
    throw new AppError(result.reason === "WRONG_ROLE" ? "FORBIDDEN" : "INVALID_STATE", {
      message: result.reason === "WRONG_ROLE" ? "licensing:errors.wrongRole" : "licensing:errors.notAllowedNow",
    });
  }
  const now = opts.now ?? new Date();
  // Supervision rules (issue 6): verified health specialist for HEALTH applications, trained agents to accept.
  await assertOfficeMayAct(tx, actor, app, opts.event, opts.role, now);
  const to = result.to;
  const note = opts.note?.trim() ? opts.note.trim() : null;

  const moved = await tx.licenseApplication.updateMany({
    where: { id: app.id, status: app.status },
    data: {
      ...(opts.extra ?? {}),
      status: to,
      stateEnteredAt: now,
      slaDueAt: slaDueAt(to, now),
      slaBreachedAt: null,
      lastNote: note,
      ...(opts.event === "submit" ? { submittedAt: now } : {}),
      ...(opts.event === "return" || opts.event === "inspectFail" ? { returnCount: { increment: 1 } } : {}),
      ...(to === "REJECTED" || to === "AWAITING_PAYMENT" ? { decidedAt: now } : {}),
      ...(to === "ISSUED" ? { issuedAt: now } : {}),
    },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", { message: "licensing:errors.conflict" });

  await tx.applicationHistory.create({
    data: {
      applicationId: app.id,
      at: now,
      actorId: isSystemActor(actor) ? null : actor.userId,
      actorLabel: isSystemActor(actor) ? `system:${actor.system}` : actor.label,
      actorRole: opts.role,
      event: opts.event,
      fromStatus: app.status,
      toStatus: to,
      note,
    },
  });
  await recordAudit(tx, actor, {
    action: `licensing.${opts.event}`,
    entityType: "LicenseApplication",
    entityId: app.id,
    municipalityId: app.municipalityId,
    before: { status: app.status },
    after: { status: to, note },
  });

  if (!opts.silent && to !== "DRAFT") {
    const applicant = await tx.user.findUniqueOrThrow({ where: { id: app.applicantId }, select: { mobile: true, preferredLocale: true } });
    const locale = applicant.preferredLocale as Lang;
    const t = createI18n(locale).t;
    await enqueueSms(tx, {
      to: applicant.mobile,
      template: "applicationStatus",
      params: { number: app.number, status: t(`licensing:status.${to}`) as string },
      locale,
      dedupeKey: `application-status:${app.id}:${opts.event}:${now.getTime()}`,
    });
  }
  return to;
}
