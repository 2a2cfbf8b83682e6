import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, StatCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, requirePageActor } from "@/lib/auth/require-actor";
import { getStaffDashboard } from "@/lib/domain/dashboard/queries/staff-dashboard";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { devSmsEnabled } from "@/lib/env";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("staffDashboard");

export default async function StaffDashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "staff.dashboard", `/${lang}/staff`);
  const t = getT(lang);
  const d = await getStaffDashboard(actor, lang);
  const name = localName(lang, actor);
  const n = (v: number) => formatNumber(v, lang);

  return (
    <>
      <PageHeader title={t("dashboard:staff.title")} subtitle={t("dashboard:staff.welcome", { name })} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label={t("dashboard:staff.kpi.activeOffices")} value={n(d.activeOffices)} hint={t("dashboard:staff.kpi.pendingOffices", { count: d.pendingOffices })} />
        <StatCard label={t("dashboard:staff.kpi.citizens")} value={n(d.citizens)} />
        <StatCard label={t("dashboard:staff.kpi.eservices")} value={n(d.eservices)} />
        <StatCard label={t("dashboard:staff.kpi.auditToday")} value={n(d.auditToday)} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("dashboard:staff.scope")}>
          <ul className="flex flex-wrap gap-2">
            {d.scope.map((m) => <li key={m}><Badge tone="blue">{m}</Badge></li>)}
          </ul>
        </Card>
        <Card title={t("dashboard:staff.notifications")} action={can(actor, "sms.log.read") && devSmsEnabled() ? <ButtonLink variant="ghost" href={`/${lang}/staff/sms-log`}>{t("dashboard:staff.openSmsLog")}</ButtonLink> : null}>
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <dt className="text-slate-600">{t("dashboard:staff.outboxPending")}</dt><dd className="font-bold tabular-nums">{n(d.outboxPending)}</dd>
            <dt className="text-slate-600">{t("dashboard:staff.outboxDead")}</dt><dd className="font-bold tabular-nums">{d.outboxDead > 0 ? <Badge tone="red">{n(d.outboxDead)}</Badge> : n(0)}</dd>
          </dl>
        </Card>
      </div>
    </>
  );
}
