import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { normalizeLookup } from "@/lib/domain/violations/schemas";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { outOfScopeNotice, type OutOfScopeDTO } from "@/lib/auth/scope-notice";
import { PAGE_SIZE, pageOf, skipTake, toRows, violationRowSelect, type Paged, type ViolationRowDTO } from "@/lib/domain/violations/queries/dto";

/**
 * Staff look-up by violation number, the owner's national ID or the CR number, within the actor's
 * municipalities, newest first. Without a query: the latest violations of those municipalities.
 */
export async function lookupViolations(actor: Actor, opts: { q?: string; page?: number }): Promise<Paged<ViolationRowDTO> & { q: string }> {
  if (!rolesAllow(actor.roles, "violations.lookup")) throw new AppError("FORBIDDEN");
  const q = normalizeLookup(opts.q);
  const where: Prisma.ViolationWhereInput = { municipalityId: { in: await visibleMunicipalityIds(db, actor) } };
  if (q) where.OR = [{ number: q }, { establishment: { ownerNationalId: q } }, { establishment: { commercialRegNo: q } }];
  const page = pageOf(opts.page);
  const [rows, total] = await Promise.all([
    db.violation.findMany({ where, select: violationRowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...skipTake(page) }),
    db.violation.count({ where }),
  ]);
  return { rows: await toRows(db, rows), total, page, pageSize: PAGE_SIZE, q };
}

/** A violation number searched outside the officer's municipalities: «خارج نطاق بلدياتك», nothing of its content. */
export async function violationOutOfScope(actor: Actor, q: string): Promise<OutOfScopeDTO | null> {
  if (!rolesAllow(actor.roles, "violations.lookup")) throw new AppError("FORBIDDEN");
  return outOfScopeNotice(db, actor, normalizeLookup(q), async (n) => (await db.violation.findFirst({ where: { number: n }, select: { municipalityId: true } }))?.municipalityId ?? null);
}
