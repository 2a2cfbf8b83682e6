import Link from "next/link";
import { ComplaintFlags } from "@/components/complaints/staff/badges";
import { QueueFilterForm } from "@/components/complaints/staff/filter-form";
import { PointsMap } from "@/components/complaints/staff/point-map";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { MAP_LIMIT, mapComplaints, queueFilterOptions } from "@/lib/domain/complaints/queries/staff";
import { parseQueueFilters, queueQuery } from "@/lib/domain/complaints/staff-schemas";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("complaintsMap");

/**
 * Open complaints of the officer's municipalities on a Leaflet map. The list under the map shows the
 * same complaints: it is the fallback when tiles cannot load, and the accessible way to reach them.
 */
export default async function StaffComplaintsMapPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "complaints.handle", `/${lang}/staff/complaints/map`);
  const t = getT(lang);
  const filters = parseQueueFilters(await searchParams);
  const [{ rows, truncated }, options] = await Promise.all([mapComplaints(actor, filters), queueFilterOptions(actor)]);
  const query = queueQuery({ ...filters, status: "open" });
  const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  const points = rows.map((c) => ({ id: c.id, lat: c.latitude!, lng: c.longitude!, label: `${c.reference} — ${localName(lang, c.category)}`, href: `/${lang}/staff/complaints/${c.id}` }));

  return (
    <>
      <PageHeader
        title={t("complaintsStaff:map.title")}
        subtitle={t("complaintsStaff:map.subtitle")}
        actions={
          <ButtonLink variant="secondary" href={`/${lang}/staff/complaints${qs ? `?${qs}` : ""}`}>
            <Icon name="log" />
            {t("complaintsStaff:map.queueView")}
          </ButtonLink>
        }
      />
      <QueueFilterForm lang={lang} filters={filters} options={options} action={`/${lang}/staff/complaints/map`} withStatus={false} />
      <p className="mb-3 text-sm font-bold text-slate-700" data-testid="map-count">{t("complaintsStaff:map.count", { count: rows.length })}</p>
      {truncated && (
        <div className="mb-3">
          <Alert tone="warning">{t("complaintsStaff:map.truncated", { limit: MAP_LIMIT })}</Alert>
        </div>
      )}
      <PointsMap points={points} label={t("complaintsStaff:map.label")} className="h-[28rem]" tilesFailedText={t("complaintsStaff:map.tilesFailed")} />

      <section aria-labelledby="map-list-title" className="mt-6">
        <h2 id="map-list-title" className="mb-3 text-base font-bold text-brand-900">{t("complaintsStaff:map.list")}</h2>
        {rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="map-empty">{t("complaintsStaff:map.empty")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" data-testid="map-list">
            {rows.map((c) => (
              <li key={c.id} data-testid="map-list-item" data-reference={c.reference} className={`rounded-xl border bg-white p-4 shadow-sm ${c.overdue ? "border-red-200" : "border-sand-200"}`}>
                <div className="flex items-start justify-between gap-2">
                  <Link href={`/${lang}/staff/complaints/${c.id}`} className="font-bold text-brand-700 underline">
                    <bdi dir="ltr" className="tabular-nums">{c.reference}</bdi>
                  </Link>
                  <ComplaintFlags lang={lang} overdue={c.overdue} escalationLevel={c.escalationLevel} reopenCount={c.reopenCount} />
                </div>
                <p className="mt-1 font-bold">{localName(lang, c.category)}</p>
                <p className="text-sm text-slate-600">{c.district ? `${localName(lang, c.district)} — ` : ""}{localName(lang, c.municipality)}</p>
                <p className="mt-1 text-xs text-slate-500">
                  <bdi dir="ltr" className="tabular-nums">{c.latitude!.toFixed(5)}, {c.longitude!.toFixed(5)}</bdi>
                </p>
                <p className="mt-2 text-xs text-slate-600">{t("complaintsStaff:queue.dueOn")}: <DateText date={c.slaDueAt} lang={lang} /></p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
