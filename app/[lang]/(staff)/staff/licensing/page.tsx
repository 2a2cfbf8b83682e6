import { ApplicationStatusBadge } from "@/components/licensing/parts";
import { Card, StatCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { durationParts, licensingKpi } from "@/lib/domain/licensing/queries/kpi";
import { APPLICATION_STATES } from "@/lib/domain/licensing/workflow";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("licensingKpi");

/** Licensing indicators for the staff member's municipalities: median time to issue, statuses, SLA breaches, per office. */
export default async function StaffLicensingPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "licensing.kpi", `/${lang}/staff/licensing`);
  const t = getT(lang);
  const kpi = await licensingKpi(actor);
  const duration = (s: number | null) => {
    if (s == null) return t("licensingOffice:kpi.noneIssued");
    const { unit, count } = durationParts(s);
    return t(`licensingOffice:kpi.duration.${unit}`, { count });
  };

  return (
    <>
      <PageHeader title={t("licensingOffice:kpi.title")} subtitle={t("licensingOffice:kpi.subtitle")} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label={t("licensingOffice:kpi.median")} value={<span data-testid="kpi-median">{duration(kpi.medianSeconds)}</span>} hint={t("licensingOffice:kpi.medianHint")} />
        <StatCard label={t("licensingOffice:kpi.issued")} value={formatNumber(kpi.issued, lang)} />
        <StatCard label={t("licensingOffice:kpi.open")} value={formatNumber(kpi.open, lang)} />
        <StatCard label={t("licensingOffice:kpi.breached")} value={formatNumber(kpi.breachedApplications, lang)} hint={t("licensingOffice:kpi.breachedHint", { n: kpi.breaches })} />
      </div>
      {/* The offices' table has four columns: it takes two thirds, the statuses' list one. */}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card title={t("licensingOffice:kpi.byStatus")}>
          <ul className="space-y-2">
            {APPLICATION_STATES.filter((s) => s !== "DRAFT").map((s) => (
              <li key={s} className="flex items-center justify-between gap-3">
                <ApplicationStatusBadge lang={lang} status={s} for="staff" />
                <span className="font-bold tabular-nums">{formatNumber(kpi.byStatus[s] ?? 0, lang)}</span>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("licensingOffice:kpi.byOffice")} className="lg:col-span-2">
          <Table caption={t("licensingOffice:kpi.byOffice")} head={[t("licensingOffice:kpi.office"), t("licensingOffice:kpi.issued"), t("licensingOffice:kpi.median"), t("licensingOffice:kpi.breached")]}>
            {kpi.byOffice.map((o) => (
              <tr key={o.officeId}>
                <Td>{localName(lang, o)}</Td>
                <Td className="tabular-nums">{formatNumber(o.issued, lang)}</Td>
                <Td>{duration(o.medianSeconds)}</Td>
                <Td className="tabular-nums">{formatNumber(o.breaches, lang)}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      </div>
    </>
  );
}
