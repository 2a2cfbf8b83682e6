import Link from "next/link";
import { Ltr } from "@/components/ui/ltr";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getCitizenDashboard } from "@/lib/domain/dashboard/queries/citizen-dashboard";
import { citizenTodo, type TodoItemDTO } from "@/lib/domain/dashboard/queries/citizen-todo";
import { Icon } from "@/components/ui/icon";
import { formatHalalas } from "@/lib/i18n/money";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { formatHijri } from "@/lib/i18n/dates";
import type { IconName } from "@/components/shells/nav";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

/** Every tile opens a service that works today (issue 17, item 2: no "coming soon" for what works). */
const TILES = [
  { key: "license", href: "/my/licenses", icon: "license", title: "dashboard:citizen.actions.license.title", body: "dashboard:citizen.actions.license.body" },
  { key: "bills", href: "/my/bills", icon: "bill", title: "dashboard:citizen.actions.bills.title", body: "dashboard:citizen.actions.bills.body" },
  { key: "complaint", href: "/complaints/new", icon: "megaphone", title: "dashboard:citizen.actions.complaint.title", body: "dashboard:citizen.actions.complaint.body" },
  { key: "healthCert", href: "/my/health-certificates", icon: "heart", title: "catalogue:tiles.healthCert.title", body: "catalogue:tiles.healthCert.body" },
  { key: "catalogue", href: "/catalogue", icon: "grid", title: "catalogue:tiles.catalogue.title", body: "catalogue:tiles.catalogue.body" },
] as const satisfies readonly { key: string; href: string; icon: IconName; title: string; body: string }[];

const TODO_ACTION = { unpaidBill: "catalogue:todo.payBill", returned: "catalogue:todo.complete", objection: "catalogue:todo.viewObjection", expiring: "catalogue:todo.renew" } as const;

export const generateMetadata = pageTitle("myDashboard");

export default async function CitizenDashboardPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "citizen.dashboard", `/${lang}/my`);
  const t = getT(lang);
  const [data, todo] = await Promise.all([getCitizenDashboard(actor), citizenTodo(actor, lang)]);
  const todoText = (item: TodoItemDTO) => {
    if (item.kind === "expiring") return t("catalogue:todo.expiring", { date: formatGregorian(item.expiresAt, lang) });
    return t(`catalogue:todo.${item.kind}`);
  };
  const name = localName(lang, actor);

  return (
    <>
      <PageHeader title={t("dashboard:citizen.greeting", { name })} subtitle={t("dashboard:citizen.today", { hijri: formatHijri(new Date(), lang) })} />
      <div className="grid gap-6 xl:grid-cols-3">
        <Card title={t("catalogue:todo.title")} className="xl:col-span-3">
          <section aria-label={t("catalogue:todo.title")} data-testid="todo-panel">
            {todo.length === 0 ? (
              <p className="text-sm text-slate-600" data-testid="todo-none">{t("catalogue:todo.none")}</p>
            ) : (
              <ul className="divide-y divide-sand-100">
                {todo.map((item) => (
                  <li key={item.key} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="todo-item" data-kind={item.kind}>
                    <div className="min-w-0">
                      <p className="font-bold text-slate-900">{todoText(item)}</p>
                      <p className="text-sm text-slate-600">{t("catalogue:todo.number")}: <bdi dir="ltr" className="font-bold tabular-nums" data-testid="todo-number">{item.number}</bdi></p>
                      {item.kind === "unpaidBill" && (
                        <p className="text-sm text-slate-600">
                          {t("catalogue:todo.amount")}: <bdi dir="ltr" className="font-bold tabular-nums text-slate-900" data-testid="todo-amount">{formatHalalas(item.totalHalalas, lang)}</bdi>
                        </p>
                      )}
                    </div>
                    <Link href={item.href} className={buttonClass("secondary")}>{t(TODO_ACTION[item.kind])}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </Card>
        <Card title={t("dashboard:citizen.quickActions")} className="xl:col-span-2">
          <ul className="grid gap-3 sm:grid-cols-2">
            {TILES.map((tile) => (
              <li key={tile.key}>
                <Link href={`/${lang}${tile.href}`} className="block h-full rounded-lg border border-sand-200 p-4 hover:border-brand-600 hover:bg-brand-50" data-testid="dashboard-tile">
                  <span className="flex items-center gap-2 font-bold text-slate-900"><Icon name={tile.icon} className="size-5 text-brand-700" />{t(tile.title)}</span>
                  <span className="mt-1 block text-sm text-slate-600">{t(tile.body)}</span>
                  <span className="mt-2 inline-block text-sm font-bold text-brand-700">{t("catalogue:tiles.open")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t("dashboard:citizen.identity")} action={<ButtonLink variant="ghost" href={`/${lang}/my/profile`}>{t("dashboard:citizen.editProfile")}</ButtonLink>}>
          <dl className="space-y-3 text-sm">
            <div><dt className="text-slate-600">{t("auth:nationalId")}</dt><dd><Ltr className="font-bold tabular-nums">{data.nationalId}</Ltr></dd></div>
            <div><dt className="text-slate-600">{t("common:mobile")}</dt><dd><Ltr className="font-bold tabular-nums">{formatSaudiMobile(data.mobile)}</Ltr></dd></div>
            <div><dt className="text-slate-600">{t("dashboard:citizen.memberSince")}</dt><dd className="font-bold"><DateText date={data.memberSince} lang={lang} /></dd></div>
          </dl>
        </Card>
        <Card title={t("dashboard:citizen.messages")} className="xl:col-span-3">
          {data.messages.length === 0 ? (
            <p className="text-sm text-slate-600">{t("dashboard:citizen.noMessages")}</p>
          ) : (
            <ul className="divide-y divide-sand-100">
              {data.messages.map((m) => (
                <li key={m.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                  <p dir="auto" className="min-w-0 flex-1 text-start text-sm text-slate-800" data-testid="sms-body">{m.body}</p>
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
