import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The offices a committee member supervises: those of their Amanahs (the rule goes in every where). */
export function committeeOfficeScope(actor: Actor): Prisma.LicensingOfficeWhereInput {
  return { amanahId: { in: actor.amanahIds } };
}
