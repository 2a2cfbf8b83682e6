import { OfficeQueueSummary } from "@/components/licensing-office/queue-summary";
import { Ltr } from "@/components/ui/ltr";
import { Badge } from "@/components/ui/badge";
import { Card, StatCard } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyOffice } from "@/lib/domain/offices/queries/my-office";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeDashboard");

export default async function OfficeDashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "office.dashboard", `/${lang}/office`);
  const t = getT(lang);
  const office = await getMyOffice(actor);
  const active = office.members.filter((m) => m.active);

  return (
    <>
      <PageHeader
        title={localName(lang, office)}
        subtitle={<>{t("dashboard:office.code", { code: office.code })} · <Badge tone={office.status === "ACTIVE" ? "green" : "red"}>{t(`dashboard:office.status.${office.status as "ACTIVE"}`)}</Badge></>}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("dashboard:office.stats.members")} value={active.length} />
        <StatCard label={t("dashboard:office.stats.healthSpecialists")} value={active.filter((m) => m.role === "HEALTH_SPECIALIST" && m.verified).length} hint={t("dashboard:office.stats.healthHint")} />
        <StatCard label={t("dashboard:office.stats.municipalities")} value={office.municipalities.length} />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Card title={t("dashboard:office.coverage")}>
          <ul className="flex flex-wrap gap-2">
            {office.municipalities.map((m) => <li key={m.nameAr}><Badge tone="blue">{localName(lang, m)}</Badge></li>)}
          </ul>
        </Card>
        <Card title={t("dashboard:office.details")}>
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <dt className="text-slate-600">{t("dashboard:office.crNumber")}</dt><dd><Ltr className="font-bold tabular-nums">{office.commercialRegNo}</Ltr></dd>
            <dt className="text-slate-600">{t("common:phone")}</dt><dd><Ltr className="font-bold tabular-nums">{office.phone}</Ltr></dd>
            <dt className="text-slate-600">{t("common:email")}</dt><dd className="truncate"><Ltr className="font-bold">{office.email ?? "—"}</Ltr></dd>
          </dl>
        </Card>
        <Card title={t("dashboard:office.queue")} className="lg:col-span-2">
          <OfficeQueueSummary lang={lang} actor={actor} />
        </Card>
      </div>
    </>
  );
}
