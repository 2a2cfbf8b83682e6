import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { reportsDb, type DbOrTx } from "@/lib/db";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { COMPARE_MODES, comparisonPeriod, parsePeriod, trendBucket, type CompareMode, type Period } from "@/lib/domain/insights/days";
import { INDICATORS } from "@/lib/domain/insights/indicators";
import { buildSectionsFor } from "@/lib/domain/insights/sections";
import { resolveScope, scopeChoice, type ResolvedScope, type ScopeChoice } from "@/lib/domain/insights/scope";
import type { Section } from "@/lib/domain/insights/types";
import { AppError } from "@/lib/errors";

export type DashboardQuery = { level?: string; m?: string; d?: string; from?: string; to?: string; compare?: string };

export type Dashboard = ResolvedScope & {
  choice: ScopeChoice;
  period: Period;
  comparison: Period;
  compare: CompareMode;
  bucket: "day" | "week" | "month";
  sections: Section[];
  /** When the figures were last brought up to date (null before every indicator's first run): see figuresAsOf. */
  figuresAsOf: Date | null;
};

/**
 * A decision maker's dashboard (issue 15): the level and scope asked for (within theirs), the period (default:
 * the last 30 days) and the period compared with (default: the same days last year).
 */
export async function loadDashboard(actor: Actor, q: DashboardQuery, opts: { now?: Date; db?: DbOrTx } = {}): Promise<Dashboard> {
  if (!rolesAllow(actor.roles, "insights.view")) throw new AppError("FORBIDDEN");
  const db = opts.db ?? reportsDb();
  const choice = await scopeChoice(db, actor);
  const resolved = resolveScope(actor, choice, q);
  if (!resolved) throw new AppError("FORBIDDEN");
  const period = parsePeriod(q, riyadhDay(opts.now ?? new Date()));
  const compare: CompareMode = (COMPARE_MODES as readonly string[]).includes(q.compare ?? "") ? (q.compare as CompareMode) : "year";
  const comparison = comparisonPeriod(period, compare);
  const [sections, asOf] = await Promise.all([buildSectionsFor(db, resolved.scope, period, comparison), figuresAsOf(db)]);
  return { ...resolved, choice, period, comparison, compare, bucket: trendBucket(period), sections, figuresAsOf: asOf };
}

/**
 * The instant the dashboard's figures are up to date to: the oldest of the indicators' last runs of the aggregates
 * job, null until each has run once. Read from the same database as the figures, so a replica that lags behind the
 * primary says so on the page (decision 043).
 */
export async function figuresAsOf(db: DbOrTx): Promise<Date | null> {
  const marks = await db.insightWatermark.findMany({ where: { indicator: { in: INDICATORS.map((i) => i.key) } }, select: { lastRunAt: true } });
  if (marks.length < INDICATORS.length) return null;
  return new Date(Math.min(...marks.map((m) => m.lastRunAt.getTime())));
}
