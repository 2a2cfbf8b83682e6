import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { comparisonPeriod, lastCompletePeriod, addDays, type Period } from "@/lib/domain/insights/days";
import type { Scope, Section } from "@/lib/domain/insights/types";
import { buildSectionsFor } from "@/lib/domain/insights/sections";

export const REPORT_PERIODS = ["WEEKLY", "MONTHLY"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** What a stored report keeps: its figures as they were when it was produced (a report never changes). */
export type ReportData = { period: Period; comparison: Period; sections: Section[] };

export const scopeKeyOf = (amanahId: string, municipalityId: string | null) => (municipalityId ? `M:${municipalityId}` : `A:${amanahId}`);

/**
 * The reports job: for the last complete week (Sunday–Saturday) and month, one report for each Amanah and each of
 * its municipalities, produced once (unique period + scope + start) from the daily rows, with an SMS to every
 * subscriber of that report in the same transaction. Weekly reports compare with the week before, monthly ones
 * with the same month last year. Returns how many reports and SMS it produced.
 */
export async function produceReports(db: PrismaClient, now: Date): Promise<{ reports: number; sms: number }> {
  const today = riyadhDay(now);
  const municipalities = await db.municipality.findMany({ select: { id: true, amanahId: true, nameAr: true, nameEn: true } });
  const amanahs = await db.amanah.findMany({ select: { id: true, nameAr: true, nameEn: true } });
  let reports = 0;
  let sms = 0;
  for (const kind of REPORT_PERIODS) {
    const period = lastCompletePeriod(kind, today);
    const comparison = comparisonPeriod(period, kind === "WEEKLY" ? "previous" : "year");
    const scopes = [
      ...amanahs.map((a) => ({ amanahId: a.id, municipalityId: null as string | null, name: a })),
      ...municipalities.map((m) => ({ amanahId: m.amanahId, municipalityId: m.id as string | null, name: m })),
    ];
    for (const s of scopes) {
      const scopeKey = scopeKeyOf(s.amanahId, s.municipalityId);
      const exists = await db.insightReport.findUnique({ where: { period_scopeKey_periodStart: { period: kind, scopeKey, periodStart: new Date(`${period.from}T00:00:00Z`) } }, select: { id: true } });
      if (exists) continue;
      const scope: Scope = s.municipalityId
        ? { level: "municipality", amanahIds: [s.amanahId], municipalityIds: [s.municipalityId], departmentId: null }
        : { level: "amanah", amanahIds: [s.amanahId], municipalityIds: null, departmentId: null };
      const data: ReportData = { period, comparison, sections: await buildSectionsFor(db, scope, period, comparison) };
      const made = await db.$transaction(async (tx) => {
        const created = await tx.insightReport.createMany({
          data: [{ period: kind, amanahId: s.amanahId, municipalityId: s.municipalityId, scopeKey, periodStart: new Date(`${period.from}T00:00:00Z`), periodEnd: new Date(`${period.to}T00:00:00Z`), data: data as object }],
          skipDuplicates: true, // another worker produced it meanwhile
        });
        if (created.count === 0) return { report: 0, sms: 0 };
        const report = await tx.insightReport.findUniqueOrThrow({ where: { period_scopeKey_periodStart: { period: kind, scopeKey, periodStart: new Date(`${period.from}T00:00:00Z`) } }, select: { id: true } });
        await recordAudit(tx, { system: "insights-reports" }, { action: "insights.report.produce", entityType: "InsightReport", entityId: report.id, municipalityId: s.municipalityId, after: { period: kind, from: period.from, to: period.to } });
        const subscribers = await tx.insightSubscription.findMany({ where: { period: kind, scopeKey }, select: { userId: true } });
        const users = await tx.user.findMany({ where: { id: { in: subscribers.map((x) => x.userId) }, active: true }, select: { id: true, mobile: true, preferredLocale: true } });
        let sent = 0;
        for (const u of users) {
          const lang = u.preferredLocale;
          const ok = await enqueueSms(tx, {
            to: u.mobile,
            template: kind === "WEEKLY" ? "insightsWeeklyReady" : "insightsMonthlyReady",
            params: { scope: lang === "ar" ? s.name.nameAr : s.name.nameEn, from: period.from, to: addDays(period.to, -1) },
            locale: lang,
            dedupeKey: `insights-report:${report.id}:${u.id}`,
          });
          if (ok) sent++;
        }
        return { report: 1, sms: sent };
      });
      reports += made.report;
      sms += made.sms;
    }
  }
  return { reports, sms };
}
