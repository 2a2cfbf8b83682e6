/**
 * Demo subscriptions to the periodic reports (issue 15): the mayor receives the Amanah's weekly and monthly
 * reports, the Dammam mayor those of Central Dammam. Insert-only, like every seed part.
 */
import type { SeedPart } from "./parts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";

export const INSIGHT_SUBSCRIPTIONS = [
  { username: "mayor", municipalityCode: null },
  { username: "mayor.dammam", municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL },
] as const;
const PERIODS = ["WEEKLY", "MONTHLY"] as const;

export const INSIGHTS_SEED: SeedPart = {
  name: "insightSubscriptions",
  demo: true,
  async missing(query) {
    const rows = await query(
      `SELECT count(*)::int AS n FROM "InsightSubscription" s JOIN "User" u ON u.id = s."userId" WHERE u.username = ANY($1::text[])`,
      [INSIGHT_SUBSCRIPTIONS.map((s) => s.username)],
    );
    return Number(rows[0]?.n) < INSIGHT_SUBSCRIPTIONS.length * PERIODS.length;
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN)!;
    const data = INSIGHT_SUBSCRIPTIONS.flatMap((s) => {
      const userId = ctx.userIds.get(s.username);
      if (!userId) return [];
      const municipalityId = s.municipalityCode ? ctx.municipalityIds.get(s.municipalityCode)! : null;
      const scopeKey = municipalityId ? `M:${municipalityId}` : `A:${amanahId}`;
      return PERIODS.map((period) => ({ userId, period, amanahId, municipalityId, scopeKey }));
    });
    const { count } = await tx.insightSubscription.createMany({ data, skipDuplicates: true });
    return count;
  },
};
