import "server-only";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { scopeKeyOf } from "@/lib/domain/insights/reports";
import { parseSubscriptionItem, ZInsightSubscriptions } from "@/lib/domain/insights/schemas";
import { AppError } from "@/lib/errors";

/**
 * The periodic reports a decision maker receives (issue 15): the whole set is replaced by the one the form sends
 * (a checkbox per report kind and scope). Every scope must be one the actor may read — the Amanah's reports need
 * an Amanah-wide assignment, a municipality's reports that municipality in their scope — whatever the form says.
 * Audited with the set before and after. The reports job texts each subscriber when theirs is ready.
 */
export const saveInsightSubscriptions = defineCommand({
  name: "insights.subscribe",
  permission: "insights.reports",
  schema: ZInsightSubscriptions,
  async run(tx, actor, input) {
    const visible = new Set(await visibleMunicipalityIds(tx, actor));
    const municipalities = new Map(
      (await tx.municipality.findMany({ where: { id: { in: [...visible] } }, select: { id: true, amanahId: true } })).map((m) => [m.id, m.amanahId]),
    );
    const wanted = new Map<string, { period: "WEEKLY" | "MONTHLY"; amanahId: string; municipalityId: string | null; scopeKey: string }>();
    for (const item of new Set(input.items)) {
      const parsed = parseSubscriptionItem(item)!;
      let amanahId: string;
      let municipalityId: string | null = null;
      if (parsed.level === "A") {
        if (actor.municipalityIds !== null || !actor.amanahIds.includes(parsed.id)) throw new AppError("FORBIDDEN");
        amanahId = parsed.id;
      } else {
        const a = municipalities.get(parsed.id);
        if (!a || !actor.amanahIds.includes(a)) throw new AppError("FORBIDDEN");
        amanahId = a;
        municipalityId = parsed.id;
      }
      const scopeKey = scopeKeyOf(amanahId, municipalityId);
      wanted.set(`${parsed.period}:${scopeKey}`, { period: parsed.period, amanahId, municipalityId, scopeKey });
    }
    const before = (await tx.insightSubscription.findMany({ where: { userId: actor.userId }, select: { period: true, scopeKey: true } })).map((s) => `${s.period}:${s.scopeKey}`).sort();
    await tx.insightSubscription.deleteMany({ where: { userId: actor.userId, NOT: { OR: [...wanted.values()].map((w) => ({ period: w.period, scopeKey: w.scopeKey })) } } });
    await tx.insightSubscription.createMany({ data: [...wanted.values()].map((w) => ({ userId: actor.userId, ...w })), skipDuplicates: true });
    const after = [...wanted.keys()].sort();
    await recordAudit(tx, actor, { action: "insights.subscriptions", entityType: "User", entityId: actor.userId, before: { subscriptions: before }, after: { subscriptions: after } });
    return { count: after.length };
  },
});
