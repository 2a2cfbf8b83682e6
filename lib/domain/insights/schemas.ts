import * as z from "@/lib/zod";

/**
 * One report subscription as a form value: "<WEEKLY|MONTHLY>:<scopeKey>", the scope key being "A:<amanahId>"
 * (the whole Amanah) or "M:<municipalityId>" (lib/domain/insights/reports.ts scopeKeyOf). Shared by the form and
 * the command.
 */
export const SUBSCRIPTION_ITEM = /^(WEEKLY|MONTHLY):([AM]):([A-Za-z0-9_-]{1,40})$/;
export const ZInsightSubscriptions = z.object({
  // An unchecked checkbox group submits `false`: nothing wanted.
  items: z.preprocess((v) => (v === false ? [] : typeof v === "string" ? [v] : v), z.array(z.string().regex(SUBSCRIPTION_ITEM, { error: "validation:invalid" }), { error: "validation:required" }).max(400)),
});
export type InsightSubscriptionsInput = z.input<typeof ZInsightSubscriptions>;

export function parseSubscriptionItem(item: string): { period: "WEEKLY" | "MONTHLY"; level: "A" | "M"; id: string } | null {
  const m = SUBSCRIPTION_ITEM.exec(item);
  return m ? { period: m[1] as "WEEKLY" | "MONTHLY", level: m[2] as "A" | "M", id: m[3]! } : null;
}
