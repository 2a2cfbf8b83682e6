import type { DbOrTx } from "@/lib/db";
import { trendBucket, type Period } from "@/lib/domain/insights/days";
import { INDICATORS } from "@/lib/domain/insights/indicators";
import type { Scope, Section } from "@/lib/domain/insights/types";

/** The sections of every indicator shown at the scope's level, read from the daily rows only (dashboards, reports, bench). */
export async function buildSectionsFor(db: DbOrTx, scope: Scope, period: Period, comparison: Period): Promise<Section[]> {
  const bucket = trendBucket(period);
  return Promise.all(INDICATORS.filter((i) => i.levels.includes(scope.level)).map((i) => i.section({ db, scope, period, comparison, bucket })));
}
