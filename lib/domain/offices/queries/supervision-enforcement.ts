import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows, supervisedOfficeId } from "@/lib/auth/office-block";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { eligibleOffices, type EligibleOffice } from "@/lib/domain/licensing/office-assignment";
import type { PenaltyKindCode, PenaltyTriggerCode } from "@/lib/domain/offices/clause-set";
import { RATEABLE_STATES } from "@/lib/domain/offices/commands/citizen";
import { officeScope } from "@/lib/domain/offices/penalties";
import { computeScorecards, lastDays, type Scorecard } from "@/lib/domain/offices/scorecard";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The read side of office enforcement, every query scoped to the actor in its `where`:
 * committee (offices of their Amanahs), field inspector (checks assigned to them), office manager
 * (their office, also while suspended), citizen (their own applications).
 */
export const PAGE_SIZE = 20;
const page = (p: number | undefined) => Math.max(1, Math.trunc(Number(p)) || 1);

export type PenaltyDTO = {
  id: string;
  number: string;
  office: { code: string; nameAr: string; nameEn: string; status: string };
  kind: PenaltyKindCode;
  trigger: PenaltyTriggerCode;
  status: "PROPOSED" | "CONFIRMED" | "DISMISSED" | "LIFTED";
  reason: string;
  clause: { code: string; titleAr: string; titleEn: string } | null;
  fineHalalas: number | null;
  suspensionDays: number | null;
  startsAt: Date | null;
  endsAt: Date | null;
  proposedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  appealUntil: Date | null;
  bill: { number: string; status: string; totalHalalas: number } | null;
  appeal: { id: string; status: "PENDING" | "ACCEPTED" | "REJECTED"; reason: string; filedAt: Date; decisionNote: string | null } | null;
};

const penaltySelect = {
  id: true,
  number: true,
  kind: true,
  trigger: true,
  status: true,
  reason: true,
  fineHalalas: true,
  suspensionDays: true,
  startsAt: true,
  endsAt: true,
  proposedAt: true,
  decidedAt: true,
  decisionNote: true,
  appealUntil: true,
  billId: true,
  office: { select: { code: true, nameAr: true, nameEn: true, status: true } },
  clause: { select: { code: true, titleAr: true, titleEn: true } },
  appeal: { select: { id: true, status: true, reason: true, filedAt: true, decisionNote: true } },
} as const satisfies Prisma.OfficePenaltySelect;

type PenaltyRow = Prisma.OfficePenaltyGetPayload<{ select: typeof penaltySelect }>;

async function toDTOs(rows: PenaltyRow[]): Promise<PenaltyDTO[]> {
  const billIds = rows.map((r) => r.billId).filter((x): x is string => !!x);
  const bills = billIds.length ? await db.bill.findMany({ where: { id: { in: billIds } }, select: { id: true, number: true, status: true, totalHalalas: true } }) : [];
  const byId = new Map(bills.map((b) => [b.id, b]));
  return rows.map(({ billId, ...r }) => {
    const b = billId ? byId.get(billId) : undefined;
    return {
      ...r,
      kind: r.kind as PenaltyKindCode,
      trigger: r.trigger as PenaltyTriggerCode,
      bill: b ? { number: b.number, status: b.status, totalHalalas: b.totalHalalas } : null,
    };
  });
}

export type CommitteeTab = "proposed" | "appeals" | "decided";

/** The committee's penalties page: proposals awaiting a decision, pending appeals, or past decisions. */
export async function committeePenalties(actor: Actor, opts: { tab?: string; page?: number }) {
  if (!rolesAllow(actor.roles, "offices.committee")) throw new AppError("FORBIDDEN");
  const tab: CommitteeTab = opts.tab === "appeals" || opts.tab === "decided" ? opts.tab : "proposed";
  const p = page(opts.page);
  const where: Prisma.OfficePenaltyWhereInput = { office: officeScope(actor) };
  if (tab === "proposed") where.status = "PROPOSED";
  else if (tab === "appeals") where.appeal = { status: "PENDING" };
  else where.status = { not: "PROPOSED" };
  const [rows, total, counts] = await Promise.all([
    db.officePenalty.findMany({ where, select: penaltySelect, orderBy: tab === "decided" ? [{ decidedAt: "desc" }, { id: "asc" }] : [{ proposedAt: "asc" }, { id: "asc" }], skip: (p - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.officePenalty.count({ where }),
    Promise.all([
      db.officePenalty.count({ where: { office: officeScope(actor), status: "PROPOSED" } }),
      db.penaltyAppeal.count({ where: { status: "PENDING", penalty: { office: officeScope(actor) } } }),
    ]),
  ]);
  return { tab, rows: await toDTOs(rows), total, page: p, pageSize: PAGE_SIZE, counts: { proposed: counts[0], appeals: counts[1] } };
}

export type ComplianceDTO = {
  office: { code: string; nameAr: string; nameEn: string; status: string; suspendedUntil: Date | null };
  penalties: PenaltyDTO[];
  canAppeal: boolean;
};

/** The office manager's compliance page: their office's decided penalties (also while suspended or revoked). */
export async function officeCompliance(actor: Actor): Promise<ComplianceDTO> {
  const officeId = supervisedOfficeId(actor);
  if (!actorAllows(actor, "offices.compliance") || !officeId) throw new AppError("FORBIDDEN");
  const [office, rows] = await Promise.all([
    db.licensingOffice.findUniqueOrThrow({ where: { id: officeId }, select: { code: true, nameAr: true, nameEn: true, status: true, suspendedUntil: true } }),
    db.officePenalty.findMany({ where: { officeId, status: { in: ["CONFIRMED", "LIFTED"] } }, select: penaltySelect, orderBy: [{ decidedAt: "desc" }, { id: "asc" }], take: 100 }),
  ]);
  return { office, penalties: await toDTOs(rows), canAppeal: actorAllows(actor, "offices.appeal") };
}

/** For the committee's sampling form and list: the offices they supervise, the inspectors, the latest checks. */
export async function committeeSpotChecks(actor: Actor, opts: { page?: number }) {
  if (!rolesAllow(actor.roles, "offices.committee")) throw new AppError("FORBIDDEN");
  const p = page(opts.page);
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
  const p = page(opts.page);
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

/** Scorecards of the offices a staff actor supervises. */
export async function staffScorecards(actor: Actor, days: number): Promise<Scorecard[]> {
  if (!rolesAllow(actor.roles, "offices.scorecards")) throw new AppError("FORBIDDEN");
  const offices = await db.licensingOffice.findMany({ where: { ...officeScope(actor), status: { in: ["ACTIVE", "SUSPENDED", "REVOKED"] } }, select: { id: true } });
  return computeScorecards(db, offices.map((o) => o.id), lastDays(days));
}

export type CitizenOfficePanel = {
  office: { code: string; nameAr: string; nameEn: string; status: string } | null;
  reassign: { offices: EligibleOffice[] } | null;
  rating: { canRate: boolean; given: number | null };
};

/**
 * What the citizen's application page shows about the office: the reassignment offer (the office is
 * suspended and the application was offered) with the eligible offices, and the rating form or the
 * rating given. Only the applicant's own application (applicantId in the where).
 */
export async function citizenOfficePanel(actor: Actor, applicationId: string): Promise<CitizenOfficePanel | null> {
  if (!rolesAllow(actor.roles, "licensing.mine")) return null;
  const app = await db.licenseApplication.findFirst({
    where: { id: applicationId, applicantId: actor.userId },
    select: { status: true, kind: true, municipalityId: true, reassignOfferedAt: true, office: { select: { id: true, code: true, nameAr: true, nameEn: true, status: true } }, rating: { select: { rating: true } } },
  });
  if (!app) return null;
  const suspended = !!app.office && (app.office.status === "SUSPENDED" || app.office.status === "REVOKED");
  const reassign =
    suspended && app.reassignOfferedAt && app.municipalityId && rolesAllow(actor.roles, "licensing.reassign")
      ? { offices: (await eligibleOffices(db, app.municipalityId, app.kind === "HEALTH")).filter((o) => o.id !== app.office!.id) }
      : null;
  const canRate = !!app.office && !app.rating && RATEABLE_STATES.includes(app.status as ApplicationState) && rolesAllow(actor.roles, "licensing.rate");
  const { id: _id, ...office } = app.office ?? { id: "" };
  return { office: app.office ? (office as CitizenOfficePanel["office"]) : null, reassign, rating: { canRate, given: app.rating?.rating ?? null } };
}
