import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hoursText, PublicStatusBadge, ratingText } from "@/components/supervision/public-office-parts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { StatCard } from "@/components/ui/card";
import { publicOffice } from "@/lib/domain/offices/queries/public-offices";
import { localName } from "@/lib/kernel/locale";
import { formatGregorian, formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("publicOffice", "code", { robots: { index: true, follow: true } });

/** Public: an accredited (or suspended / revoked) office — status, coverage, services, score. No personal data. */
export default async function PublicOfficePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const o = await publicOffice(decodeURIComponent(code));
  if (!o) notFound();
  const s = o.scorecard;
  const card = "rounded-xl border border-sand-200 bg-white p-5 shadow-sm";
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p className="text-sm"><Link href={`/${lang}/offices`} className="font-bold text-brand-700 underline">{t("supervision:public.back")}</Link></p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{localName(lang, o)}</h1>
        <PublicStatusBadge t={t} lang={lang} status={o.status} suspendedUntil={o.suspendedUntil} />
      </div>
      <p className="mt-1 text-sm text-slate-500"><bdi dir="ltr">{o.code}</bdi></p>

      {o.status === "SUSPENDED" && (
        <div className="mt-4" data-testid="suspended-alert">
          <Alert tone="error" title={o.suspendedUntil ? t("supervision:office.suspendedUntil", { date: formatGregorian(o.suspendedUntil, lang) }) : t("supervision:officeStatus.SUSPENDED")}>
            {t("supervision:public.suspendedNote")}
          </Alert>
        </div>
      )}
      {o.status === "REVOKED" && <div className="mt-4"><Alert tone="warning" title={t("supervision:public.revokedNote")} /></div>}

      <section aria-labelledby="score-title" className="mt-6">
        <h2 id="score-title" className="mb-3 text-base font-bold text-brand-900">{t("supervision:office.scorecard")}</h2>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3" data-testid="public-scorecard">
          <StatCard label={t("supervision:public.score")} value={s?.score == null ? t("supervision:public.unranked") : formatNumber(s.score, lang)} hint={t("supervision:public.scoreHint")} />
          <StatCard label={t("supervision:public.processed")} value={formatNumber(s?.decided ?? 0, lang)} />
          <StatCard label={t("supervision:public.median")} value={hoursText(t, lang, s?.medianHours ?? null)} />
          <StatCard label={t("supervision:public.rating")} value={ratingText(t, lang, s?.ratingAverage ?? null)} />
          <StatCard label={t("supervision:public.slaBreaches")} value={formatNumber(s?.slaBreaches ?? 0, lang)} />
          <StatCard label={t("supervision:public.complaints")} value={formatNumber(s?.complaints ?? 0, lang)} />
        </div>
      </section>

      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <section className={card} aria-labelledby="services-title">
          <h2 id="services-title" className="text-base font-bold text-brand-900">{t("supervision:public.services")}</h2>
          <div className="mt-3 flex flex-wrap gap-2" data-testid="office-services">{o.serviceTypes.map((x) => <Badge key={x} tone="blue">{t(`supervision:serviceTypes.${x}`)}</Badge>)}</div>
        </section>
        <section className={card} aria-labelledby="coverage-title">
          <h2 id="coverage-title" className="text-base font-bold text-brand-900">{t("supervision:public.coverage")}</h2>
          <ul className="mt-3 space-y-1 text-sm" data-testid="office-coverage">{o.coverage.map((c) => <li key={c.id}>{localName(lang, c)}</li>)}</ul>
        </section>
        <section className={`${card} md:col-span-2`} aria-labelledby="contact-title">
          <h2 id="contact-title" className="text-base font-bold text-brand-900">{t("supervision:public.contact")}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("supervision:fields.phone")}</dt>
            <dd><a href={`tel:+${o.phone}`} dir="ltr" className="text-brand-700 underline">+{o.phone}</a></dd>
            {o.email && (
              <>
                <dt className="text-slate-600">{t("supervision:fields.email")}</dt>
                <dd><a href={`mailto:${o.email}`} dir="ltr" className="text-brand-700 underline">{o.email}</a></dd>
              </>
            )}
          </dl>
        </section>
      </div>
      <p className="mt-6 text-xs text-slate-500">{t("supervision:public.method")}</p>
    </div>
  );
}
