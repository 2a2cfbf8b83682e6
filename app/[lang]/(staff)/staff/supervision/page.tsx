import Link from "next/link";
import { Card, StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { committeeDashboard } from "@/lib/domain/offices/queries/dashboard";
import { localName, localText } from "@/lib/kernel/locale";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { OfficeStatusBadge } from "./badges";
import { pageTitle } from "@/lib/i18n/page-title";

const link = "inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50";

export const generateMetadata = pageTitle("supervision");

export default async function SupervisionDashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision`);
  const t = getT(lang);
  const d = await committeeDashboard(actor);
  const base = `/${lang}/staff/supervision`;
  return (
    <>
      <PageHeader title={t("supervision:dashboard.title")} subtitle={t("supervision:dashboard.subtitle")} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="supervision-stats">
        <Link href={`${base}/accreditations`} className="block rounded-xl focus-visible:outline-2 focus-visible:outline-brand-600"><StatCard label={t("supervision:dashboard.pendingAccreditations")} value={d.pendingAccreditations} /></Link>
        <Link href={`${base}/penalties`} className="block rounded-xl focus-visible:outline-2 focus-visible:outline-brand-600"><StatCard label={t("supervision:dashboard.pendingAppeals")} value={d.pendingAppeals} /></Link>
        <Link href={`${base}/penalties`} className="block rounded-xl focus-visible:outline-2 focus-visible:outline-brand-600"><StatCard label={t("supervision:dashboard.penaltiesThisMonth")} value={d.penaltiesThisMonth} /></Link>
        <Link href={`${base}/feedback`} className="block rounded-xl focus-visible:outline-2 focus-visible:outline-brand-600"><StatCard label={t("supervision:dashboard.openFeedback")} value={d.openFeedback} /></Link>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card title={t("supervision:dashboard.officesByStatus")} className="lg:col-span-2">
          <div className="mb-4 flex flex-wrap gap-3">
            {(Object.entries(d.counts) as [string, number][]).map(([s, n]) => (
              <span key={s} className="inline-flex items-center gap-2 rounded-lg bg-sand-50 px-3 py-2"><OfficeStatusBadge t={t} status={s} /><span className="font-bold tabular-nums">{n}</span></span>
            ))}
          </div>
          <Table caption={t("supervision:dashboard.offices")} head={[t("supervision:fields.office"), t("supervision:fields.status"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
            {d.offices.map((o) => (
              <tr key={o.code}>
                <Td className="font-bold">{localName(lang, o)}</Td>
                <Td><OfficeStatusBadge t={t} status={o.status} /></Td>
                <Td><Link className={link} href={`${base}/offices/${o.code}`}>{t("supervision:office.open")}</Link></Td>
              </tr>
            ))}
          </Table>
        </Card>
        <div className="space-y-6">
          <Card title={t("supervision:dashboard.endingSoon")}>
            {d.endingSoon.length === 0 ? <p className="text-slate-600">{t("supervision:dashboard.noEnding")}</p> : (
              <ul className="space-y-3" data-testid="ending-soon">
                {d.endingSoon.map((c) => (
                  <li key={c.number} className="flex items-start justify-between gap-2">
                    <Link href={`${base}/offices/${c.office.code}`} className="font-bold text-brand-700 underline-offset-4 hover:underline">{localName(lang, c.office)}</Link>
                    <DateText date={c.endsAt} lang={lang} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("supervision:dashboard.links")}>
            <ul className="space-y-2">
              {(["accreditations", "workshops", "feedback", "penalties", "scorecards"] as const).map((k) => (
                <li key={k}><Link href={`${base}/${k}`} className="font-bold text-brand-700 underline-offset-4 hover:underline">{t(`supervision:dashboard.${k}`)}</Link></li>
              ))}
            </ul>
          </Card>
          <Card title={t("supervision:dashboard.upcomingWorkshops")}>
            <ul className="space-y-3">
              {d.upcomingWorkshops.map((w) => (
                <li key={w.id} className="flex items-start justify-between gap-2">
                  <Link href={`${base}/workshops/${w.id}`} className="font-bold text-brand-700 underline-offset-4 hover:underline">{localText(lang, w, "title")}</Link>
                  <DateText date={w.startsAt} lang={lang} />
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
