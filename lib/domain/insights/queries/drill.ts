import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { reportsDb, type DbOrTx } from "@/lib/db";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { parsePeriod, type Period } from "@/lib/domain/insights/days";
import { INDICATORS, indicatorByKey } from "@/lib/domain/insights/indicators";
import { resolveScope, scopeChoice, type ResolvedScope } from "@/lib/domain/insights/scope";
import type { DrillPage } from "@/lib/domain/insights/types";
import { AppError } from "@/lib/errors";

export type DrillQuery = { ind?: string; list?: string; level?: string; m?: string; d?: string; from?: string; to?: string; dimA?: string; dimB?: string; mun?: string; page?: string };
export const DRILL_PAGE_SIZE = 50;
export const DRILL_EXPORT_LIMIT = 10_000;

/**
 * The records behind one number of a dashboard: the indicator's list, with the dashboard's scope and period and
 * the breakdown's filters. A list of records (paged, indexed columns), not a figure: figures come from the daily rows.
 */
export async function loadDrill(actor: Actor, q: DrillQuery, opts: { now?: Date; db?: DbOrTx; all?: boolean } = {}): Promise<ResolvedScope & { page: DrillPage; period: Period; pageNumber: number }> {
  if (!rolesAllow(actor.roles, "insights.view")) throw new AppError("FORBIDDEN");
  const db = opts.db ?? reportsDb();
  // Without parameters: the first list of the first indicator (the page always opens); an unknown one is a 404.
  const indicator = q.ind ? indicatorByKey(q.ind) : INDICATORS[0];
  const listName = q.list ?? (indicator ? Object.keys(indicator.lists)[0] : undefined);
  const list = indicator && listName && Object.hasOwn(indicator.lists, listName) ? indicator.lists[listName] : undefined;
  if (!indicator || !list) throw new AppError("NOT_FOUND");
  const choice = await scopeChoice(db, actor);
  const resolved = resolveScope(actor, choice, q);
  if (!resolved) throw new AppError("FORBIDDEN");
  const visible = choice.municipalities.map((m) => m.id);
  if (q.mun && !visible.includes(q.mun)) throw new AppError("FORBIDDEN");
  const period = parsePeriod(q, riyadhDay(opts.now ?? new Date()));
  const pageNumber = Math.min(Math.max(1, Number.parseInt(q.page ?? "1", 10) || 1), 10_000);
  const take = opts.all ? DRILL_EXPORT_LIMIT : DRILL_PAGE_SIZE;
  const skip = opts.all ? 0 : (pageNumber - 1) * DRILL_PAGE_SIZE;
  const page = await list(db, { scope: resolved.scope, period, dimA: q.dimA || undefined, dimB: q.dimB, municipalityId: q.mun || undefined }, { skip, take });
  return { ...resolved, page, period, pageNumber };
}
