import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { ApplicationStatusBadge, LicenseStatusBadge } from "@/components/licensing/parts";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { Icon } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyApplications, listMyLicenses } from "@/lib/domain/licensing/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myLicenses");

/** The citizen's licenses and applications. */
export default async function MyLicensesPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string; lpage?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "licensing.mine", `/${lang}/my/licenses`);
  const t = getT(lang);
  const sp = await searchParams;
  // Two lists, two pagers: ?lpage= pages the licenses, ?page= the applications; each pager keeps the other's page.
  const [licenses, apps] = await Promise.all([listMyLicenses(actor, { page: pageParam(sp.lpage) }), listMyApplications(actor, { page: pageParam(sp.page) })]);

  return (
    <>
      <PageHeader
        title={t("licensing:mine.title")}
        subtitle={t("licensing:mine.subtitle")}
        actions={<Link href={`/${lang}/my/licenses/apply`} className={buttonClass("primary")} data-testid="new-application"><Icon name="license" className="size-4" />{t("licensing:mine.newApplication")}</Link>}
      />
      <section aria-labelledby="licenses-title" className="mb-8">
        <h2 id="licenses-title" className="mb-3 text-lg font-bold text-brand-900">{t("licensing:mine.licensesTitle")}</h2>
        {licenses.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("licensing:mine.noLicenses")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {licenses.rows.map((l) => (
              <li key={l.id} data-testid="license-card" className="rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <p className="text-lg font-bold text-brand-900">{l.tradeNameAr}</p>
                    <p className="text-sm text-slate-600">{localName(lang, l.activity)} · {t(`licensing:kind.${l.kind}`)}</p>
                  </div>
                  <LicenseStatusBadge status={l.status} lang={lang} />
                </div>
                <dl className="mt-3 grid grid-cols-2 gap-3 text-sm">
                  <div><dt className="text-xs text-slate-500">{t("licensing:fields.licenseNumber")}</dt><dd className="font-bold tabular-nums" dir="ltr">{l.number}</dd></div>
                  <div><dt className="text-xs text-slate-500">{t("licensing:mine.expiresOn")}</dt><dd><DateText date={l.expiresAt} lang={lang} /></dd></div>
                </dl>
                <div className="mt-4 flex items-center justify-between gap-2">
                  <Link href={`/${lang}/my/licenses/${l.id}`} className={buttonClass("secondary")}>{t("licensing:mine.view")}</Link>
                  {l.renewable && <Badge tone="amber">{t("licensing:mine.renewSoon")}</Badge>}
                </div>
              </li>
            ))}
          </ul>
        )}
        {licenses.total > licenses.pageSize && (
          <Pagination
            lang={lang}
            page={licenses.page}
            pageSize={licenses.pageSize}
            total={licenses.total}
            totalIsLowerBound={licenses.totalCapped}
            basePath={`/${lang}/my/licenses`}
            query={{ page: sp.page }}
            param="lpage"
            label={t("licensing:mine.licensesTitle")}
          />
        )}
      </section>
      <section aria-labelledby="apps-title">
        <h2 id="apps-title" className="mb-3 text-lg font-bold text-brand-900">{t("licensing:mine.applicationsTitle")}</h2>
        {apps.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-5 text-slate-600">{t("licensing:mine.noApplications")}</p>
        ) : (
          <ul className="space-y-3">
            {apps.rows.map((a) => (
              <li key={a.id} data-testid="application-row" className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
                <div className="min-w-0">
                  <p className="font-bold text-brand-900">{a.tradeNameAr ?? "—"} <bdi dir="ltr" className="ms-2 text-sm font-bold text-slate-500 tabular-nums">{a.number}</bdi></p>
                  <p className="text-sm text-slate-600">
                    {localName(lang, a.activity)}
                    {a.holder && a.status !== "DRAFT" ? ` · ${t("licensing:mine.withHolder", { holder: t(`licensing:holder.${a.holder}`) })}` : ""}
                    {a.status === "DRAFT" ? ` · ${t("licensing:mine.stepOf", { step: Math.min(4, a.draftStep) })}` : ""}
                  </p>
                </div>
                <div className="flex items-center gap-3">
                  <ApplicationStatusBadge status={a.status} lang={lang} />
                  <Link href={a.status === "DRAFT" ? `/${lang}/my/licenses/apply?id=${a.id}` : `/${lang}/my/licenses/applications/${a.id}`} className={buttonClass(a.editable ? "primary" : "secondary")}>
                    {a.status === "DRAFT" ? t("licensing:mine.continueDraft") : t("licensing:mine.view")}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination lang={lang} page={apps.page} pageSize={apps.pageSize} total={apps.total} basePath={`/${lang}/my/licenses`} query={{ lpage: sp.lpage }} label={t("licensing:mine.applicationsTitle")} />
      </section>
    </>
  );
}
