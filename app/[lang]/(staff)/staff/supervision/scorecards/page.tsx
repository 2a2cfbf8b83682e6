import Link from "next/link";
import clsx from "clsx";
import { OfficeStatusPill } from "@/components/supervision/penalty-parts";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { staffScorecards } from "@/lib/domain/offices/queries/scorecards";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

const PERIODS = [30, 90, 365] as const;

function ScoreBar({ score }: { score: number }) {
  const tone = score >= 75 ? "bg-emerald-600" : score >= 50 ? "bg-amber-500" : "bg-red-600";
  return (
    <div className="flex items-center gap-2">
      <span className="w-12 text-lg font-bold tabular-nums text-brand-900">{score}</span>
      <span className="h-2 w-24 overflow-hidden rounded-full bg-sand-100" aria-hidden>
        <span className={clsx("block h-full rounded-full", tone)} style={{ width: `${score}%` }} />
      </span>
    </div>
  );
}

export const generateMetadata = pageTitle("scorecards");

export default async function ScorecardsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ days?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.scorecards", `/${lang}/staff/supervision/scorecards`);
  const t = getT(lang);
  const sp = await searchParams;
  const days = PERIODS.find((d) => String(d) === sp.days) ?? 90;
  const cards = await staffScorecards(actor, days);
  const n = (v: number) => formatNumber(v, lang);

  return (
    <>
      <PageHeader title={t("penalties:scorecards.title")} subtitle={t("penalties:scorecards.subtitle")} />
      <nav aria-label={t("penalties:scorecards.period")} className="mb-4 flex flex-wrap items-center gap-2">
        <span className="text-sm font-bold text-slate-700">{t("penalties:scorecards.period")}:</span>
        {PERIODS.map((d) => (
          <Link
            key={d}
            href={`/${lang}/staff/supervision/scorecards?days=${d}`}
            aria-current={d === days ? "page" : undefined}
            className={clsx("inline-flex min-h-11 items-center rounded-lg border px-3 text-sm font-bold", d === days ? "border-brand-600 bg-brand-600 text-white" : "border-sand-200 bg-white text-slate-700 hover:border-brand-600")}
          >
            {t(`penalties:scorecards.days.${d}`)}
          </Link>
        ))}
      </nav>
      {cards.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("penalties:scorecards.empty")}</p>
      ) : (
        <Table
          caption={t("penalties:scorecards.title")}
          head={[
            t("penalties:scorecards.rank"),
            t("penalties:fields.office"),
            t("penalties:scorecards.score"),
            t("penalties:scorecards.applications"),
            t("penalties:scorecards.median"),
            t("penalties:scorecards.sla"),
            t("penalties:scorecards.returned"),
            t("penalties:scorecards.spotChecks"),
            t("penalties:scorecards.complaints"),
            t("penalties:scorecards.rating"),
          ]}
        >
          {cards.map((c) => (
            <tr key={c.officeId} data-testid="scorecard-row" data-code={c.code}>
              <Td className="text-center text-lg font-bold tabular-nums text-slate-700">{c.rank ?? "—"}</Td>
              <Td>
                <p className="min-w-48 font-bold">{localName(lang, c)}</p>
                <p className="mt-1 flex items-center gap-2 text-xs text-slate-500"><bdi dir="ltr">{c.code}</bdi> {c.status !== "ACTIVE" && <OfficeStatusPill t={t} status={c.status} />}</p>
              </Td>
              <Td>{c.score === null ? <span className="text-sm text-slate-500">{t("penalties:scorecards.unranked")}</span> : <ScoreBar score={c.score} />}</Td>
              <Td className="tabular-nums">{n(c.applications)}</Td>
              <Td className="whitespace-nowrap">
                {c.medianHours === null ? <span className="text-slate-500">{t("penalties:scorecards.noData")}</span> : (
                  <>
                    <span className={clsx("font-bold tabular-nums", c.medianHours > c.targetMedianHours && "text-red-700")}>{t("penalties:scorecards.hours", { value: n(c.medianHours) })}</span>
                    <span className="block text-xs text-slate-500">{t("penalties:scorecards.target", { value: n(c.targetMedianHours) })}</span>
                  </>
                )}
              </Td>
              <Td className="tabular-nums">{n(c.slaBreaches)}</Td>
              <Td className="tabular-nums">{n(c.returned)}</Td>
              <Td className="whitespace-nowrap text-sm">{t("penalties:scorecards.findingsOf", { findings: n(c.spotCheckFindings), checks: n(c.spotChecks) })}</Td>
              <Td className="tabular-nums">{n(c.complaints)}</Td>
              <Td className="whitespace-nowrap text-sm">{c.ratingAverage === null ? <span className="text-slate-500">{t("penalties:scorecards.noData")}</span> : t("penalties:scorecards.ratingOf", { avg: n(c.ratingAverage), count: n(c.ratingCount) })}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Card title={t("penalties:scorecards.weights")} className="mt-6">
        <p className="text-sm leading-7 text-slate-700">{t("penalties:scorecards.weightsBody")}</p>
      </Card>
    </>
  );
}
