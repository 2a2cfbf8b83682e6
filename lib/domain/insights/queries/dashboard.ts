import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { reportsDb, type DbOrTx } from "@/lib/db";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { COMPARE_MODES, comparisonPeriod, parsePeriod, trendBucket, type CompareMode, type Period } from "@/lib/domain/insights/days";
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
  const sections = await buildSectionsFor(db, resolved.scope, period, comparison);
  return { ...resolved, choice, period, comparison, compare, bucket: trendBucket(period), sections };
}
