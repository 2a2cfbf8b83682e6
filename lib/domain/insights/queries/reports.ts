import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db as defaultDb, type DbOrTx } from "@/lib/db";
import type { ReportData, ReportPeriod } from "@/lib/domain/insights/reports";
import type { Name } from "@/lib/domain/insights/types";
import { AppError } from "@/lib/errors";

export type ReportListItem = { id: string; period: ReportPeriod; scope: Name; from: string; to: string; createdAt: Date };
export type ReportDto = ReportListItem & { data: ReportData };

const day = (d: Date) => d.toISOString().slice(0, 10);

async function scopeNames(db: DbOrTx, rows: { amanahId: string; municipalityId: string | null }[]): Promise<Map<string, Name>> {
  const [amanahs, municipalities] = await Promise.all([
    db.amanah.findMany({ where: { id: { in: rows.map((r) => r.amanahId) } }, select: { id: true, nameAr: true, nameEn: true } }),
    db.municipality.findMany({ where: { id: { in: rows.flatMap((r) => (r.municipalityId ? [r.municipalityId] : [])) } }, select: { id: true, nameAr: true, nameEn: true } }),
  ]);
  return new Map([...amanahs, ...municipalities].map((x) => [x.id, { nameAr: x.nameAr, nameEn: x.nameEn }]));
}

/** May the actor read a report of this scope? Amanah reports need an Amanah-wide assignment. */
async function inScope(db: DbOrTx, actor: Actor, r: { amanahId: string; municipalityId: string | null }): Promise<boolean> {
  if (!actor.amanahIds.includes(r.amanahId)) return false;
  if (r.municipalityId === null) return actor.municipalityIds === null;
  return (await visibleMunicipalityIds(db, actor)).includes(r.municipalityId);
}

/** The reports of the actor's subscriptions (newest first) and the subscriptions themselves. */
export async function listMyReports(actor: Actor, db: DbOrTx = defaultDb): Promise<{ reports: ReportListItem[]; subscriptions: { period: ReportPeriod; scope: Name }[] }> {
  if (!rolesAllow(actor.roles, "insights.reports")) throw new AppError("FORBIDDEN");
  const subs = (await db.insightSubscription.findMany({ where: { userId: actor.userId }, orderBy: [{ scopeKey: "asc" }, { period: "asc" }] })).filter((s) => actor.amanahIds.includes(s.amanahId));
  const allowed = [];
  for (const s of subs) if (await inScope(db, actor, s)) allowed.push(s);
  const rows = allowed.length
    ? await db.insightReport.findMany({
        where: { OR: allowed.map((s) => ({ period: s.period, scopeKey: s.scopeKey })) },
        select: { id: true, period: true, amanahId: true, municipalityId: true, periodStart: true, periodEnd: true, createdAt: true },
        orderBy: [{ periodStart: "desc" }, { scopeKey: "asc" }],
        take: 100,
      })
    : [];
  const names = await scopeNames(db, [...rows, ...allowed]);
  const nameOf = (r: { amanahId: string; municipalityId: string | null }) => names.get(r.municipalityId ?? r.amanahId) ?? { nameAr: "—", nameEn: "—" };
  return {
    reports: rows.map((r) => ({ id: r.id, period: r.period, scope: nameOf(r), from: day(r.periodStart), to: day(new Date(r.periodEnd.getTime() - 86_400_000)), createdAt: r.createdAt })),
    subscriptions: allowed.map((s) => ({ period: s.period, scope: nameOf(s) })),
  };
}

/** One stored report, if it is within the actor's scope (404 otherwise: its existence is not told). */
export async function getReport(actor: Actor, id: string, db: DbOrTx = defaultDb): Promise<ReportDto> {
  if (!rolesAllow(actor.roles, "insights.reports")) throw new AppError("FORBIDDEN");
  const r = await db.insightReport.findUnique({ where: { id } });
  if (!r || !(await inScope(db, actor, r))) throw new AppError("NOT_FOUND");
  const names = await scopeNames(db, [r]);
  return {
    id: r.id,
    period: r.period,
    scope: names.get(r.municipalityId ?? r.amanahId) ?? { nameAr: "—", nameEn: "—" },
    from: day(r.periodStart),
    to: day(new Date(r.periodEnd.getTime() - 86_400_000)),
    createdAt: r.createdAt,
    data: r.data as unknown as ReportData,
  };
}

export type SubscriptionChoice = { scopeKey: string; scope: Name; level: "A" | "M"; id: string; weekly: boolean; monthly: boolean };

/**
 * What the subscriptions page offers: every scope whose reports the actor may read (their Amanah when they hold an
 * Amanah-wide assignment, then each municipality they see), with what they receive today.
 */
export async function subscriptionChoices(actor: Actor, db: DbOrTx = defaultDb): Promise<SubscriptionChoice[]> {
  if (!rolesAllow(actor.roles, "insights.reports")) throw new AppError("FORBIDDEN");
  const ids = await visibleMunicipalityIds(db, actor);
  const [amanahs, municipalities, subs] = await Promise.all([
    actor.municipalityIds === null ? db.amanah.findMany({ where: { id: { in: actor.amanahIds } }, select: { id: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }) : Promise.resolve([]),
    db.municipality.findMany({ where: { id: { in: ids }, amanahId: { in: actor.amanahIds } }, select: { id: true, amanahId: true, nameAr: true, nameEn: true }, orderBy: { code: "asc" } }),
    db.insightSubscription.findMany({ where: { userId: actor.userId }, select: { period: true, scopeKey: true } }),
  ]);
  const has = new Set(subs.map((s) => `${s.period}:${s.scopeKey}`));
  const row = (level: "A" | "M", id: string, scopeKey: string, scope: Name): SubscriptionChoice => ({
    scopeKey,
    scope,
    level,
    id,
    weekly: has.has(`WEEKLY:${scopeKey}`),
    monthly: has.has(`MONTHLY:${scopeKey}`),
  });
  return [
    ...amanahs.map((a) => row("A", a.id, `A:${a.id}`, { nameAr: a.nameAr, nameEn: a.nameEn })),
    ...municipalities.map((m) => row("M", m.id, `M:${m.id}`, { nameAr: m.nameAr, nameEn: m.nameEn })),
  ];
}
