import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isTenderActivity, type TenderActivity } from "@/lib/domain/tenders/activities";
import { parsePrefixedNumber, TENDER_PREFIX } from "@/lib/domain/tenders/numbers";
import { STAFF_STEPS, tenderCtx, tenderWorkflow, TENDER_STATES, type StaffStep, type TenderState } from "@/lib/domain/tenders/workflow";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };
export const PAGE_SIZE = 10;

export type TenderFilters = { q?: string; activity?: string; status?: string; page: number };

export type TenderRowDTO = {
  id: string;
  number: string;
  titleAr: string;
  titleEn: string;
  activity: TenderActivity | string;
  status: TenderState;
  bookletPriceHalalas: number;
  offersDeadline: Date;
  municipality: { nameAr: string; nameEn: string };
};

const rowSelect = {
  id: true,
  number: true,
  titleAr: true,
  titleEn: true,
  activity: true,
  status: true,
  bookletPriceHalalas: true,
  offersDeadline: true,
  municipality: { select: { nameAr: true, nameEn: true } },
} as const;

/** Filters as typed in the URL, checked: an unknown activity or status is ignored, a number is normalised. */
export function tenderWhere(f: Omit<TenderFilters, "page">): Prisma.TenderWhereInput {
  const where: Prisma.TenderWhereInput = {};
  if (f.activity && isTenderActivity(f.activity)) where.activity = f.activity;
  if (f.status && (TENDER_STATES as readonly string[]).includes(f.status)) where.status = f.status as TenderState;
  const q = (f.q ?? "").trim().slice(0, 100);
  if (q) {
    const number = parsePrefixedNumber(TENDER_PREFIX, q);
    where.OR = number ? [{ number }] : [{ titleAr: { contains: q, mode: "insensitive" } }, { titleEn: { contains: q, mode: "insensitive" } }];
  }
  return where;
}

/** Public: every tender (tenders are public by law), newest first, filtered and paginated. */
export async function listTenders(f: TenderFilters): Promise<Paged<TenderRowDTO>> {
  const where = tenderWhere(f);
  const [rows, total] = await Promise.all([
    db.tender.findMany({ where, select: rowSelect, orderBy: [{ createdAt: "desc" }, { number: "desc" }], skip: (f.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.tender.count({ where }),
  ]);
  return { rows, total, page: f.page, pageSize: PAGE_SIZE };
}

export type TenderDetailDTO = TenderRowDTO & {
  descriptionAr: string;
  descriptionEn: string;
  questionsUntil: Date;
  openingAt: Date;
  awardedTo: string | null;
  awardedCrNumber: string | null;
  awardHalalas: number | null;
  resultNote: string | null;
  awardedAt: Date | null;
  cancelledAt: Date | null;
  purchasesCount: number;
  /** What this person may do, from the workflow (pages never restate the rules). */
  canBuy: boolean;
  /** The booklet is on sale now (to any citizen): a guest is offered to sign in. */
  onSale: boolean;
  /** A citizen's own purchase of this booklet (bill and whether paid). */
  myPurchase: { billNumber: string; billStatus: string; paid: boolean; bookletFileId: string | null; crNumber: string | null } | null;
  /** The establishments the citizen may buy for (their own). */
  myEstablishments: { crNumber: string; tradeNameAr: string; tradeNameEn: string | null }[];
};

/** Public detail by number; a signed-in citizen also gets their purchase and what they may do. */
export async function getTender(number: string, actor: Actor | null, now: Date = new Date()): Promise<TenderDetailDTO | null> {
  const n = parsePrefixedNumber(TENDER_PREFIX, number);
  if (!n) return null;
  const t = await db.tender.findUnique({
    where: { number: n },
    select: { ...rowSelect, descriptionAr: true, descriptionEn: true, questionsUntil: true, openingAt: true, awardedTo: true, awardedCrNumber: true, awardHalalas: true, resultNote: true, awardedAt: true, cancelledAt: true, _count: { select: { purchases: true } }, booklet: { select: { id: true }, take: 1, orderBy: { createdAt: "desc" } } },
  });
  if (!t) return null;
  const { _count, booklet, ...rest } = t;
  const roles = actor?.roles ?? [];
  let myPurchase: TenderDetailDTO["myPurchase"] = null;
  let myEstablishments: TenderDetailDTO["myEstablishments"] = [];
  if (actor && rolesAllow(actor.roles, "tenders.buyBooklet")) {
    const p = await db.tenderBookletPurchase.findUnique({ where: { tenderId_buyerUserId: { tenderId: t.id, buyerUserId: actor.userId } }, select: { billId: true, paidAt: true, buyerCrNumber: true } });
    if (p) {
      const bill = await db.bill.findUnique({ where: { id: p.billId }, select: { number: true, status: true } });
      myPurchase = { billNumber: bill?.number ?? "", billStatus: bill?.status ?? "UNPAID", paid: !!p.paidAt, bookletFileId: p.paidAt ? (booklet[0]?.id ?? null) : null, crNumber: p.buyerCrNumber };
    }
    const nationalId = await actorNationalIdOrNull(db, actor);
    if (nationalId) {
      myEstablishments = (await db.establishment.findMany({ where: { ownerNationalId: nationalId }, select: { commercialRegNo: true, tradeNameAr: true, tradeNameEn: true }, orderBy: { commercialRegNo: "asc" }, take: 20 })).map((e) => ({ crNumber: e.commercialRegNo, tradeNameAr: e.tradeNameAr, tradeNameEn: e.tradeNameEn }));
    }
  }
  return {
    ...rest,
    purchasesCount: _count.purchases,
    canBuy: !myPurchase && tenderWorkflow.can(t.status, "buyBooklet", roles, tenderCtx(t, now)),
    onSale: tenderWorkflow.can(t.status, "buyBooklet", ["CITIZEN"], tenderCtx(t, now)),
    myPurchase,
    myEstablishments,
  };
}

export type StaffTenderDTO = TenderDetailDTO & {
  municipalityId: string;
  bookletFile: { id: string; originalName: string } | null;
  /** The steps this officer may take now (workflow), and whether the edit form is offered. */
  steps: StaffStep[];
  canEdit: boolean;
  canAward: boolean;
  purchases: { buyerName: string; crNumber: string | null; billNumber: string; paid: boolean; createdAt: Date }[];
};

/** The staff view of one tender (every tender of the officer's Amanah). */
export async function getTenderForStaff(actor: Actor, number: string, now: Date = new Date()): Promise<StaffTenderDTO | null> {
  const base = await getTender(number, null, now);
  if (!base) return null;
  const ids = await visibleMunicipalityIds(db, actor);
  const t = await db.tender.findFirst({
    where: { id: base.id, municipalityId: { in: ids } },
    select: { municipalityId: true, booklet: { select: { id: true, originalName: true }, take: 1, orderBy: { createdAt: "desc" } }, purchases: { select: { buyerName: true, buyerCrNumber: true, billId: true, paidAt: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!t) return null;
  const bills = await db.bill.findMany({ where: { id: { in: t.purchases.map((p) => p.billId) } }, select: { id: true, number: true } });
  const ctx = tenderCtx(base, now);
  const available = tenderWorkflow.availableEvents(base.status, actor.roles, ctx);
  return {
    ...base,
    municipalityId: t.municipalityId,
    bookletFile: t.booklet[0] ?? null,
    steps: STAFF_STEPS.filter((s) => s !== "award" && available.includes(s)),
    canEdit: available.includes("edit"),
    canAward: available.includes("award"),
    purchases: t.purchases.map((p) => ({ buyerName: p.buyerName, crNumber: p.buyerCrNumber, billNumber: bills.find((b) => b.id === p.billId)?.number ?? "", paid: !!p.paidAt, createdAt: p.createdAt })),
  };
}

/** The municipalities an officer publishes for (their scope, with a biller code: booklets are billed). */
export async function publishingMunicipalities(actor: Actor): Promise<{ id: string; nameAr: string; nameEn: string }[]> {
  const ids = await visibleMunicipalityIds(db, actor);
  return db.municipality.findMany({ where: { id: { in: ids }, billerCode: { not: null } }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } });
}

export type MyBookletDTO = { tenderNumber: string; titleAr: string; titleEn: string; status: TenderState; billNumber: string; paid: boolean; crNumber: string | null };

/** The booklets a citizen bought, and the activities they follow. */
export async function myTenders(actor: Actor): Promise<{ booklets: MyBookletDTO[]; subscriptions: string[] }> {
  const purchases = await db.tenderBookletPurchase.findMany({ where: { buyerUserId: actor.userId }, select: { billId: true, paidAt: true, buyerCrNumber: true, tender: { select: { number: true, titleAr: true, titleEn: true, status: true } } }, orderBy: { createdAt: "desc" }, take: 100 });
  const bills = await db.bill.findMany({ where: { id: { in: purchases.map((p) => p.billId) } }, select: { id: true, number: true } });
  const subs = await db.activitySubscription.findMany({ where: { userId: actor.userId }, select: { activity: true } });
  return {
    booklets: purchases.map((p) => ({ tenderNumber: p.tender.number, titleAr: p.tender.titleAr, titleEn: p.tender.titleEn, status: p.tender.status, billNumber: bills.find((b) => b.id === p.billId)?.number ?? "", paid: !!p.paidAt, crNumber: p.buyerCrNumber })),
    subscriptions: subs.map((s) => s.activity),
  };
}
