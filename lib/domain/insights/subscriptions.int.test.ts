/**
 * Report subscriptions (issue 15): a leader replaces their set with the scopes they may read; a scope outside theirs
 * is refused whatever the form says; every change is audited; the reports list follows the set.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveInsightSubscriptions } from "@/lib/domain/insights/commands/subscriptions";
import { listMyReports, subscriptionChoices } from "@/lib/domain/insights/queries/reports";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

describe("report subscriptions", () => {
  it("a municipality's leader subscribes within their scope only; the change is audited", async () => {
    const dammam = await actorOf({ username: "mayor.dammam" });
    const own = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } })).id;
    const khobar = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.KHOBAR } })).id;
    const amanah = dammam.amanahIds[0]!;
    expect((await subscriptionChoices(dammam)).map((c) => c.scopeKey)).toEqual([`M:${own}`]);

    expect((await errorOf(saveInsightSubscriptions.execute(dammam, { items: [`MONTHLY:M:${khobar}`] }))).code).toBe("FORBIDDEN");
    expect((await errorOf(saveInsightSubscriptions.execute(dammam, { items: [`WEEKLY:A:${amanah}`] }))).code).toBe("FORBIDDEN");
    expect((await errorOf(saveInsightSubscriptions.execute(dammam, { items: ["DAILY:M:x"] }))).code).toBe("VALIDATION");

    const audits = await db.auditLog.count({ where: { action: "insights.subscriptions" } });
    expect(await saveInsightSubscriptions.execute(dammam, { items: [`MONTHLY:M:${own}`] })).toEqual({ count: 1 });
    expect(await db.insightSubscription.findMany({ where: { userId: dammam.userId }, select: { period: true, scopeKey: true } })).toEqual([{ period: "MONTHLY", scopeKey: `M:${own}` }]);
    expect(await db.auditLog.count({ where: { action: "insights.subscriptions" } })).toBe(audits + 1);
    const listed = await listMyReports(dammam);
    expect(listed.subscriptions.map((s) => s.period)).toEqual(["MONTHLY"]);

    // Nothing ticked: no subscription left.
    expect(await saveInsightSubscriptions.execute(dammam, { items: false })).toEqual({ count: 0 });
    expect(await db.insightSubscription.count({ where: { userId: dammam.userId } })).toBe(0);
  });

  it("the mayor may take the Amanah's reports and any municipality's", async () => {
    const mayor = await actorOf({ username: "mayor" });
    const khobar = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.KHOBAR } })).id;
    const amanah = mayor.amanahIds[0]!;
    const choices = await subscriptionChoices(mayor);
    expect(choices[0]).toMatchObject({ scopeKey: `A:${amanah}`, weekly: true, monthly: true }); // the demo seed's
    expect(await saveInsightSubscriptions.execute(mayor, { items: [`MONTHLY:A:${amanah}`, `WEEKLY:M:${khobar}`] })).toEqual({ count: 2 });
    const after = await subscriptionChoices(mayor);
    expect(after.find((c) => c.scopeKey === `A:${amanah}`)).toMatchObject({ weekly: false, monthly: true });
    expect(after.find((c) => c.scopeKey === `M:${khobar}`)).toMatchObject({ weekly: true, monthly: false });
  });
});
