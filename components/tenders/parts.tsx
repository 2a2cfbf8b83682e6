import Link from "next/link";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TENDER_ACTIVITIES } from "@/lib/domain/tenders/activities";
import { TENDER_STATES, type TenderState } from "@/lib/domain/tenders/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const TONE = { ANNOUNCED: "blue", OPEN: "green", CLOSED: "amber", AWARDED: "slate", CANCELLED: "red" } as const;

/** A tender's or auction's status (data-status carries the machine value for tests). */
export function TenderStatusBadge({ lang, status, auction = false }: { lang: Lang; status: TenderState; auction?: boolean }) {
  const t = getT(lang);
  return <Badge tone={TONE[status]} status={status} testId="tender-status">{t(`${auction ? "tenders:auctionStatus" : "tenders:status"}.${status}`)}</Badge>;
}

export function activityName(lang: Lang, activity: string): string {
  const t = getT(lang);
  return (TENDER_ACTIVITIES as readonly string[]).includes(activity) ? t(`tenders:activities.${activity as (typeof TENDER_ACTIVITIES)[number]}`) : activity;
}

/** Tabs between tenders and auctions (real links). */
export function TenderTabs({ lang, current }: { lang: Lang; current: "tenders" | "auctions" }) {
  const t = getT(lang);
  const tab = (href: string, label: string, active: boolean) => (
    <Link href={href} aria-current={active ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-lg px-4 text-sm font-bold ${active ? "bg-brand-600 text-white" : "border border-sand-200 bg-white text-brand-800 hover:bg-sand-100"}`}>{label}</Link>
  );
  return (
    <nav aria-label={t("tenders:public.title")} className="mt-5 flex flex-wrap gap-2">
      {tab(`/${lang}/tenders`, t("tenders:public.tabTenders"), current === "tenders")}
      {tab(`/${lang}/auctions`, t("tenders:public.tabAuctions"), current === "auctions")}
    </nav>
  );
}

/** The GET filter of a public list: number or words, activity, status. Works without JavaScript. */
export function TenderFilters({ lang, q, activity, status, auction = false }: { lang: Lang; q: string; activity: string; status: string; auction?: boolean }) {
  const t = getT(lang);
  const statusKey = auction ? "tenders:auctionStatus" : "tenders:status";
  return (
    <form method="get" role="search" aria-label={t("tenders:public.filters")} className="mt-5 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
      <PlainField name="q" idPrefix="filter" label={t(auction ? "tenders:public.qAuction" : "tenders:public.q")} defaultValue={q} autoComplete="off" />
      <PlainSelect name="activity" idPrefix="filter" label={t("tenders:fields.activity")} defaultValue={activity} options={[{ value: "", label: t("tenders:public.allActivities") }, ...TENDER_ACTIVITIES.map((a) => ({ value: a, label: t(`tenders:activities.${a}`) }))]} />
      <PlainSelect name="status" idPrefix="filter" label={t("tenders:fields.status")} defaultValue={status} options={[{ value: "", label: t("tenders:public.allStatuses") }, ...TENDER_STATES.map((s) => ({ value: s, label: t(`${statusKey}.${s}`) }))]} />
      <Button type="submit">{t("tenders:public.apply")}</Button>
    </form>
  );
}

/** A search parameter as one bounded string. */
export function param(v: string | string[] | undefined, max = 100): string {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s.slice(0, max) : "";
}
