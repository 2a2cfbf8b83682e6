import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyReports } from "@/lib/domain/insights/queries/reports";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("insights:reports.title") };
}

/** The periodic reports of the signed-in leader's subscriptions, newest first. */
export default async function InsightReportsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "insights.reports", `/${lang}/staff/insights/reports`);
  const t = getT(lang);
  const { reports, subscriptions } = await listMyReports(actor);
  return (
    <>
      <PageHeader title={t("insights:reports.title")} subtitle={t("insights:reports.subtitle")} />
      <Card title={t("insights:reports.subscriptions")} className="mb-6">
        {subscriptions.length === 0 ? (
          <p className="text-slate-600">{t("insights:reports.noSubscriptions")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {subscriptions.map((s, i) => (
              <li key={i}><Badge tone="blue">{`${t(`insights:reports.kind.${s.period}`)} — ${localName(lang, s.scope)}`}</Badge></li>
            ))}
          </ul>
        )}
        <p className="mt-3">
          <Link className="inline-flex min-h-11 items-center font-bold text-brand-700 hover:underline" href={`/${lang}/staff/insights/reports/subscriptions`}>
            {t("insights:reports.manageSubscriptions")}
          </Link>
        </p>
      </Card>
      {reports.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("insights:reports.empty")}</p>
      ) : (
        <Table caption={t("insights:reports.title")} head={[t("insights:reports.kindCol"), t("insights:reports.scope"), t("insights:reports.periodCol"), t("insights:reports.producedAt"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
          {reports.map((r) => (
            <tr key={r.id} data-testid={`report-${r.period}`}>
              <Td><Badge tone={r.period === "MONTHLY" ? "green" : "slate"} status={r.period}>{t(`insights:reports.kind.${r.period}`)}</Badge></Td>
              <Td>{localName(lang, r.scope)}</Td>
              <Td><bdi dir="ltr">{`${r.from} – ${r.to}`}</bdi></Td>
              <Td>{formatGregorian(r.createdAt, lang, true)}</Td>
              <Td>
                <Link className="inline-flex min-h-11 items-center font-bold text-brand-700 hover:underline" href={`/${lang}/staff/insights/reports/${r.id}`} aria-label={`${t("insights:reports.open")}: ${t(`insights:reports.reportTitle.${r.period}`, { scope: localName(lang, r.scope) })} ${r.from}`}>
                  {t("insights:reports.open")}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
