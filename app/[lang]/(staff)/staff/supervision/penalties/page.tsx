import { pageParam } from "@/lib/validation";
import Link from "next/link";
import clsx from "clsx";
import { AppealBadge, PenaltyFacts, PenaltyKindBadge, PenaltyStatusBadge } from "@/components/supervision/penalty-parts";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { committeePenalties, type CommitteeTab } from "@/lib/domain/offices/queries/penalties";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { DecideAppealForm, DecidePenaltyForm } from "./decide-forms";
import { decideAppealAction, decidePenaltyAction } from "./actions";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

const TABS: CommitteeTab[] = ["proposed", "appeals", "decided"];

export const generateMetadata = pageTitle("penalties");

export default async function PenaltiesPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ tab?: string; page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/penalties`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await committeePenalties(actor, { tab: sp.tab, page: pageParam(sp.page) });
  const base = `/${lang}/staff/supervision/penalties`;
  const count = (tab: CommitteeTab) => (tab === "proposed" ? r.counts.proposed : tab === "appeals" ? r.counts.appeals : null);

  return (
    <>
      <PageHeader
        title={t("penalties:penaltiesPage.title")}
        subtitle={t("penalties:penaltiesPage.subtitle")}
        actions={<Link href={`/${lang}/staff/supervision/spot-checks`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">{t("penalties:spot.committeeTitle")}</Link>}
      />
      <nav aria-label={t("penalties:penaltiesPage.title")} className="mb-6 flex gap-2 overflow-x-auto border-b border-sand-200">
        {TABS.map((tab) => (
          <Link
            key={tab}
            href={`${base}?tab=${tab}`}
            aria-current={r.tab === tab ? "page" : undefined}
            className={clsx("-mb-px inline-flex min-h-11 items-center gap-2 border-b-2 px-4 text-sm font-bold", r.tab === tab ? "border-brand-600 text-brand-800" : "border-transparent text-slate-600 hover:text-brand-700")}
          >
            {t(`penalties:penaltiesPage.tabs.${tab}`)}
            {count(tab) ? <span className="rounded-full bg-brand-600 px-2 text-xs text-white tabular-nums">{count(tab)}</span> : null}
          </Link>
        ))}
      </nav>

      {r.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="penalties-empty">
          {t(r.tab === "proposed" ? "penalties:penaltiesPage.emptyProposed" : r.tab === "appeals" ? "penalties:penaltiesPage.emptyAppeals" : "penalties:penaltiesPage.emptyDecided")}
        </p>
      ) : r.tab === "decided" ? (
        <Table caption={t("penalties:penaltiesPage.tabs.decided")} head={[t("penalties:fields.number"), t("penalties:fields.office"), t("penalties:fields.kind"), t("penalties:fields.status"), t("penalties:fields.decidedAt")]}>
          {r.rows.map((p) => (
            <tr key={p.id} data-testid="penalty-row">
              <Td><bdi dir="ltr" className="font-bold tabular-nums">{p.number}</bdi></Td>
              <Td>{localName(lang, p.office)}</Td>
              <Td><PenaltyKindBadge t={t} kind={p.kind} /></Td>
              <Td><span className="flex flex-wrap gap-1"><PenaltyStatusBadge t={t} status={p.status} />{p.appeal && <AppealBadge t={t} status={p.appeal.status} />}</span></Td>
              <Td className="whitespace-nowrap">{p.decidedAt && <DateText date={p.decidedAt} lang={lang} />}</Td>
            </tr>
          ))}
        </Table>
      ) : (
        <div className="space-y-6">
          {r.rows.map((p) => (
            <Card
              key={p.id}
              title={<span className="flex flex-wrap items-center gap-2"><bdi dir="ltr" className="tabular-nums">{p.number}</bdi><PenaltyKindBadge t={t} kind={p.kind} /><PenaltyStatusBadge t={t} status={p.status} /></span>}
            >
              <div className="grid gap-6 lg:grid-cols-2" data-testid="penalty-card" data-number={p.number}>
                <PenaltyFacts t={t} lang={lang} p={p} />
                <div>
                  {r.tab === "appeals" && p.appeal && p.appeal.availableEvents.length > 0 ? (
                    <>
                      <div className="mb-4 rounded-lg bg-sand-50 p-4">
                        <p className="text-sm font-bold text-slate-800">{t("penalties:penaltiesPage.appealReason")}</p>
                        <p dir="auto" className="mt-1 whitespace-pre-line text-start text-sm text-slate-800">{p.appeal.reason}</p>
                        <p className="mt-2 text-xs text-slate-500">{t("penalties:penaltiesPage.appealFiledAt")}: <DateText date={p.appeal.filedAt} lang={lang} /></p>
                      </div>
                      <DecideAppealForm action={decideAppealAction} appealId={p.appeal.id} number={p.number} />
                    </>
                  ) : p.availableEvents.includes("confirm") || p.availableEvents.includes("dismiss") ? (
                    <DecidePenaltyForm action={decidePenaltyAction} penaltyId={p.id} number={p.number} />
                  ) : null}
                </div>
              </div>
            </Card>
          ))}
        </div>
      )}
      <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={base} query={{ tab: r.tab }} />
    </>
  );
}
