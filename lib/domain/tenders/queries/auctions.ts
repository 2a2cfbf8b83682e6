import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isTenderActivity } from "@/lib/domain/tenders/activities";
import { AUCTION_PREFIX, parsePrefixedNumber } from "@/lib/domain/tenders/numbers";
import { auctionCtx, auctionWorkflow, STAFF_STEPS, TENDER_STATES, type StaffStep, type TenderState } from "@/lib/domain/tenders/workflow";
import { PAGE_SIZE, type Paged, type TenderFilters } from "@/lib/domain/tenders/queries/tenders";

export type AuctionDTO = {
  id: string;
  number: string;
  titleAr: string;
  titleEn: string;
  siteAr: string;
  siteEn: string;
  latitude: number;
  longitude: number;
  areaM2: number;
  activity: string;
  status: TenderState;
  openingPriceHalalas: number;
  sessionAt: Date;
  winnerName: string | null;
  winningBidHalalas: number | null;
  resultNote: string | null;
  municipality: { nameAr: string; nameEn: string };
};

const select = {
  id: true,
  number: true,
  titleAr: true,
  titleEn: true,
  siteAr: true,
  siteEn: true,
  latitude: true,
  longitude: true,
  areaM2: true,
  activity: true,
  status: true,
  openingPriceHalalas: true,
  sessionAt: true,
  winnerName: true,
  winningBidHalalas: true,
  resultNote: true,
  municipality: { select: { nameAr: true, nameEn: true } },
} as const;

function auctionWhere(f: Omit<TenderFilters, "page">): Prisma.AuctionWhereInput {
  const where: Prisma.AuctionWhereInput = {};
  if (f.activity && isTenderActivity(f.activity)) where.activity = f.activity;
  if (f.status && (TENDER_STATES as readonly string[]).includes(f.status)) where.status = f.status as TenderState;
  const q = (f.q ?? "").trim().slice(0, 100);
  if (q) {
    const number = parsePrefixedNumber(AUCTION_PREFIX, q);
    where.OR = number ? [{ number }] : [{ titleAr: { contains: q, mode: "insensitive" } }, { titleEn: { contains: q, mode: "insensitive" } }, { siteAr: { contains: q, mode: "insensitive" } }];
  }
  return where;
}

/** Public: auctions of municipal sites, newest first, filtered and paginated. */
export async function listAuctions(f: TenderFilters): Promise<Paged<AuctionDTO>> {
  const where = auctionWhere(f);
  const [rows, total] = await Promise.all([
    db.auction.findMany({ where, select, orderBy: [{ createdAt: "desc" }, { number: "desc" }], skip: (f.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auction.count({ where }),
  ]);
  return { rows, total, page: f.page, pageSize: PAGE_SIZE };
}

export async function getAuction(number: string): Promise<AuctionDTO | null> {
  const n = parsePrefixedNumber(AUCTION_PREFIX, number);
  if (!n) return null;
  return db.auction.findUnique({ where: { number: n }, select });
}

export type StaffAuctionDTO = AuctionDTO & { municipalityId: string; steps: StaffStep[]; canEdit: boolean; canAward: boolean };

export async function getAuctionForStaff(actor: Actor, number: string, now: Date = new Date()): Promise<StaffAuctionDTO | null> {
  const n = parsePrefixedNumber(AUCTION_PREFIX, number);
  if (!n) return null;
  const ids = await visibleMunicipalityIds(db, actor);
  const a = await db.auction.findFirst({ where: { number: n, municipalityId: { in: ids } }, select: { ...select, municipalityId: true } });
  if (!a) return null;
  const available = auctionWorkflow.availableEvents(a.status, actor.roles, auctionCtx(a, now));
  return { ...a, steps: STAFF_STEPS.filter((s) => s !== "award" && (available as string[]).includes(s)), canEdit: available.includes("edit"), canAward: available.includes("award") };
}

/** The officer's list: every tender and auction of their scope, newest first (paginated each). */
export async function staffOverview(actor: Actor, page: number) {
  const ids = await visibleMunicipalityIds(db, actor);
  const [tenders, tenderTotal, auctions] = await Promise.all([
    db.tender.findMany({ where: { municipalityId: { in: ids } }, select: { number: true, titleAr: true, titleEn: true, status: true, offersDeadline: true, activity: true, _count: { select: { purchases: true } } }, orderBy: { createdAt: "desc" }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.tender.count({ where: { municipalityId: { in: ids } } }),
    db.auction.findMany({ where: { municipalityId: { in: ids } }, select: { number: true, titleAr: true, titleEn: true, status: true, sessionAt: true, activity: true }, orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  return { tenders: { rows: tenders.map(({ _count, ...t }) => ({ ...t, purchases: _count.purchases })), total: tenderTotal, page, pageSize: PAGE_SIZE }, auctions };
}
