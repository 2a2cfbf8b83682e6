import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Who may see and act on a permit — the scope is always IN THE WHERE, so someone else's permit is simply not
 * found (NOT_FOUND, the same answer as an id that does not exist):
 * - the owner: ownerId;
 * - the engineering office: officeId = the actor's (ACTIVE) office;
 * - a reviewer: a member of the department that holds the permit now, in its municipality;
 * - the signatory: a permit of a municipality they are assigned to.
 */
export const PERMIT_CORE_SELECT = {
  id: true,
  number: true,
  status: true,
  version: true,
  municipalityId: true,
  ownerId: true,
  officeId: true,
  kindId: true,
  currentDepartmentId: true,
  feeHalalas: true,
  billId: true,
  landAreaM2: true,
  builtUpAreaM2: true,
  ownerNationalId: true,
  ownerName: true,
  /** The owner's cancellation request waiting for the signatory (the workflow's `cancelRequested`). */
  cancelRequestedAt: true,
} as const;

export async function loadOfficePermit(tx: Tx, actor: Actor, permitId: string) {
  if (!actor.officeId) throw new AppError("NOT_FOUND");
  const p = await tx.permit.findFirst({ where: { id: permitId, officeId: actor.officeId }, select: PERMIT_CORE_SELECT });
  if (!p) throw new AppError("NOT_FOUND");
  return p;
}

export async function loadOwnPermit(tx: Tx, actor: Actor, permitId: string) {
  const p = await tx.permit.findFirst({ where: { id: permitId, ownerId: actor.userId }, select: PERMIT_CORE_SELECT });
  if (!p) throw new AppError("NOT_FOUND");
  return p;
}

/** The actor's permit departments (active memberships), with the municipality each covers (null = all). */
export async function reviewerMemberships(tx: Tx, actor: Actor) {
  return tx.departmentMember.findMany({
    where: { userId: actor.userId, active: true, department: { active: true, permitSlaDays: { not: null } } },
    select: { departmentId: true, municipalityId: true },
  });
}

/** The permit a reviewer decides: in review, held by one of the reviewer's departments, in its municipality. */
export async function loadReviewPermit(tx: Tx, actor: Actor, permitId: string) {
  const memberships = await reviewerMemberships(tx, actor);
  if (memberships.length === 0) throw new AppError("NOT_FOUND");
  const p = await tx.permit.findFirst({
    where: {
      id: permitId,
      OR: memberships.map((m) => ({ currentDepartmentId: m.departmentId, ...(m.municipalityId ? { municipalityId: m.municipalityId } : {}) })),
    },
    select: PERMIT_CORE_SELECT,
  });
  if (!p) throw new AppError("NOT_FOUND");
  return p;
}

/** The signatory's scope: the municipalities of their PERMITS_SIGNATORY assignment (actor.municipalityIds). */
export function signatoryScope(actor: Actor) {
  return actor.municipalityIds === null ? {} : { municipalityId: { in: actor.municipalityIds } };
}
