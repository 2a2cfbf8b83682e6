import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { appendEvent, type TimelineActor } from "@/lib/domain/complaints/timeline";
import { complaintContext, complaintWorkflow, slaDueAt, type ComplaintState } from "@/lib/domain/complaints/workflow";

/** Who rates or reopens: their workflow role, the where that proves the complaint is theirs, and how the logs name them. */
export type Owner = { role: "CITIZEN" | "GUEST"; where: Prisma.ComplaintWhereInput; auditActor: AnyActor; timelineActor: TimelineActor; ip: string | null };

async function loadOwn(tx: Tx, owner: Owner, reference: string) {
  // The owner's proof is IN the where: someone else's reference answers exactly like an unknown one.
  const complaint = await tx.complaint.findFirst({
    where: { AND: [owner.where, { reference }] },
    select: { id: true, reference: true, status: true, resolvedAt: true, rating: true, municipalityId: true, departmentId: true, assigneeId: true, reopenCount: true, category: { select: { slaHours: true } } },
  });
  if (!complaint) throw new AppError("NOT_FOUND");
  return complaint;
}

/** Asks the workflow: not resolved (or no longer) → notResolved; resolved but past the window → windowClosed. */
function allowedStep(owner: Owner, c: { status: string; resolvedAt: Date | null }, event: "rate" | "reopen", now: Date): ComplaintState {
  const status = c.status as ComplaintState;
  if (!complaintWorkflow.fromStates(event).includes(status)) throw new AppError("INVALID_STATE", { message: "complaints:errors.notResolved" });
  const r = complaintWorkflow.transition(status, event, owner.role, complaintContext(c, now));
  if (!r.ok) throw new AppError("INVALID_STATE", { message: "complaints:errors.windowClosed" });
  return r.to;
}

/** Rates the handling (1–5, optional comment) once, while resolved and within 7 days of the resolution. */
export async function rateComplaint(tx: Tx, owner: Owner, input: { reference: string; rating: number; comment: string }, now = new Date()) {
  const c = await loadOwn(tx, owner, input.reference);
  allowedStep(owner, c, "rate", now);
  if (c.rating !== null) throw new AppError("CONFLICT", { message: "complaints:errors.alreadyRated" });
  const updated = await tx.complaint.updateMany({
    where: { id: c.id, status: c.status, rating: null },
    data: { rating: input.rating, ratingComment: input.comment || null, ratedAt: now },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", { message: "complaints:errors.alreadyRated" });
  await appendEvent(tx, owner.timelineActor, c, { kind: "RATED", public: true, body: input.comment || null, data: { rating: input.rating } });
  await recordAudit(tx, owner.auditActor, { action: "complaints.rate", entityType: "Complaint", entityId: c.id, municipalityId: c.municipalityId, after: { rating: input.rating }, ip: owner.ip });
  return { reference: c.reference, rating: input.rating };
}

/**
 * Reopens a resolved complaint (within 7 days) with a reason: back to IN_PROGRESS in the same department,
 * a fresh SLA clock and escalation level, and an SMS to the employee it was assigned to — or, when
 * nobody was, to the department's supervisors for that municipality.
 */
export async function reopenComplaint(tx: Tx, owner: Owner, input: { reference: string; reason: string }, now = new Date()) {
  const c = await loadOwn(tx, owner, input.reference);
  const to = allowedStep(owner, c, "reopen", now);
  const updated = await tx.complaint.updateMany({
    where: { id: c.id, status: c.status, resolvedAt: c.resolvedAt },
    data: {
      status: to,
      resolvedAt: null,
      reopenCount: { increment: 1 },
      slaDueAt: slaDueAt(now, c.category.slaHours),
      overdueAt: null,
      escalationLevel: 0,
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT");
  await appendEvent(tx, owner.timelineActor, c, { kind: "REOPENED", public: true, body: input.reason, data: { reopenCount: c.reopenCount + 1 } });
  await recordAudit(tx, owner.auditActor, {
    action: "complaints.reopen",
    entityType: "Complaint",
    entityId: c.id,
    municipalityId: c.municipalityId,
    before: { status: c.status },
    after: { status: to, reopenCount: c.reopenCount + 1 },
    ip: owner.ip,
  });

  const staff = c.assigneeId
    ? await tx.user.findMany({ where: { id: c.assigneeId, active: true }, select: { id: true, mobile: true, preferredLocale: true } })
    : await tx.user.findMany({
        where: {
          active: true,
          departments: { some: { departmentId: c.departmentId, isSupervisor: true, active: true, OR: [{ municipalityId: null }, { municipalityId: c.municipalityId }] } },
        },
        select: { id: true, mobile: true, preferredLocale: true },
      });
  for (const u of staff) {
    await enqueueSms(tx, {
      to: u.mobile,
      template: "complaintReopened",
      params: { reference: c.reference },
      locale: u.preferredLocale,
      dedupeKey: `complaint-reopened:${c.id}:${c.reopenCount + 1}:${u.id}`,
    });
  }
  return { reference: c.reference, status: to };
}
