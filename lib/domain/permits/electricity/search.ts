import "server-only";
import type { DbOrTx, Tx } from "@/lib/db";
import { createLimiter } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { criteriaOf, rangeInstants, type PermitSearch } from "./search-criteria";
import { SEARCHES_PER_MINUTE_DOC } from "./limits";

/**
 * The electricity company's permit search, shared by its web pages (command search-permits.ts) and the agency
 * API v1 (GET /api/v1/permits). Only issued permits (issuedAt set); the date range covers BUILDING permits.
 * The result carries only what a connection needs — never the owner's mobile, national ID or documents.
 * Every search is purpose-bound and written to PermitAccessLog (who, when, criteria, the permits returned) in
 * the caller's transaction, and rate limited per organization and person.
 */
export type SearchingOrganization = {
  channel: "WEB" | "API";
  actorId: string | null;
  actorLabel: string;
  code: string;
  nameAr: string;
  nameEn: string;
};

export type CertificateState = { status: "VALID" | "CANCELLED" | "NONE"; number: string | null; issuedAt: string | null };

export type UtilityPermit = {
  number: string;
  kind: { code: string; category: string; nameAr: string; nameEn: string };
  status: string;
  planNo: string;
  parcelNo: string;
  district: { nameAr: string; nameEn: string };
  municipality: { nameAr: string; nameEn: string };
  ownerName: string;
  issuedAt: string | null;
  insulation: CertificateState;
  completion: CertificateState;
  connection: { number: string; status: "REQUESTED" | "ISSUED" | "REFUSED" | "CANCELLED"; clearanceNo: string | null; requestedAt: string; decidedAt: string | null } | null;
};

export type UtilitySearchResult = { page: number; pageSize: number; total: number; permits: UtilityPermit[] };

/** Searches per minute per person (web) or per organization (API). */
export const SEARCHES_PER_MINUTE = SEARCHES_PER_MINUTE_DOC;
const limiter = createLimiter("permit_search", SEARCHES_PER_MINUTE, 60);

export async function consumeSearchQuota(key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof Error) throw e; // a store failure, not a refusal
    throw new AppError("RATE_LIMITED", { message: "permitsAfterIssue:search.errors.rateLimited" });
  }
}

/** The building kinds (data): resolved first so the date-range search uses the issuedAt index alone. */
async function buildingKindIds(db: DbOrTx): Promise<string[]> {
  const rows = await db.permitKind.findMany({ where: { category: "BUILDING" }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function searchWhere(db: DbOrTx, s: PermitSearch): Promise<Prisma.PermitWhereInput> {
  const where: Prisma.PermitWhereInput = { issuedAt: { not: null } };
  if (s.issuedFrom && s.issuedTo) {
    where.issuedAt = rangeInstants(s.issuedFrom, s.issuedTo);
    where.kindId = { in: await buildingKindIds(db) };
  }
  if (s.districtId && s.planNo) {
    where.districtId = s.districtId;
    where.planNo = s.planNo;
  }
  if (s.nationalId) where.ownerNationalId = s.nationalId;
  if (s.number) where.number = s.number;
  return where;
}

const cert = (certs: { type: string; number: string; issuedAt: Date; cancelledAt: Date | null }[], type: string): CertificateState => {
  const mine = certs.filter((c) => c.type === type).sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime());
  const valid = mine.find((c) => c.cancelledAt === null);
  const shown = valid ?? mine[0];
  if (!shown) return { status: "NONE", number: null, issuedAt: null };
  return { status: valid ? "VALID" : "CANCELLED", number: shown.number, issuedAt: shown.issuedAt.toISOString() };
};

/** The order of every search (newest issue first; id breaks ties): the issuedAt index serves it. */
export const SEARCH_ORDER = [{ issuedAt: "desc" as const }, { id: "desc" as const }];

export async function searchPermits(tx: Tx, org: SearchingOrganization, s: PermitSearch): Promise<UtilitySearchResult> {
  const where = await searchWhere(tx, s);
  const [total, rows] = await Promise.all([
    tx.permit.count({ where }),
    tx.permit.findMany({
      where,
      orderBy: SEARCH_ORDER,
      skip: (s.page - 1) * s.pageSize,
      take: s.pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        planNo: true,
        parcelNo: true,
        ownerName: true,
        issuedAt: true,
        kind: { select: { code: true, category: true, nameAr: true, nameEn: true } },
        district: { select: { nameAr: true, nameEn: true } },
        municipality: { select: { nameAr: true, nameEn: true } },
        certificates: { select: { type: true, number: true, issuedAt: true, cancelledAt: true } },
        connections: { orderBy: { requestedAt: "desc" }, take: 1, select: { number: true, status: true, clearanceNo: true, requestedAt: true, decidedAt: true } },
      },
    }),
  ]);
  await tx.permitAccessLog.create({
    data: {
      channel: org.channel,
      actorId: org.actorId,
      actorLabel: org.actorLabel,
      organization: org.code,
      organizationAr: org.nameAr,
      organizationEn: org.nameEn,
      purpose: s.purpose,
      criteria: { ...criteriaOf(s), page: s.page, pageSize: s.pageSize },
      permitIds: rows.map((r) => r.id),
      resultCount: total,
    },
  });
  return {
    page: s.page,
    pageSize: s.pageSize,
    total,
    permits: rows.map((r) => {
      const c = r.connections[0];
      return {
        number: r.number,
        kind: r.kind,
        status: r.status,
        planNo: r.planNo,
        parcelNo: r.parcelNo,
        district: r.district,
        municipality: r.municipality,
        ownerName: r.ownerName,
        issuedAt: r.issuedAt?.toISOString() ?? null,
        insulation: cert(r.certificates, "INSULATION"),
        completion: cert(r.certificates, "COMPLETION"),
        connection: c ? { number: c.number, status: c.status, clearanceNo: c.clearanceNo, requestedAt: c.requestedAt.toISOString(), decidedAt: c.decidedAt?.toISOString() ?? null } : null,
      };
    }),
  };
}

/** The utility company a signed-in employee works for (active membership of an active company), or null. */
export async function companyOfUser(db: DbOrTx, userId: string) {
  const m = await db.utilityCompanyMember.findFirst({ where: { userId, active: true, company: { active: true } }, select: { company: { select: { id: true, code: true, nameAr: true, nameEn: true } } } });
  return m?.company ?? null;
}
