import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The offices a committee member supervises: those of their Amanahs (the rule goes in every where). */
export function committeeOfficeScope(actor: Actor): Prisma.LicensingOfficeWhereInput {
  return { amanahId: { in: actor.amanahIds } };
}

/** Offices a staff actor may supervise: those of their Amanahs (and, for municipality-scoped staff, covering their municipalities). */
export function officeScope(actor: Actor): Prisma.LicensingOfficeWhereInput {
  const where: Prisma.LicensingOfficeWhereInput = { amanahId: { in: actor.amanahIds } };
  if (actor.municipalityIds !== null) where.coverage = { some: { municipalityId: { in: actor.municipalityIds } } };
  return where;
}
