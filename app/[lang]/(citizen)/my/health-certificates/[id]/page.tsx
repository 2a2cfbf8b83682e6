import { PrintPageStyle } from "@/components/ui/print-page-style";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CertStatusBadge } from "@/components/health-certs/cert-status-badge";
import { Fact } from "@/components/ui/facts";
import { PrintButton } from "@/components/ui/print-button";
import { Logo } from "@/components/shells/logo";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyHealthCert } from "@/lib/domain/health-certs/queries/health-certs";
import { healthCertVerificationUrl } from "@/lib/domain/health-certs/verify-url";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localPair } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myHealthCertificate");

/** One of the owner's health certificates; once issued, the printable A4 certificate with its QR code. */
export default async function MyHealthCertPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "healthCerts.request", `/${lang}/my/health-certificates/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const cert = await getMyHealthCert(actor, id);
  if (!cert) notFound();
  const verifyUrl = cert.verifyCode ? healthCertVerificationUrl(lang, cert.verifyCode) : null;
  const qr = verifyUrl ? await qrSvgDataUrl(verifyUrl) : null;
  const notice =
    cert.status === "REQUESTED" ? ["info", t("healthCerts:cert.requestedNotice")] :
    cert.status === "UNFIT" ? ["warning", t("healthCerts:cert.unfitNotice")] :
    cert.status === "REVOKED" ? ["error", t("healthCerts:cert.revokedNotice")] :
    cert.status === "EXPIRED" ? ["warning", t("healthCerts:cert.expiredNotice")] : null;

  return (
    <>
      <PrintPageStyle margin="14mm" />
      <div className="mb-4 flex flex-wrap justify-between gap-2 print:hidden">
        <Link href={`/${lang}/my/health-certificates`} className={buttonClass("ghost")}>{t("healthCerts:cert.back")}</Link>
        {cert.status === "ISSUED" && <PrintButton label={t("healthCerts:cert.print")} />}
      </div>
      {notice && (
        <div className="mb-4 print:hidden">
          <Alert tone={notice[0] as "info"} testId="cert-notice">
            {notice[1]}
            {cert.status === "REVOKED" && cert.revokeReason ? <span className="mt-1 block">{t("healthCerts:fields.revokeReason")}: {cert.revokeReason}</span> : null}
            {cert.status === "UNFIT" && cert.examNotes ? <span className="mt-1 block">{t("healthCerts:fields.examNotes")}: {cert.examNotes}</span> : null}
          </Alert>
        </div>
      )}
      <article data-testid="health-certificate" className="mx-auto max-w-3xl rounded-xl border border-sand-200 bg-white p-8 shadow-sm print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="flex items-center gap-3">
            <Logo />
            <div>
              <p className="text-lg font-bold text-brand-900">{t("common:portalName")}</p>
              <p className="text-sm text-slate-600">{localPair(lang, cert.municipality)}</p>
            </div>
          </div>
          <div className="text-end">
            <h1 className="text-2xl font-bold text-brand-900">{t("healthCerts:cert.title")}</h1>
            <p className="text-xs text-slate-600">{t("healthCerts:cert.subtitle")}</p>
          </div>
        </header>
        <div className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-start sm:justify-between print:flex-row">
          <dl className="grid flex-1 grid-cols-2 gap-x-6 gap-y-4">
            <Fact label={t("healthCerts:fields.number")}><bdi dir="ltr" className="font-mono text-base font-bold">{cert.number}</bdi></Fact>
            <Fact label={t("healthCerts:fields.status")}><CertStatusBadge lang={lang} status={cert.status} /></Fact>
            <Fact label={t("healthCerts:fields.worker")}><span className="text-base font-bold">{cert.workerName}</span></Fact>
            <Fact label={t("healthCerts:fields.workerId")}><bdi dir="ltr" className="tabular-nums">{cert.workerIdMasked}</bdi></Fact>
            <Fact label={t("healthCerts:fields.nationality")}>{cert.workerNationality ?? "—"}</Fact>
            <Fact label={t("healthCerts:fields.occupation")}>{cert.occupation}</Fact>
            <Fact label={t("healthCerts:fields.establishment")}>{cert.tradeNameAr}</Fact>
            <Fact label={t("healthCerts:fields.commercialRegNo")}><bdi dir="ltr" className="tabular-nums">{cert.commercialRegNo}</bdi></Fact>
            <Fact label={t("healthCerts:fields.license")}>{cert.licenseNumber ? <bdi dir="ltr" className="tabular-nums">{cert.licenseNumber}</bdi> : "—"}</Fact>
            {cert.center && <Fact label={t("healthCerts:cert.issuedBy")}>{localPair(lang, cert.center)}</Fact>}
            {cert.issuedAt ? (
              <Fact label={t("healthCerts:fields.issuedAt")}><DateText date={cert.issuedAt} lang={lang} /></Fact>
            ) : (
              <Fact label={t("healthCerts:fields.requestedAt")}><DateText date={cert.requestedAt} lang={lang} /></Fact>
            )}
            {cert.expiresAt && <Fact label={t("healthCerts:fields.expiresAt")}><DateText date={cert.expiresAt} lang={lang} /></Fact>}
          </dl>
          {qr && (
            <figure className="flex shrink-0 flex-col items-center gap-2 text-center">
              {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered data URL */}
              <img src={qr} alt={t("healthCerts:cert.qrAlt")} width={144} height={144} className="size-36" data-testid="cert-qr" data-verify-url={verifyUrl ?? undefined} />
              <figcaption className="max-w-40 text-xs text-slate-600">{t("healthCerts:cert.qrCaption")}</figcaption>
            </figure>
          )}
        </div>
      </article>
    </>
  );
}
