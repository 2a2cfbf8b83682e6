import type { Metadata } from "next";
import { pageRefusal } from "@/components/insights/page-errors";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { dashboardParams, drillHref, param, withParams } from "@/components/insights/links";
import { SectionView } from "@/components/insights/section-view";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { addDays, COMPARE_MODES } from "@/lib/domain/insights/days";
import { loadDashboard } from "@/lib/domain/insights/queries/dashboard";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("insights:title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The decision makers' dashboard (issue 15): Amanah, municipality or department level, from the daily aggregate tables. */
export default async function InsightsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Search }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "insights.view", `/${lang}/staff/insights`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = { level: param(sp, "level"), m: param(sp, "m") || undefined, d: param(sp, "d") || undefined, from: param(sp, "from"), to: param(sp, "to"), compare: param(sp, "compare") };
  const dash = await loadDashboard(actor, q).catch(pageRefusal);
  const base = dashboardParams(dash);
  const heading =
    dash.scope.level === "amanah"
      ? t("insights:levelTitle.amanah")
      : dash.scope.level === "municipality"
        ? t("insights:levelTitle.municipality", { name: localName(lang, dash.municipality) })
        : t("insights:levelTitle.department", { name: localName(lang, dash.department) });

  return (
    <>
      <PageHeader
        title={heading}
        subtitle={
          <>
            <span className="block">{t("insights:period", { from: dash.period.from, to: addDays(dash.period.to, -1) })}</span>
            <span className="block text-sm">{t("insights:comparedWith", { from: dash.comparison.from, to: addDays(dash.comparison.to, -1) })}</span>
          </>
        }
        actions={<ButtonLink variant="secondary" href={withParams(`/${lang}/staff/insights/export`, base)}>{t("insights:exportCsv")}</ButtonLink>}
      />

      <form method="get" role="search" aria-label={t("insights:filters.legend")} className="mb-6 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 print:hidden">
        <PlainSelect name="level" idPrefix="insights" label={t("insights:filters.level")} defaultValue={dash.scope.level} options={dash.choice.levels.map((l) => ({ value: l, label: t(`insights:levels.${l}`) }))} />
        <PlainSelect
          name="m"
          idPrefix="insights"
          label={t("insights:filters.municipality")}
          defaultValue={dash.municipality?.code ?? ""}
          placeholder={actor.municipalityIds === null ? t("insights:filters.allMunicipalities") : undefined}
          options={dash.choice.municipalities.map((m) => ({ value: m.code, label: localName(lang, m) }))}
        />
        <PlainSelect name="d" idPrefix="insights" label={t("insights:filters.department")} defaultValue={dash.department?.code ?? ""} placeholder="—" options={dash.choice.departments.map((d) => ({ value: d.code, label: localName(lang, d) }))} />
        <PlainField name="from" idPrefix="insights" type="date" dir="ltr" label={t("insights:filters.from")} defaultValue={dash.period.from} />
        <PlainField name="to" idPrefix="insights" type="date" dir="ltr" label={t("insights:filters.to")} defaultValue={addDays(dash.period.to, -1)} />
        <PlainSelect name="compare" idPrefix="insights" label={t("insights:filters.compare")} defaultValue={dash.compare} options={COMPARE_MODES.map((c) => ({ value: c, label: t(`insights:filters.compareOptions.${c}`) }))} />
        <div className="flex items-end sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-6 text-sm font-bold text-white hover:bg-brand-700">{t("insights:filters.apply")}</button>
        </div>
      </form>

      <p className="mb-4 text-sm text-slate-600" data-testid="figures-as-of">
        {dash.figuresAsOf ? t("insights:asOf", { at: formatGregorian(dash.figuresAsOf, lang, true) }) : t("insights:asOfNone")}
      </p>
      {dash.scope.level === "department" && (
        <div className="mb-6">
          <Alert tone="info">{t("insights:departmentNote")}</Alert>
        </div>
      )}
      {dash.sections.map((s) => (
        <SectionView key={s.key} lang={lang} section={s} drillHref={(ref) => drillHref(lang, base, ref)} />
      ))}
    </>
  );
}
