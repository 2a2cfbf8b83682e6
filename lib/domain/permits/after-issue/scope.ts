import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { municipalityScope } from "@/lib/auth/scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which permits an actor may see in the after-issue part (the rule is in the `where`):
 * the municipality's inspectors and signatories: permits of their municipalities; an engineering office's
 * manager or engineer: the permits their office supervises; a citizen: their own permits.
 * Null: none at all.
 */
export function afterIssueScope(actor: Actor): Prisma.PermitWhereInput | null {
  const or: Prisma.PermitWhereInput[] = [];
  if (actor.roles.includes("FIELD_INSPECTOR") || actor.roles.includes("PERMITS_SIGNATORY")) or.push({ municipality: municipalityScope(actor) });
  if (actor.officeId && (actor.roles.includes("OFFICE_MANAGER") || actor.roles.includes("OFFICE_ENGINEER"))) or.push({ officeId: actor.officeId });
  if (actor.roles.includes("CITIZEN")) or.push({ ownerId: actor.userId });
  return or.length ? { OR: or } : null;
}

/** The municipality's side only (inspectors, signatories): issuing certificates and clearances. */
export function municipalityPermitScope(actor: Actor): Prisma.PermitWhereInput | null {
  return actor.roles.includes("FIELD_INSPECTOR") || actor.roles.includes("PERMITS_SIGNATORY") ? { municipality: municipalityScope(actor) } : null;
}
