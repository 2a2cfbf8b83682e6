import type { Metadata } from "next";
import Link from "next/link";
import { PlainSelect } from "@/components/forms/plain-select";
import { hoursText, PublicStatusBadge, ratingText } from "@/components/supervision/public-office-parts";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { publicRanking } from "@/lib/domain/offices/queries/public-offices";
import { localName } from "@/lib/kernel/locale";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("supervision:public.title") };
}

/** Public: the accredited offices serving a municipality, ranked by their scorecard of the last 90 days. */
export default async function PublicOfficesPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ m?: string }> }) {
  const lang = await langOf(params);
  const { m } = await searchParams;
  const t = getT(lang);
  const { municipalities, chosen, offices } = await publicRanking(typeof m === "string" ? m : undefined);
  const stat = "flex flex-col rounded-lg bg-sand-50 px-3 py-2";
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("supervision:public.title")}</h1>
      <p className="mt-1 text-slate-600">{t("supervision:public.subtitle")}</p>

      <form method="get" className="mt-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <PlainSelect
          name="m"
          idPrefix="offices"
          label={t("supervision:public.municipality")}
          defaultValue={chosen?.code}
          className="min-w-64"
          options={municipalities.map((x) => ({ value: x.code, label: localName(lang, x) }))}
        />
        <Button type="submit">{t("supervision:public.show")}</Button>
      </form>

      {chosen && <h2 className="mt-8 text-lg font-bold text-brand-900" data-testid="ranking-title">{t("supervision:public.rankingOf", { municipality: localName(lang, chosen) })}</h2>}
      {offices.length === 0 ? (
        <p className="mt-6 rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("supervision:public.empty")}</p>
      ) : (
        <ol className="mt-4 space-y-4" aria-label={t("supervision:public.title")}>
          {offices.map((o) => (
            <li key={o.code} data-testid="office-rank" data-code={o.code} className={`rounded-xl border bg-white p-5 shadow-sm ${o.status === "SUSPENDED" ? "border-red-300" : "border-sand-200"}`}>
              <div className="flex flex-wrap items-start gap-4">
                <span className={`flex size-12 shrink-0 items-center justify-center rounded-full text-lg font-bold ${o.rank === null ? "bg-slate-100 text-slate-500" : "bg-brand-50 text-brand-800"}`} aria-label={`${t("supervision:public.rank")} ${o.rank ?? "—"}`}>
                  {o.rank === null ? "—" : formatNumber(o.rank, lang)}
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/${lang}/offices/${o.code}`} className="text-lg font-bold text-brand-800 underline-offset-4 hover:underline">{localName(lang, o)}</Link>
                    <PublicStatusBadge t={t} lang={lang} status={o.status} suspendedUntil={o.suspendedUntil} />
                  </div>
                  <div className="mt-2 flex flex-wrap gap-1">{o.serviceTypes.map((s) => <Badge key={s} tone="blue">{t(`supervision:serviceTypes.${s}`)}</Badge>)}</div>
                  {o.status === "SUSPENDED" && <p className="mt-2 text-sm font-bold text-red-800" data-testid="suspended-note">{t("supervision:public.suspendedNote")}</p>}
                </div>
                <dl className="grid w-full grid-cols-2 gap-2 text-sm sm:w-auto sm:grid-cols-4">
                  <div className={stat}><dt className="text-xs text-slate-500">{t("supervision:public.score")}</dt><dd className="text-lg font-bold tabular-nums text-brand-900">{o.score === null ? t("supervision:public.unranked") : formatNumber(o.score, lang)}</dd></div>
                  <div className={stat}><dt className="text-xs text-slate-500">{t("supervision:public.processed")}</dt><dd className="font-bold tabular-nums">{formatNumber(o.decided, lang)}</dd></div>
                  <div className={stat}><dt className="text-xs text-slate-500">{t("supervision:public.median")}</dt><dd className="font-bold tabular-nums">{hoursText(t, lang, o.medianHours)}</dd></div>
                  <div className={stat}><dt className="text-xs text-slate-500">{t("supervision:public.rating")}</dt><dd className="font-bold tabular-nums">{ratingText(t, lang, o.ratingAverage)}</dd></div>
                </dl>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-6 text-xs text-slate-500">{t("supervision:public.method")}</p>
    </div>
  );
}
