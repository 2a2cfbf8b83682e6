import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, StatCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { reconciliationReport } from "@/lib/domain/payments/queries/reconciliation";
import { parseReconciliationRange } from "@/lib/domain/payments/schemas-ui";
import { formatGregorian, formatHijri, formatNumber } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import { getT, tMessage } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { SettlementUpload } from "./settlement-upload";
import { localName } from "@/lib/kernel/locale";
import { reconcileUploadAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("reconciliation");

export default async function ReconciliationPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "payments.reconcile", `/${lang}/staff/finance/reconciliation`);
  const t = getT(lang);
  const sp = await searchParams;
  const { range, error } = parseReconciliationRange({ from: typeof sp.from === "string" ? sp.from : undefined, to: typeof sp.to === "string" ? sp.to : undefined });
  const report = await reconciliationReport(actor, range);
  const names = report.municipalities.map((m) => (localName(lang, m))).join("، ");
  const exportHref = `/${lang}/staff/finance/reconciliation/export?${new URLSearchParams(range).toString()}`;
  const fig = (f: { count: number; halalas: number }) => (
    <>
      <span className="block font-bold tabular-nums">{formatNumber(f.count, lang)}</span>
      <span className="block whitespace-nowrap text-xs text-slate-600 tabular-nums">{formatHalalas(f.halalas, lang)}</span>
    </>
  );

  return (
    <>
      <PageHeader
        title={t("payments:reconciliation.title")}
        subtitle={t("payments:reconciliation.subtitle")}
        actions={<a href={exportHref} className={buttonClass("secondary")} download data-testid="reconciliation-export">{t("payments:reconciliation.export")}</a>}
      />
      <p className="-mt-4 mb-4 text-sm text-slate-600">{t("payments:reconciliation.scope", { names })}</p>
      {error && (
        <div className="mb-4">
          <Alert tone="warning" testId="range-error" title={t("payments:reconciliation.errors.invalidRange", { reason: tMessage(lang, error) })} />
        </div>
      )}
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4">
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t("payments:reconciliation.from")}
          <input type="date" name="from" defaultValue={sp.from ?? range.from} dir="ltr" className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-bold">
          {t("payments:reconciliation.to")}
          <input type="date" name="to" defaultValue={sp.to ?? range.to} dir="ltr" className="min-h-11 rounded-lg border border-slate-300 px-3 py-2 text-sm" />
        </label>
        <button type="submit" className={buttonClass("primary")}>{t("payments:reconciliation.apply")}</button>
      </form>

      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t("payments:reconciliation.issued")} value={formatHalalas(report.totals.issued.halalas, lang)} hint={`${t("payments:reconciliation.count")}: ${formatNumber(report.totals.issued.count, lang)}`} />
        <StatCard label={t("payments:reconciliation.paid")} value={formatHalalas(report.totals.paid.halalas, lang)} hint={`${t("payments:reconciliation.count")}: ${formatNumber(report.totals.paid.count, lang)}`} />
        <StatCard label={t("payments:reconciliation.expired")} value={formatHalalas(report.totals.expired.halalas, lang)} hint={`${t("payments:reconciliation.count")}: ${formatNumber(report.totals.expired.count, lang)}`} />
      </div>

      {report.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="reconciliation-empty">{t("payments:reconciliation.empty")}</p>
      ) : (
        <Table
          caption={t("payments:reconciliation.tableCaption")}
          head={[t("payments:reconciliation.day"), t("payments:reconciliation.municipality"), t("payments:reconciliation.issued"), t("payments:reconciliation.paid"), t("payments:reconciliation.expired")]}
        >
          {report.rows.map((r) => {
            const day = new Date(`${r.day}T12:00:00+03:00`);
            return (
              <tr key={`${r.day}|${r.municipalityId}`} data-testid="reconciliation-row">
                <Td className="whitespace-nowrap">
                  <time dateTime={r.day} className="inline-flex flex-col leading-snug">
                    <span>{formatGregorian(day, lang)}</span>
                    <span className="text-xs text-slate-500">{formatHijri(day, lang)}</span>
                  </time>
                </Td>
                <Td>{localName(lang, r.municipality)}</Td>
                <Td>{fig(r.issued)}</Td>
                <Td>{fig(r.paid)}</Td>
                <Td>{fig(r.expired)}</Td>
              </tr>
            );
          })}
          <tr className="bg-sand-50 font-bold" data-testid="reconciliation-totals">
            <Td>{t("payments:reconciliation.totals")}</Td>
            <Td>{""}</Td>
            <Td>{fig(report.totals.issued)}</Td>
            <Td>{fig(report.totals.paid)}</Td>
            <Td>{fig(report.totals.expired)}</Td>
          </tr>
        </Table>
      )}
      <p className="mt-2 text-xs text-slate-500">{t("payments:reconciliation.daysNote")}</p>

      <Card title={t("payments:reconciliation.upload.title")} className="mt-8">
        <p className="mb-4 text-sm text-slate-600">{t("payments:reconciliation.upload.intro")}</p>
        <SettlementUpload lang={lang} action={reconcileUploadAction} />
      </Card>
    </>
  );
}
