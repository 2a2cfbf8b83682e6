import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { CertStatusBadge } from "@/components/health-certs/cert-status-badge";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyHealthCerts, myLicensesForCerts } from "@/lib/domain/health-certs/queries/health-certs";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { requestHealthCertAction } from "./actions";
import { RequestForm } from "./request-form-deferred";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myHealthCertificates");

/** The owner's workers' health certificates, and the request form (for establishments with an active license). */
export default async function MyHealthCertsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "healthCerts.request", `/${lang}/my/health-certificates`);
  const t = getT(lang);
  const sp = await searchParams;
  const [list, licenses] = await Promise.all([listMyHealthCerts(actor, { page: pageParam(sp.page) }), myLicensesForCerts(actor)]);

  return (
    <>
      <PageHeader title={t("healthCerts:my.title")} subtitle={t("healthCerts:my.subtitle")} />
      <Card title={t("healthCerts:my.requestTitle")}>
        {licenses.length === 0 ? <Alert tone="info">{t("healthCerts:my.noActiveLicense")}</Alert> : <RequestForm licenses={licenses} action={requestHealthCertAction} />}
      </Card>

      <section className="mt-8" aria-labelledby="certs-title">
        <h2 id="certs-title" className="mb-3 text-lg font-bold text-brand-900">{t("healthCerts:my.listTitle")}</h2>
        {list.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("healthCerts:my.empty")}</p>
        ) : (
          <ul className="space-y-3">
            {list.rows.map((c) => (
              <li key={c.id} data-testid="my-health-cert">
                <Link
                  href={`/${lang}/my/health-certificates/${c.id}`}
                  className="block rounded-xl border border-sand-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0">
                      <p className="text-xs text-slate-500">
                        {t("healthCerts:fields.number")} <bdi dir="ltr" className="font-bold tabular-nums text-slate-700">{c.number}</bdi>
                      </p>
                      <p className="mt-1 font-bold text-brand-900">{c.workerName}</p>
                      <p className="text-sm text-slate-600">{c.occupation} · {c.tradeNameAr}</p>
                    </div>
                    <CertStatusBadge lang={lang} status={c.status} />
                  </div>
                  <p className="mt-2 text-sm text-slate-600">
                    {c.expiresAt ? <>{t("healthCerts:fields.expiresAt")}: <DateText date={c.expiresAt} lang={lang} /></> : <>{t("healthCerts:fields.requestedAt")}: <DateText date={c.requestedAt} lang={lang} /></>}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
        <Pagination lang={lang} page={list.page} pageSize={list.pageSize} total={list.total} basePath={`/${lang}/my/health-certificates`} query={{}} />
      </section>
    </>
  );
}
