import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZSubscribe } from "@/lib/domain/tenders/schemas";

/**
 * The activities a citizen or business owner follows: the whole set is replaced (the form shows every
 * activity as a checkbox). An SMS goes to them when a tender or auction of one of them opens.
 */
export const saveSubscriptions = defineCommand({
  name: "tenders.subscribe",
  permission: "tenders.subscribe",
  schema: ZSubscribe,
  async run(tx, actor, input) {
    const wanted = [...new Set(input.activities)];
    const before = (await tx.activitySubscription.findMany({ where: { userId: actor.userId }, select: { activity: true } })).map((s) => s.activity);
    await tx.activitySubscription.deleteMany({ where: { userId: actor.userId, activity: { notIn: wanted } } });
    await tx.activitySubscription.createMany({ data: wanted.map((activity) => ({ userId: actor.userId, activity })), skipDuplicates: true });
    await recordAudit(tx, actor, { action: "tender.subscribe", entityType: "User", entityId: actor.userId, before: { activities: before.sort() }, after: { activities: [...wanted].sort() } });
    return { activities: wanted };
  },
});
