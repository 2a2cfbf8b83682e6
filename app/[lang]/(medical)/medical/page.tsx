import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { CertStatusBadge } from "@/components/health-certs/cert-status-badge";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Card, StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { medicalDashboard } from "@/lib/domain/health-certs/queries/health-certs";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localPair } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("medicalDashboard");

/** The medical examiner's home: find a worker's request by number or ID, the requests waiting, the center's latest results. */
export default async function MedicalDashboardPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "medical.dashboard", `/${lang}/medical`);
  const t = getT(lang);
  const sp = await searchParams;
  const data = await medicalDashboard(actor, { q: typeof sp.q === "string" ? sp.q : "", page: pageParam(sp.page) });
  const searching = data.query.kind !== "none";

  return (
    <>
      <PageHeader title={t("healthCerts:medical.title")} subtitle={<>{localPair(lang, data.center.name)} · {t("healthCerts:medical.centerCode", { code: data.center.code })}</>} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("healthCerts:medical.pending")} value={data.pendingTotal} hint={t("healthCerts:medical.pendingHint")} />
        <StatCard label={t("healthCerts:medical.examinedToday")} value={data.examinedToday} />
        <StatCard label={t("healthCerts:medical.issued")} value={data.issuedByCenter} />
      </div>

      <form method="get" role="search" className="mt-6 flex flex-col gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="q" className="text-sm font-bold text-slate-800">{t("healthCerts:medical.searchLabel")}</label>
          <p id="q-hint" className="text-xs text-slate-600">{t("healthCerts:medical.searchHint")}</p>
          <input
            id="q"
            name="q"
            dir="ltr"
            inputMode="text"
            autoComplete="off"
            defaultValue={data.query.q}
            aria-describedby="q-hint"
            aria-invalid={data.query.kind === "invalid" ? true : undefined}
            className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-start text-base"
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("healthCerts:medical.search")}</Button>
          {searching && <Link href={`/${lang}/medical`} className={buttonClass("ghost")}>{t("healthCerts:medical.clear")}</Link>}
        </div>
      </form>

      <section className="mt-6" aria-labelledby="queue-title">
        <h2 id="queue-title" className="mb-3 text-lg font-bold text-brand-900">{searching ? t("healthCerts:medical.resultsTitle") : t("healthCerts:medical.queueTitle")}</h2>
        {data.query.kind === "invalid" ? (
          <Alert tone="warning">{t("healthCerts:medical.invalidQuery")}</Alert>
        ) : data.queue.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{searching ? t("healthCerts:medical.searchEmpty") : t("healthCerts:medical.queueEmpty")}</p>
        ) : (
          <Table caption={t("healthCerts:medical.table")} head={[t("healthCerts:fields.number"), t("healthCerts:fields.worker"), t("healthCerts:fields.workerId"), t("healthCerts:fields.occupation"), t("healthCerts:fields.establishment"), t("healthCerts:fields.requestedAt"), t("healthCerts:fields.status"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
            {data.queue.rows.map((c) => (
              <tr key={c.id} data-testid="exam-row">
                <Td><bdi dir="ltr" className="font-bold tabular-nums">{c.number}</bdi></Td>
                <Td>{c.workerName}</Td>
                <Td><bdi dir="ltr" className="tabular-nums">{c.workerIdMasked}</bdi></Td>
                <Td>{c.occupation}</Td>
                <Td>{c.tradeNameAr}<span className="block text-xs text-slate-500">{localPair(lang, c.municipality)}</span></Td>
                <Td><DateText date={c.requestedAt} lang={lang} /></Td>
                <Td><CertStatusBadge lang={lang} status={c.status} /></Td>
                <Td>
                  <Link className="font-bold text-brand-700 underline" href={`/${lang}/medical/certificates/${c.id}`}>
                    {t("healthCerts:medical.open")}<span className="sr-only"> {c.number}</span>
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination lang={lang} page={data.queue.page} pageSize={data.queue.pageSize} total={data.queue.total} basePath={`/${lang}/medical`} query={{ q: data.query.q || undefined }} />
      </section>

      <Card title={t("healthCerts:medical.recentTitle")} className="mt-6">
        {data.recent.length === 0 ? (
          <p className="text-sm text-slate-600">{t("healthCerts:medical.recentEmpty")}</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {data.recent.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>
                  <bdi dir="ltr" className="font-bold tabular-nums">{c.number}</bdi> · {c.workerName} · {c.tradeNameAr}
                </span>
                <span className="flex items-center gap-3">
                  {c.examinedAt && <DateText date={c.examinedAt} lang={lang} withTime />}
                  <CertStatusBadge lang={lang} status={c.status} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
