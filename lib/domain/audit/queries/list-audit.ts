import "server-only";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_AUDIT_PAGE_SIZE } from "@/lib/domain/audit/schemas";

export type AuditRowDTO = {
  /** BigInt in the database; a string here so it crosses the server/client boundary. */
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  municipalityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

export type AuditListFilters = {
  entityType?: string;
  action?: string;
  actorQuery?: string;
  /** Inclusive lower bound. */
  from?: Date;
  /** Exclusive upper bound (parseAuditFilters turns an inclusive day into the next day's start). */
  to?: Date;
  page: number;
  pageSize?: number;
};

export type AuditPage = { rows: AuditRowDTO[]; total: number; page: number; pageSize: number };

const MAX_PAGE_SIZE = 100;

/**
 * The audit log as this actor may see it. The scope is part of the `where`, never a filter
 * applied afterwards: Amanah-wide staff see their Amanahs' municipalities plus rows that belong
 * to no municipality (sign-ins, settings); municipality staff see only their municipalities.
 */
export async function listAudit(actor: Actor, filters: AuditListFilters): Promise<AuditPage> {
  if (!rolesAllow(actor.roles, "audit.read")) throw new AppError("FORBIDDEN");
  const page = Math.max(1, Math.trunc(filters.page) || 1);
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(filters.pageSize ?? DEFAULT_AUDIT_PAGE_SIZE)));

  const where: Prisma.AuditLogWhereInput = {
    AND: [
      await scopeWhere(actor),
      filters.entityType ? { entityType: filters.entityType } : {},
      filters.action ? { action: filters.action } : {},
      filters.actorQuery
        ? { OR: [{ actorLabel: { contains: filters.actorQuery, mode: "insensitive" } }, { actorId: filters.actorQuery }] }
        : {},
      filters.from || filters.to ? { at: { gte: filters.from, lt: filters.to } } : {},
    ],
  };

  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.auditLog.count({ where }),
  ]);

  return {
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      municipalityId: r.municipalityId,
      before: r.before,
      after: r.after,
      ip: r.ip,
    })),
    total,
    page,
    pageSize,
  };
}

async function scopeWhere(actor: Actor): Promise<Prisma.AuditLogWhereInput> {
  if (actor.municipalityIds !== null) return { municipalityId: { in: actor.municipalityIds } };
  // AuditLog has no relation to Municipality (it must outlive anything it mentions), so the
  // Amanah's municipalities are resolved first. An actor without an Amanah sees nothing.
  if (actor.amanahIds.length === 0) return { id: { in: [] } };
  return { OR: [{ municipalityId: null }, { municipalityId: { in: await visibleMunicipalityIds(db, actor) } }] };
}
