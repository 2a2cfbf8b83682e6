import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { complaintContext, complaintWorkflow, type ComplaintState, type ComplaintWorkflowEvent } from "@/lib/domain/complaints/workflow";

/**
 * Shared steps of the complaints officer's commands: load the complaint WITHIN the officer's
 * municipalities (someone else's is simply not found), ask the workflow for the transition, and move
 * the status with the old status in the `where` (optimistic lock: two officers acting at once → one
 * CONFLICT, never two transitions).
 */
export type ScopedComplaint = {
  id: string;
  reference: string;
  status: ComplaintState;
  categoryId: string;
  departmentId: string;
  municipalityId: string;
  assigneeId: string | null;
  duplicateOfId: string | null;
  slaDueAt: Date;
  resolvedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
  createdAt: Date;
  department: { amanahId: string };
};

export async function loadScopedComplaint(tx: Tx, actor: Actor, complaintId: string): Promise<ScopedComplaint> {
  const scope = await visibleMunicipalityIds(tx, actor);
  const c = await tx.complaint.findFirst({
    where: { id: complaintId, municipalityId: { in: scope } },
    select: {
      id: true,
      reference: true,
      status: true,
      categoryId: true,
      departmentId: true,
      municipalityId: true,
      assigneeId: true,
      duplicateOfId: true,
      slaDueAt: true,
      resolvedAt: true,
      latitude: true,
      longitude: true,
      createdAt: true,
      department: { select: { amanahId: true } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}

/** The state after the officer's `event` (asked of the workflow), or INVALID_STATE with the page's message. */
export function transition(actor: Actor, c: { status: ComplaintState; resolvedAt: Date | null }, event: ComplaintWorkflowEvent, now: Date = new Date()): ComplaintState {
  const r = complaintWorkflow.transition(c.status, event, actor.roles, complaintContext(c, now));
  if (r.ok) return r.to;
  if (r.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
  throw new AppError("INVALID_STATE", { message: `complaintsStaff:errors.notAllowed.${event}` });
}

/** Moves the complaint with its current status (and scope) in the where; CONFLICT when someone else moved it first. */
export async function moveComplaint(
  tx: Tx,
  c: ScopedComplaint,
  data: Parameters<Tx["complaint"]["updateMany"]>[0]["data"],
  event: ComplaintWorkflowEvent,
): Promise<void> {
  const allowed = complaintWorkflow.fromStates(event);
  if (!allowed.includes(c.status)) throw new AppError("INVALID_STATE", { message: `complaintsStaff:errors.notAllowed.${event}` });
  const moved = await tx.complaint.updateMany({ where: { id: c.id, status: c.status, municipalityId: c.municipalityId, departmentId: c.departmentId }, data });
  if (moved.count !== 1) throw new AppError("CONFLICT");
}
