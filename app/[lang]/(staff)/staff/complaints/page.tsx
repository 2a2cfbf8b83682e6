import Link from "next/link";
import { ComplaintFlags, StaffComplaintStatusBadge } from "@/components/complaints/staff/badges";
import { QueueFilterForm } from "@/components/complaints/staff/filter-form";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { can, requirePageActor } from "@/lib/auth/require-actor";
import { complaintOutOfScope, queueCounters, queueFilterOptions, staffQueue } from "@/lib/domain/complaints/queries/staff";
import { OutOfScopeNotice } from "@/components/ui/out-of-scope";
import { parseQueueFilters, queueQuery } from "@/lib/domain/complaints/staff-schemas";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("staffComplaints");

export default async function StaffComplaintsQueuePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "complaints.handle", `/${lang}/staff/complaints`);
  const t = getT(lang);
  const sp = await searchParams;
  const filters = parseQueueFilters(sp);
  const [result, counters, options] = await Promise.all([staffQueue(actor, filters), queueCounters(actor), queueFilterOptions(actor)]);
  // Searched by reference and found nothing here: say when it exists outside the officer's municipalities.
  const outOfScope = filters.q && result.rows.length === 0 ? await complaintOutOfScope(actor, filters.q) : null;
  const query = queueQuery(filters);
  const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();

  return (
    <>
      <PageHeader
        title={t("complaintsStaff:queue.title")}
        subtitle={t("complaintsStaff:queue.subtitle")}
        actions={
          <>
            <ButtonLink variant="secondary" href={`/${lang}/staff/complaints/map${qs ? `?${qs}` : ""}`}>
              <Icon name="map" />
              {t("complaintsStaff:queue.mapView")}
            </ButtonLink>
            {can(actor, "complaints.export") && (
              <a href={`/${lang}/staff/complaints/export${qs ? `?${qs}` : ""}`} download className={buttonClass("secondary")} data-testid="export-csv">
                <Icon name="log" />
                {t("complaintsStaff:queue.exportCsv")}
              </a>
            )}
          </>
        }
      />
      <div className="mb-6 grid gap-3 sm:grid-cols-3">
        <StatCard label={t("complaintsStaff:queue.counters.open")} value={formatNumber(counters.open, lang)} />
        <StatCard label={t("complaintsStaff:queue.counters.overdue")} value={<span className={counters.overdue > 0 ? "text-red-700" : undefined}>{formatNumber(counters.overdue, lang)}</span>} />
        <StatCard label={t("complaintsStaff:queue.counters.unassigned")} value={formatNumber(counters.unassigned, lang)} />
      </div>
      <QueueFilterForm lang={lang} filters={filters} options={options} action={`/${lang}/staff/complaints`} />
      {outOfScope ? (
        <OutOfScopeNotice lang={lang} notice={outOfScope} />
      ) : result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="queue-empty">{t("complaintsStaff:queue.empty")}</p>
      ) : (
        <Table
          caption={t("complaintsStaff:queue.title")}
          head={[t("complaintsStaff:fields.reference"), t("complaintsStaff:fields.category"), t("complaintsStaff:fields.place"), t("complaintsStaff:fields.department"), t("complaintsStaff:fields.status"), t("complaintsStaff:fields.sla"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}
        >
          {result.rows.map((c) => (
            <tr key={c.id} data-testid="complaint-row" data-reference={c.reference} className={c.overdue ? "bg-red-50/50" : undefined}>
              <Td className="whitespace-nowrap">
                <span dir="ltr" className="font-bold tabular-nums">{c.reference}</span>
                <p className="mt-1 text-xs text-slate-500"><DateText date={c.createdAt} lang={lang} /></p>
              </Td>
              <Td className="max-w-72">
                <p className="font-bold">{localName(lang, c.category)}</p>
                <p className="line-clamp-2 text-xs text-slate-600" dir="auto">{c.description}</p>
              </Td>
              <Td>
                {c.district && <p>{localName(lang, c.district)}</p>}
                <p className={c.district ? "text-xs text-slate-600" : undefined}>{localName(lang, c.municipality)}</p>
              </Td>
              <Td>
                <p>{localName(lang, c.department)}</p>
                <p className="text-xs text-slate-600">{c.assignee ? localName(lang, c.assignee) : t("complaintsStaff:queue.unassigned")}</p>
              </Td>
              <Td>
                <StaffComplaintStatusBadge lang={lang} status={c.status} />
                <ComplaintFlags lang={lang} overdue={c.overdue} escalationLevel={c.escalationLevel} reopenCount={c.reopenCount} />
              </Td>
              <Td className="whitespace-nowrap"><DateText date={c.slaDueAt} lang={lang} withTime /></Td>
              <Td>
                <Link href={`/${lang}/staff/complaints/${c.id}`} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">
                  {t("complaintsStaff:queue.open")}
                  <span className="sr-only"> {c.reference}</span>
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} totalIsLowerBound={result.totalCapped} basePath={`/${lang}/staff/complaints`} query={query} />
    </>
  );
}
