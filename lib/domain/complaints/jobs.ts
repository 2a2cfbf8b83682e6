import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { appendEvent } from "@/lib/domain/complaints/timeline";
import { complaintContext, complaintWorkflow, escalationLevelAt, REOPEN_WINDOW_DAYS } from "@/lib/domain/complaints/workflow";

/**
 * Jobs of the complaints area (run by the worker, lib/jobs/run-jobs.ts):
 * - SLA: an open complaint past its SLA is flagged overdue (overdueAt) and escalated ONCE PER LEVEL —
 *   level 1 past the SLA, to the department's supervisors for its municipality; level 2 past twice the
 *   SLA, to the complaints officers who cover its municipality. Each level: an internal ESCALATED
 *   event, an audit row and one SMS per person (dedupe key per complaint, level and SLA clock).
 * - Closing: a complaint resolved more than REOPEN_WINDOW_DAYS ago (not rated-then-reopened) is CLOSED.
 * One short transaction per complaint; the level (or status) is in the UPDATE's where, so two workers
 * never escalate the same level twice.
 */
const SYSTEM = { system: "jobs:complaints-sla" } as const;
const BATCH = 200;

async function recipientsFor(tx: Tx, level: 1 | 2, c: { departmentId: string; municipalityId: string; amanahId: string }) {
  if (level === 1) {
    return tx.user.findMany({
      where: { active: true, departments: { some: { departmentId: c.departmentId, isSupervisor: true, active: true, OR: [{ municipalityId: null }, { municipalityId: c.municipalityId }] } } },
      select: { id: true, mobile: true, preferredLocale: true },
    });
  }
  return tx.user.findMany({
    where: {
      active: true,
      staffAssignments: { some: { role: "COMPLAINTS_OFFICER", amanahId: c.amanahId, OR: [{ municipalityId: null }, { municipalityId: c.municipalityId }] } },
    },
    select: { id: true, mobile: true, preferredLocale: true },
  });
}

export async function escalateOverdueComplaints(now: Date = new Date()): Promise<{ escalated: number }> {
  let escalated = 0;
  let cursor: string | undefined;
  for (;;) {
    const due = await db.complaint.findMany({
      where: { status: { in: complaintWorkflow.fromStates("escalate") }, slaDueAt: { lt: now }, escalationLevel: { lt: 2 }, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const { id } of due) {
      escalated += await db.$transaction(async (tx) => {
        const c = await tx.complaint.findUnique({
          where: { id },
          select: { id: true, reference: true, status: true, slaDueAt: true, overdueAt: true, escalationLevel: true, departmentId: true, municipalityId: true, category: { select: { slaHours: true } }, municipality: { select: { amanahId: true } } },
        });
        if (!c || !complaintWorkflow.can(c.status, "escalate", "SYSTEM", { reopenWindowOpen: false })) return 0;
        const target = escalationLevelAt(c.slaDueAt, c.category.slaHours, now);
        if (target <= c.escalationLevel) return 0;
        const claimed = await tx.complaint.updateMany({
          where: { id: c.id, escalationLevel: c.escalationLevel, status: c.status },
          data: { escalationLevel: target, overdueAt: c.overdueAt ?? now },
        });
        if (claimed.count !== 1) return 0;
        let levels = 0;
        for (let level = (c.escalationLevel + 1) as 1 | 2; level <= target; level = (level + 1) as 1 | 2) {
          const people = await recipientsFor(tx, level, { departmentId: c.departmentId, municipalityId: c.municipalityId, amanahId: c.municipality.amanahId });
          await appendEvent(tx, SYSTEM, c, { kind: "ESCALATED", public: false, data: { level, slaDueAt: c.slaDueAt.toISOString(), notified: people.map((p) => p.id) } });
          await recordAudit(tx, SYSTEM, { action: "complaints.escalate", entityType: "Complaint", entityId: c.id, municipalityId: c.municipalityId, before: { escalationLevel: level - 1 }, after: { escalationLevel: level } });
          for (const p of people) {
            await enqueueSms(tx, {
              to: p.mobile,
              template: "complaintEscalated",
              params: { reference: c.reference, level },
              locale: p.preferredLocale,
              dedupeKey: `complaint-escalated:${c.id}:${c.slaDueAt.getTime()}:${level}:${p.id}`,
            });
          }
          levels++;
        }
        return levels;
      });
    }
    if (due.length < BATCH) return { escalated };
    cursor = due[due.length - 1]!.id;
  }
}

export async function closeResolvedComplaints(now: Date = new Date()): Promise<{ closed: number }> {
  const before = new Date(now.getTime() - REOPEN_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  let closed = 0;
  for (;;) {
    const rows = await db.complaint.findMany({ where: { status: { in: complaintWorkflow.fromStates("close") }, resolvedAt: { lt: before } }, select: { id: true, status: true, resolvedAt: true, municipalityId: true }, take: BATCH });
    for (const r of rows) {
      closed += await db.$transaction(async (tx) => {
        const step = complaintWorkflow.transition(r.status, "close", "SYSTEM", complaintContext(r, now));
        if (!step.ok) return 0;
        const done = await tx.complaint.updateMany({ where: { id: r.id, status: r.status, resolvedAt: { lt: before } }, data: { status: step.to, closedAt: now } });
        if (done.count !== 1) return 0;
        await appendEvent(tx, SYSTEM, r, { kind: "CLOSED", public: true });
        await recordAudit(tx, SYSTEM, { action: "complaints.close", entityType: "Complaint", entityId: r.id, municipalityId: r.municipalityId, before: { status: r.status }, after: { status: step.to } });
        return 1;
      });
    }
    if (rows.length < BATCH) return { closed };
  }
}

export async function runComplaintJobs(now: Date = new Date()): Promise<Record<string, number>> {
  const { escalated } = await escalateOverdueComplaints(now);
  const { closed } = await closeResolvedComplaints(now);
  return { escalated, closed };
}
