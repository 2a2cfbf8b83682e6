import type { Metadata } from "next";
import { notFound } from "next/navigation";
import clsx from "clsx";
import { CertStatusBadge } from "@/components/health-certs/cert-status-badge";
import { Fact } from "@/components/ui/facts";
import { DateText } from "@/components/ui/date-text";
import { verifyHealthCert } from "@/lib/domain/health-certs/queries/health-certs";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localPair } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("verifyHealthCertificate", undefined, { robots: { index: false, follow: false } });
export const dynamic = "force-dynamic";

/** Public: what a health certificate's QR code opens — valid, expired or revoked, with only what the printed certificate shows. */
export default async function VerifyHealthCertPage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const cert = await verifyHealthCert(code);
  if (!cert) notFound();
  const valid = cert.status === "ISSUED";

  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("healthCerts:verify.title")}</h1>
      <section data-testid="cert-verified" data-status={cert.status} className={clsx("mt-6 overflow-hidden rounded-xl border bg-white shadow-sm", valid ? "border-brand-200" : "border-red-200")}>
        <div className={clsx("flex items-center gap-4 p-5", valid ? "bg-brand-50" : "bg-red-50")}>
          <span className={clsx("flex size-12 shrink-0 items-center justify-center rounded-full text-white", valid ? "bg-brand-600" : "bg-red-700")} aria-hidden="true">
            {valid ? (
              <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round"><path d="m5 12.5 4.5 4.5L19 7.5" /></svg>
            ) : (
              <svg viewBox="0 0 24 24" className="size-7" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round"><path d="M6 6l12 12M18 6 6 18" /></svg>
            )}
          </span>
          <div>
            <p className={clsx("text-lg font-bold", valid ? "text-brand-900" : "text-red-900")} data-testid="cert-verdict">{t(`healthCerts:verify.${cert.status}`)}</p>
            <p className={clsx("text-sm", valid ? "text-brand-900" : "text-red-900")}>{t(`healthCerts:verify.${cert.status}Body`)}</p>
          </div>
        </div>
        <dl className="grid grid-cols-1 gap-4 p-5 sm:grid-cols-2">
          <Fact label={t("healthCerts:fields.status")}><CertStatusBadge lang={lang} status={cert.status} /></Fact>
          <Fact label={t("healthCerts:fields.number")}><bdi dir="ltr" className="font-mono font-bold">{cert.number}</bdi></Fact>
          <Fact label={t("healthCerts:fields.worker")}>{cert.workerName}</Fact>
          <Fact label={t("healthCerts:fields.workerId")}><bdi dir="ltr" className="tabular-nums">{cert.workerIdMasked}</bdi></Fact>
          <Fact label={t("healthCerts:fields.nationality")}>{cert.workerNationality ?? "—"}</Fact>
          <Fact label={t("healthCerts:fields.occupation")}>{cert.occupation}</Fact>
          <Fact label={t("healthCerts:fields.establishment")}>{cert.tradeNameAr}</Fact>
          <Fact label={t("healthCerts:fields.license")}>{cert.licenseNumber ? <bdi dir="ltr" className="tabular-nums">{cert.licenseNumber}</bdi> : "—"}</Fact>
          <Fact label={t("healthCerts:fields.municipality")}>{localPair(lang, cert.municipality)}</Fact>
          {cert.center && <Fact label={t("healthCerts:fields.center")}>{localPair(lang, cert.center)}</Fact>}
          <Fact label={t("healthCerts:fields.issuedAt")}><DateText date={cert.issuedAt} lang={lang} /></Fact>
          <Fact label={t("healthCerts:fields.expiresAt")}><DateText date={cert.expiresAt} lang={lang} /></Fact>
        </dl>
      </section>
    </div>
  );
}
