import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { KindBadge, SlaBadge } from "@/components/licensing-office/badges";
import { ApplicationStatusBadge } from "@/components/licensing/parts";
import { StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { officeQueue, officeQueueCounts, QUEUE_VIEWS } from "@/lib/domain/licensing/queries/office-queue";
import { OFFICE_HELD_STATES } from "@/lib/domain/licensing/office-actions";
import { APPLICATION_STATES } from "@/lib/domain/licensing/workflow";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

type Search = { view?: string; kind?: string; q?: string; page?: string };

export const generateMetadata = pageTitle("officeApplications");

/** The office's queue: only its own applications, oldest deadline first, filtered and paginated. */
export default async function OfficeApplicationsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Search> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "licensing.office.queue", `/${lang}/office/applications`);
  const t = getT(lang);
  const sp = await searchParams;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const now = new Date();
  const [result, counts] = await Promise.all([
    officeQueue(actor, { view: str(sp.view), kind: str(sp.kind), q: str(sp.q), page: pageParam(sp.page) }, now),
    officeQueueCounts(actor, now),
  ]);
  const { view, kind, q } = result.filters;
  const held = OFFICE_HELD_STATES.reduce((n, s) => n + (counts.byStatus[s] ?? 0), 0);
  const states = APPLICATION_STATES.filter((s) => s !== "DRAFT");

  return (
    <>
      <PageHeader title={t("licensingOffice:queue.title")} subtitle={t("licensingOffice:queue.subtitle")} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t("licensingOffice:queue.stats.held")} value={held} />
        <StatCard label={t("licensingOffice:queue.stats.mine")} value={counts.mine} />
        <StatCard label={t("licensingOffice:queue.stats.overdue")} value={<span className={counts.overdue ? "text-red-700" : undefined}>{counts.overdue}</span>} />
      </div>

      <form method="get" role="search" className="mb-6 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr_auto]">
        <PlainSelect
          name="view"
          idPrefix="queue"
          label={t("licensingOffice:queue.view")}
          defaultValue={view}
          options={[...QUEUE_VIEWS.map((v) => ({ value: v, label: t(`licensingOffice:queue.views.${v}`) })), ...states.map((s) => ({ value: s, label: t(`licensing:staffStatus.${s}`) }))]}
        />
        <PlainSelect
          name="kind"
          idPrefix="queue"
          label={t("licensingOffice:queue.kindLabel")}
          defaultValue={kind}
          placeholder={t("licensingOffice:queue.kindAll")}
          options={(["COMMERCIAL", "HEALTH"] as const).map((k) => ({ value: k, label: t(`licensingOffice:kind.${k}`) }))}
        />
        <PlainField name="q" idPrefix="queue" label={t("licensingOffice:queue.search")} defaultValue={q} autoComplete="off" className="min-w-0" />
        <div className="flex items-end gap-2">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-bold text-white hover:bg-brand-700">{t("licensingOffice:queue.apply")}</button>
          <Link href={`/${lang}/office/applications`} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">{t("licensingOffice:queue.reset")}</Link>
        </div>
      </form>

      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="queue-empty">{t("licensingOffice:queue.empty")}</p>
      ) : (
        <Table
          caption={t("licensingOffice:queue.title")}
          head={[t("licensingOffice:queue.columns.number"), t("licensingOffice:queue.columns.establishment"), t("licensingOffice:queue.columns.activity"), t("licensingOffice:queue.columns.status"), t("licensingOffice:queue.columns.since"), t("licensingOffice:queue.columns.sla")]}
        >
          {result.rows.map((r) => (
            <tr key={r.id} data-testid="queue-row" data-number={r.number} data-status={r.status}>
              <Td>
                <Link href={`/${lang}/office/applications/${r.id}`} className="font-bold text-brand-700 underline-offset-2 hover:underline">
                  <span dir="ltr" className="tabular-nums">{r.number}</span>
                </Link>
                <div className="mt-1 whitespace-nowrap"><KindBadge lang={lang} kind={r.kind} /></div>
              </Td>
              <Td>
                <p className="font-bold">{localText(lang, { tradeNameAr: r.tradeNameAr ?? "—", tradeNameEn: r.tradeNameEn }, "tradeName")}</p>
                <p className="text-xs text-slate-600">
                  {r.commercialRegNo && <><bdi dir="ltr">{r.commercialRegNo}</bdi> · </>}
                  {r.applicantName}
                </p>
                {r.municipality && <p className="text-xs text-slate-500">{localName(lang, r.municipality)}</p>}
              </Td>
              <Td>{r.activity ? (localName(lang, r.activity)) : "—"}</Td>
              <Td><ApplicationStatusBadge lang={lang} status={r.status} for="staff" /></Td>
              <Td className="whitespace-nowrap"><DateText date={r.stateEnteredAt} lang={lang} withTime /></Td>
              <Td className="whitespace-nowrap">
                {r.sla ? (
                  <div className="flex flex-col items-start gap-1">
                    <SlaBadge lang={lang} sla={r.sla} />
                    {r.slaDueAt && <span className="text-xs text-slate-600">{t("licensingOffice:queue.dueAt", { time: formatGregorian(r.slaDueAt, lang, true) })}</span>}
                  </div>
                ) : (
                  "—"
                )}
                {r.slaBreaches > 0 && <p className="mt-1 text-xs text-red-700">{t("licensingOffice:queue.breaches", { n: r.slaBreaches })}</p>}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/office/applications`} query={{ view: view === "office" ? undefined : view, kind: kind || undefined, q: q || undefined }} />
    </>
  );
}
