import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getCitizenDashboard } from "@/lib/domain/dashboard/queries/citizen-dashboard";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { formatHijri } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export default async function CitizenDashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "citizen.dashboard", `/${lang}/my`);
  const t = getT(lang);
  const data = await getCitizenDashboard(actor);
  const name = localName(lang, actor);

  return (
    <>
      <PageHeader title={t("dashboard:citizen.greeting", { name })} subtitle={t("dashboard:citizen.today", { hijri: formatHijri(new Date(), lang) })} />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title={t("dashboard:citizen.quickActions")} className="xl:col-span-2">
          <ul className="grid gap-3 sm:grid-cols-2">
            {(["license", "bills", "complaint", "appointment"] as const).map((k) => (
              <li key={k} className="rounded-lg border border-sand-200 p-4">
                <p className="font-bold text-slate-900">{t(`dashboard:citizen.actions.${k}.title`)}</p>
                <p className="mt-1 text-sm text-slate-600">{t(`dashboard:citizen.actions.${k}.body`)}</p>
                <Badge tone="slate">{t("dashboard:comingSoon")}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("dashboard:citizen.identity")} action={<ButtonLink variant="ghost" href={`/${lang}/my/profile`}>{t("dashboard:citizen.editProfile")}</ButtonLink>}>
          <dl className="space-y-3 text-sm">
            <div><dt className="text-slate-600">{t("auth:nationalId")}</dt><dd dir="ltr" className="text-start font-semibold tabular-nums">{data.nationalId}</dd></div>
            <div><dt className="text-slate-600">{t("common:mobile")}</dt><dd dir="ltr" className="text-start font-semibold tabular-nums">{formatSaudiMobile(data.mobile)}</dd></div>
            <div><dt className="text-slate-600">{t("dashboard:citizen.memberSince")}</dt><dd className="font-semibold"><DateText date={data.memberSince} lang={lang} /></dd></div>
          </dl>
        </Card>
        <Card title={t("dashboard:citizen.messages")} className="xl:col-span-3">
          {data.messages.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard:citizen.noMessages")}</p>
          ) : (
            <ul className="divide-y divide-sand-100">
              {data.messages.map((m) => (
                <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <p className="min-w-0 flex-1 text-sm text-slate-800">{m.body}</p>
                  <span className="text-xs text-slate-500"><DateText date={m.createdAt} lang={lang} withTime /></span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
