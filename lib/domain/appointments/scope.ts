import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The branches a counter clerk (or administrator) works for: those of their Amanahs; with an assignment
 * limited to municipalities, only those municipalities' branches. Commands and queries put it in the where.
 */
export function branchScope(actor: Actor): Prisma.BranchWhereInput {
  if (actor.municipalityIds === null) return { amanahId: { in: actor.amanahIds } };
  return { amanahId: { in: actor.amanahIds }, municipalityId: { in: actor.municipalityIds } };
}
