import { pageRefusal } from "@/components/insights/page-errors";
import { SectionView } from "@/components/insights/section-view";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { PrintPageStyle } from "@/components/ui/print-page-style";
import { ReportPrintButton } from "@/components/insights/print-button";
import { pageTitle } from "@/lib/i18n/page-title";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getReport } from "@/lib/domain/insights/queries/reports";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { addDays } from "@/lib/domain/insights/days";

export const generateMetadata = pageTitle("insightReport");

/** One stored periodic report, printable on A4 (charts with their tables), with CSV and XLSX downloads. */
export default async function InsightReportPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "insights.reports", `/${lang}/staff/insights/reports/${id}`);
  const t = getT(lang);
  const r = await getReport(actor, id).catch(pageRefusal);
  const title = t(`insights:reports.reportTitle.${r.period}`, { scope: localName(lang, r.scope) });
  return (
    <article data-testid="insight-report">
      <PrintPageStyle margin="14mm" />
      <PageHeader
        title={title}
        subtitle={
          <>
            <span className="block">{t("insights:period", { from: r.from, to: r.to })}</span>
            <span className="block text-sm">{t("insights:comparedWith", { from: r.data.comparison.from, to: addDays(r.data.comparison.to, -1) })}</span>
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <ReportPrintButton />
            <ButtonLink variant="secondary" href={`/${lang}/staff/insights/reports/${r.id}/csv`}>{t("insights:reports.downloadCsv")}</ButtonLink>
            <ButtonLink variant="secondary" href={`/${lang}/staff/insights/reports/${r.id}/xlsx`}>{t("insights:reports.downloadXlsx")}</ButtonLink>
          </div>
        }
      />
      <p className="mb-6 text-sm text-slate-600">{t("insights:reports.producedNote", { date: formatGregorian(r.createdAt, lang, true) })}</p>
      {r.data.sections.map((s) => (
        <SectionView key={s.key} lang={lang} section={s} openTables />
      ))}
    </article>
  );
}
