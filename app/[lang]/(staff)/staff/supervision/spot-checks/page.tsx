import { pageParam } from "@/lib/validation";
import { PenaltyKindBadge, SpotStatusBadge } from "@/components/supervision/penalty-parts";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { committeeSpotChecks } from "@/lib/domain/offices/queries/spot-checks";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { sampleSpotChecksAction } from "./actions";
import { SampleForm } from "./sample-form";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";
import { riyadhDay } from "@/lib/kernel/riyadh-days";


export const generateMetadata = pageTitle("supervisionSpotChecks");

export default async function SpotChecksCommitteePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/spot-checks`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await committeeSpotChecks(actor, { page: pageParam(sp.page) });
  const now = new Date();

  return (
    <>
      <PageHeader title={t("penalties:spot.committeeTitle")} subtitle={t("penalties:spot.committeeSubtitle")} />
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <Card title={t("penalties:spot.sampleTitle")}>
          <SampleForm
            offices={r.offices.map((o) => ({ id: o.id, label: `${localName(lang, o)} (${o.code})` }))}
            inspectors={r.inspectors.map((i) => ({ id: i.id, label: localName(lang, i) }))}
            from={riyadhDay(new Date(now.getTime() - 90 * 86_400_000))}
            to={riyadhDay(now)}
            action={sampleSpotChecksAction}
          />
        </Card>
        <section aria-labelledby="recent-checks">
          <h2 id="recent-checks" className="mb-3 text-base font-bold text-brand-900">{t("penalties:spot.recent")}</h2>
          {r.rows.length === 0 ? (
            <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("penalties:spot.empty")}</p>
          ) : (
            <Table caption={t("penalties:spot.recent")} head={[t("penalties:fields.license"), t("penalties:fields.office"), t("penalties:fields.inspector"), t("penalties:fields.result"), t("penalties:fields.sampledAt")]}>
              {r.rows.map((c) => (
                <tr key={c.id} data-testid="spot-check-row">
                  <Td><bdi dir="ltr" className="font-bold tabular-nums">{c.license.number}</bdi><p className="text-xs text-slate-600">{c.license.tradeNameAr}</p></Td>
                  <Td>{localName(lang, c.office)}</Td>
                  <Td>{c.inspector ? localName(lang, c.inspector) : "—"}</Td>
                  <Td>
                    <span className="flex flex-wrap gap-1"><SpotStatusBadge t={t} status={c.status} />{c.penalty && <PenaltyKindBadge t={t} kind={c.penalty.kind} />}</span>
                    {c.findingNote && <p className="mt-1 max-w-xs text-xs text-slate-600">{c.findingNote}</p>}
                  </Td>
                  <Td className="whitespace-nowrap"><DateText date={c.createdAt} lang={lang} /></Td>
                </tr>
              ))}
            </Table>
          )}
          <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={`/${lang}/staff/supervision/spot-checks`} query={{}} />
        </section>
      </div>
    </>
  );
}
