import type { Metadata } from "next";
import { pageRefusal } from "@/components/insights/page-errors";
import Link from "next/link";
import { DrillTable } from "@/components/insights/drill-table";
import { dashboardParams, param, withParams } from "@/components/insights/links";
import { labelText } from "@/components/insights/text";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { addDays } from "@/lib/domain/insights/days";
import { DRILL_PAGE_SIZE, loadDrill, type DrillQuery } from "@/lib/domain/insights/queries/drill";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("insights:showList") };
}

const KEYS = ["ind", "list", "level", "m", "d", "from", "to", "dimA", "dimB", "mun", "page"] as const;

/** The records behind a number of the dashboard (drill-down), read-only and within the leader's scope, with CSV. */
export default async function InsightsListPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "insights.view", `/${lang}/staff/insights/list`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = Object.fromEntries(KEYS.map((k) => [k, param(sp, k)])) as DrillQuery;
  const drill = await loadDrill(actor, q).catch(pageRefusal);
  const { page: _page, ...filters } = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined)) as Record<string, string>;
  void _page;
  const back = withParams(`/${lang}/staff/insights`, dashboardParams({ ...drill, period: drill.period }));
  return (
    <>
      <PageHeader
        title={labelText(lang, drill.page.title)}
        subtitle={t("insights:period", { from: drill.period.from, to: addDays(drill.period.to, -1) })}
        actions={<ButtonLink variant="secondary" href={withParams(`/${lang}/staff/insights/list/export`, filters)}>{t("insights:list.exportCsv")}</ButtonLink>}
      />
      <p className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={back} className="inline-flex min-h-11 items-center font-bold text-brand-700 hover:underline">{t("insights:list.back")}</Link>
        <span className="text-slate-700" data-testid="drill-total">{t("insights:list.total", { count: drill.page.total })}</span>
      </p>
      {drill.page.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("insights:empty")}</p>
      ) : (
        <DrillTable lang={lang} page={drill.page} />
      )}
      <Pagination lang={lang} page={drill.pageNumber} pageSize={DRILL_PAGE_SIZE} total={drill.page.total} basePath={`/${lang}/staff/insights/list`} query={filters} />
    </>
  );
}
