import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows, supervisedOfficeId } from "@/lib/auth/office-block";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { PenaltyKindCode, PenaltyTriggerCode } from "@/lib/domain/offices/clause-set";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { PAGE_SIZE, pageOf } from "@/lib/domain/offices/paging";
import { officeScope } from "@/lib/domain/offices/scope";
import { appealWorkflow, penaltyWorkflow, type AppealEvent, type AppealState, type PenaltyEvent, type PenaltyState } from "@/lib/domain/offices/workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Penalties and appeals, scoped in the where: the committee (offices of its Amanahs), the office manager
 * (their office, also while suspended). Each DTO carries the events the actor may take (workflow.ts).
 */
export type PenaltyDTO = {
  id: string;
  number: string;
  office: { code: string; nameAr: string; nameEn: string; status: string };
  kind: PenaltyKindCode;
  trigger: PenaltyTriggerCode;
  status: PenaltyState;
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
  appeal: { id: string; status: AppealState; reason: string; filedAt: Date; decisionNote: string | null; availableEvents: AppealEvent[] } | null;
  /** What the actor may do with the penalty now (workflow.ts): the page offers exactly these. */
  availableEvents: PenaltyEvent[];
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

async function toDTOs(actor: Actor, rows: PenaltyRow[], now = new Date()): Promise<PenaltyDTO[]> {
  const roles = supervisionRoles(actor);
  const billIds = rows.map((r) => r.billId).filter((x): x is string => !!x);
  const bills = billIds.length ? await db.bill.findMany({ where: { id: { in: billIds } }, select: { id: true, number: true, status: true, totalHalalas: true } }) : [];
  const byId = new Map(bills.map((b) => [b.id, b]));
  return rows.map(({ billId, ...r }) => {
    const b = billId ? byId.get(billId) : undefined;
    const status = r.status as PenaltyState;
    const appeal = r.appeal ? { ...r.appeal, status: r.appeal.status as AppealState, availableEvents: appealWorkflow.availableEvents(r.appeal.status as AppealState, roles, undefined) } : null;
    return {
      ...r,
      status,
      kind: r.kind as PenaltyKindCode,
      trigger: r.trigger as PenaltyTriggerCode,
      bill: b ? { number: b.number, status: b.status, totalHalalas: b.totalHalalas } : null,
      appeal,
      // Lifting follows the decision on an appeal; it is never offered on its own.
      availableEvents: penaltyWorkflow.availableEvents(status, roles, { now, appealUntil: r.appealUntil, appealed: !!r.appeal }).filter((e) => e !== "lift"),
    };
  });
}

export type CommitteeTab = "proposed" | "appeals" | "decided";

/** The committee's penalties page: proposals awaiting a decision, pending appeals, or past decisions. */
export async function committeePenalties(actor: Actor, opts: { tab?: string; page?: number }) {
  if (!rolesAllow(actor.roles, "offices.committee")) throw new AppError("FORBIDDEN");
  const tab: CommitteeTab = opts.tab === "appeals" || opts.tab === "decided" ? opts.tab : "proposed";
  const p = pageOf(opts.page);
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
  return { tab, rows: await toDTOs(actor, rows), total, page: p, pageSize: PAGE_SIZE, counts: { proposed: counts[0], appeals: counts[1] } };
}

export type ComplianceDTO = {
  office: { code: string; nameAr: string; nameEn: string; status: string; suspendedUntil: Date | null };
  penalties: PenaltyDTO[];
};

/** The office manager's compliance page: their office's decided penalties (also while suspended or revoked). */
export async function officeCompliance(actor: Actor): Promise<ComplianceDTO> {
  const officeId = supervisedOfficeId(actor);
  if (!actorAllows(actor, "offices.compliance") || !officeId) throw new AppError("FORBIDDEN");
  const [office, rows] = await Promise.all([
    db.licensingOffice.findUniqueOrThrow({ where: { id: officeId }, select: { code: true, nameAr: true, nameEn: true, status: true, suspendedUntil: true } }),
    db.officePenalty.findMany({ where: { officeId, status: { in: ["CONFIRMED", "LIFTED"] } }, select: penaltySelect, orderBy: [{ decidedAt: "desc" }, { id: "asc" }], take: 100 }),
  ]);
  return { office, penalties: await toDTOs(actor, rows) };
}

