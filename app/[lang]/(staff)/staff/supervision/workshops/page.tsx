import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { workshopList } from "@/lib/domain/offices/queries/workshops";
import { localText } from "@/lib/kernel/locale";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { scheduleWorkshopAction } from "../actions";
import { WorkshopForm } from "../forms";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("workshops");

export default async function WorkshopsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/workshops`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await workshopList({ page: pageParam(sp.page) });
  const base = `/${lang}/staff/supervision/workshops`;
  return (
    <>
      <PageHeader title={t("supervision:workshops.title")} subtitle={t("supervision:workshops.subtitle")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {r.rows.length === 0 ? <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("supervision:workshops.empty")}</p> : (
            <Table caption={t("supervision:workshops.title")} head={[t("supervision:fields.topic"), t("supervision:fields.date"), t("supervision:fields.capacity"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
              {r.rows.map((w) => (
                <tr key={w.id} data-testid="workshop-row">
                  <Td><p className="font-bold">{localText(lang, w, "title")}</p><p className="text-xs text-slate-600">{t(`supervision:topics.${w.topic as "LICENSING_BASICS"}`)}</p><p className="text-xs text-slate-600">{w.location}</p></Td>
                  <Td className="whitespace-nowrap"><DateText date={w.startsAt} lang={lang} withTime />{" "}<Badge tone={w.held ? "slate" : "blue"}>{t(w.held ? "supervision:workshops.held" : "supervision:workshops.upcoming")}</Badge></Td>
                  <Td className="tabular-nums">{t("supervision:workshops.seats", { taken: formatNumber(w.taken, lang), capacity: formatNumber(w.capacity, lang) })}</Td>
                  <Td><Link href={`${base}/${w.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">{t("supervision:workshops.open")}</Link></Td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={base} query={{}} />
        </div>
        <Card title={t("supervision:workshops.schedule")}>
          <WorkshopForm action={scheduleWorkshopAction} />
        </Card>
      </div>
    </>
  );
}
