import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { PAGE_SIZE, pageOf } from "@/lib/domain/offices/paging";
import { officeScope } from "@/lib/domain/offices/scope";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Spot checks, scoped in the where: the committee (offices of its Amanahs), the field inspector (checks assigned to them). */
/** For the committee's sampling form and list: the offices they supervise, the inspectors, the latest checks. */
export async function committeeSpotChecks(actor: Actor, opts: { page?: number }) {
  if (!rolesAllow(actor.roles, "offices.committee")) throw new AppError("FORBIDDEN");
  const p = pageOf(opts.page);
  const where: Prisma.SpotCheckWhereInput = { office: officeScope(actor) };
  const [offices, inspectors, rows, total] = await Promise.all([
    db.licensingOffice.findMany({ where: { ...officeScope(actor), status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { id: true, code: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.user.findMany({ where: { active: true, staffAssignments: { some: { role: "FIELD_INSPECTOR", amanahId: { in: actor.amanahIds } } } }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { nameAr: "asc" } }),
    db.spotCheck.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (p - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, status: true, createdAt: true, checkedAt: true, findingNote: true, inspectorId: true, office: { select: { code: true, nameAr: true, nameEn: true } }, license: { select: { number: true, tradeNameAr: true } }, penalty: { select: { number: true, kind: true } } },
    }),
    db.spotCheck.count({ where }),
  ]);
  const names = new Map(inspectors.map((i) => [i.id, i]));
  return {
    offices,
    inspectors,
    rows: rows.map(({ inspectorId, ...r }) => ({ ...r, inspector: inspectorId ? (names.get(inspectorId) ?? null) : null })),
    total,
    page: p,
    pageSize: PAGE_SIZE,
  };
}

const checkSelect = {
  id: true,
  status: true,
  createdAt: true,
  checkedAt: true,
  findingNote: true,
  office: { select: { code: true, nameAr: true, nameEn: true } },
  penalty: { select: { number: true, kind: true } },
  license: {
    select: {
      number: true,
      tradeNameAr: true,
      issuedAt: true,
      holderName: true,
      municipality: { select: { nameAr: true, nameEn: true } },
      activity: { select: { nameAr: true, nameEn: true } },
      establishment: { select: { addressAr: true, latitude: true, longitude: true } },
    },
  },
} as const satisfies Prisma.SpotCheckSelect;

/** The field inspector's spot-check tasks: only those assigned to them, pending first. */
export async function inspectorSpotChecks(actor: Actor, opts: { page?: number }) {
  if (!rolesAllow(actor.roles, "offices.spotcheck.inspect")) throw new AppError("FORBIDDEN");
  const p = pageOf(opts.page);
  const where: Prisma.SpotCheckWhereInput = { inspectorId: actor.userId };
  const [rows, total] = await Promise.all([
    db.spotCheck.findMany({ where, select: checkSelect, orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }], skip: (p - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.spotCheck.count({ where }),
  ]);
  return { rows, total, page: p, pageSize: PAGE_SIZE };
}

/** One spot check, for the inspector it is assigned to (anyone else: not found). */
export async function inspectorSpotCheck(actor: Actor, id: string) {
  if (!rolesAllow(actor.roles, "offices.spotcheck.inspect")) throw new AppError("FORBIDDEN");
  const row = await db.spotCheck.findFirst({ where: { id, inspectorId: actor.userId }, select: checkSelect });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

