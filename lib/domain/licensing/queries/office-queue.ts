import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { toLatinDigits } from "@/lib/kernel/digits";
import { OFFICE_HELD_STATES, slaState, statesHeldBy, type SlaState } from "@/lib/domain/licensing/office-actions";
import { APPLICATION_STATES, type ApplicationState } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const QUEUE_PAGE_SIZE = 20;
/** "office": every state the office holds (default); "mine": the states the actor's role holds; "all"; or one state. */
export const QUEUE_VIEWS = ["office", "mine", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number] | Exclude<ApplicationState, "DRAFT">;

export type QueueFilters = { view?: string; kind?: string; q?: string; page?: number };

export type QueueRowDTO = {
  id: string;
  number: string;
  kind: "COMMERCIAL" | "HEALTH";
  status: ApplicationState;
  tradeNameAr: string | null;
  tradeNameEn: string | null;
  commercialRegNo: string | null;
  activity: { nameAr: string; nameEn: string } | null;
  municipality: { nameAr: string; nameEn: string } | null;
  applicantName: string;
  submittedAt: Date | null;
  stateEnteredAt: Date;
  slaDueAt: Date | null;
  sla: SlaState | null;
  slaBreaches: number;
};

export type QueueResult = {
  rows: QueueRowDTO[];
  total: number;
  page: number;
  pageSize: number;
  filters: { view: QueueView; kind: "COMMERCIAL" | "HEALTH" | ""; q: string };
};

export function parseQueueFilters(f: QueueFilters): QueueResult["filters"] & { page: number } {
  const states = APPLICATION_STATES.filter((s) => s !== "DRAFT") as string[];
  const view = (QUEUE_VIEWS as readonly string[]).includes(f.view ?? "") || states.includes(f.view ?? "") ? (f.view as QueueView) : "office";
  const kind = f.kind === "COMMERCIAL" || f.kind === "HEALTH" ? f.kind : "";
  const q = toLatinDigits(f.q ?? "").trim().slice(0, 60);
  return { view, kind, q, page: Math.max(1, Math.trunc(Number(f.page)) || 1) };
}

/**
 * The office's queue: ONLY applications assigned to the actor's office (the office is in the where),
 * never drafts; filtered by view/kind, searched by number, CR number or trade name; the oldest SLA
 * first (overdue on top), then the longest waiting.
 */
export async function officeQueue(actor: Actor, filters: QueueFilters, now: Date = new Date()): Promise<QueueResult> {
  if (!rolesAllow(actor.roles, "licensing.office.queue") || !actor.officeId) throw new AppError("FORBIDDEN");
  const f = parseQueueFilters(filters);
  const statuses: ApplicationState[] =
    f.view === "office" ? OFFICE_HELD_STATES : f.view === "mine" ? statesHeldBy(actor.roles) : f.view === "all" ? APPLICATION_STATES.filter((s) => s !== "DRAFT") : [f.view];

  const where: Prisma.LicenseApplicationWhereInput = { officeId: actor.officeId, status: { in: statuses } };
  if (f.kind) where.kind = f.kind;
  if (f.q) {
    where.OR = [
      { number: f.q.toUpperCase() },
      { commercialRegNo: f.q },
      { tradeNameAr: { contains: f.q, mode: "insensitive" } },
      { tradeNameEn: { contains: f.q, mode: "insensitive" } },
    ];
  }
  const [rows, total] = await Promise.all([
    db.licenseApplication.findMany({
      where,
      orderBy: [{ slaDueAt: { sort: "asc", nulls: "last" } }, { stateEnteredAt: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        kind: true,
        status: true,
        tradeNameAr: true,
        tradeNameEn: true,
        commercialRegNo: true,
        submittedAt: true,
        stateEnteredAt: true,
        slaDueAt: true,
        slaBreaches: true,
        activity: { select: { nameAr: true, nameEn: true } },
        municipality: { select: { nameAr: true, nameEn: true } },
        applicant: { select: { nameAr: true } },
      },
    }),
    db.licenseApplication.count({ where }),
  ]);
  return {
    rows: rows.map(({ applicant, ...r }) => ({ ...r, status: r.status as ApplicationState, applicantName: applicant.nameAr, sla: slaState(r.status as ApplicationState, r.slaDueAt, now) })),
    total,
    page: f.page,
    pageSize: QUEUE_PAGE_SIZE,
    filters: { view: f.view, kind: f.kind, q: f.q },
  };
}

/** How many of the office's applications wait in each state, and how many of them are overdue (the dashboard's figures). */
export async function officeQueueCounts(actor: Actor, now: Date = new Date()): Promise<{ byStatus: Partial<Record<ApplicationState, number>>; overdue: number; mine: number }> {
  if (!rolesAllow(actor.roles, "licensing.office.queue") || !actor.officeId) throw new AppError("FORBIDDEN");
  const [groups, overdue] = await Promise.all([
    db.licenseApplication.groupBy({ by: ["status"], where: { officeId: actor.officeId, status: { not: "DRAFT" } }, _count: { _all: true } }),
    db.licenseApplication.count({ where: { officeId: actor.officeId, status: { in: OFFICE_HELD_STATES }, slaDueAt: { lte: now } } }),
  ]);
  const byStatus = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<ApplicationState, number>>;
  const mine = statesHeldBy(actor.roles).reduce((n, s) => n + (byStatus[s] ?? 0), 0);
  return { byStatus, overdue, mine };
}
