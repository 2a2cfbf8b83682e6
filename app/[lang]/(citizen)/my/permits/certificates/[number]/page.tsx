import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Logo } from "@/components/shells/logo";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { PrintPageStyle } from "@/components/ui/print-page-style";
import { requirePageActor } from "@/lib/auth/require-actor";
import { SigningChain } from "@/components/signatures/signing-chain";
import { ownerPermitCertificate } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { completionCertificateSignatures } from "@/lib/domain/signatures/queries/permit";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";
import { env } from "@/lib/env";
import { formatDual } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const { number } = await params;
  return { title: `${getT(await langOf(params))("permitsAfterIssue:fields.certificateNumber")} ${decodeURIComponent(number).slice(0, 16)}` };
}

/** The printable insulation / completion certificate (Arabic first), with a QR code to the public verification page. */
export default async function PermitCertificatePage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number: raw } = await params;
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits/certificates/${encodeURIComponent(number)}`);
  const t = getT(lang);
  const c = await ownerPermitCertificate(actor, number);
  if (!c) notFound();
  // The completion certificate is signed along its chain (issue 15; docs/decisions/025-permit-signatures.md): once complete,
  // the QR carries the signed document itself (offline check); until then it links to the public verification page.
  const signed = c.type === "COMPLETION" ? await completionCertificateSignatures(c.id) : null;
  const signedComplete = signed?.status === "COMPLETE" && signed.verification.ok;
  const base = env().PUBLIC_BASE_URL.replace(/\/+$/, "");
  const onlineUrl = `${base}/${lang}/verify/permit-certificate/${encodeURIComponent(c.verifyCode)}`;
  const verifyUrl = signedComplete ? `${base}/${lang}/verify/offline#${signed.compact}` : onlineUrl;
  const qr = await qrSvgDataUrl(verifyUrl);
  const issued = formatDual(c.issuedAt, lang);
  const row = (label: string, value: React.ReactNode) => (
    <div className="border-b border-sand-200 py-2.5">
      <dt className="text-xs font-bold text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-base font-bold text-slate-900">{value}</dd>
    </div>
  );
  return (
    <>
      <PrintPageStyle margin="12mm" />
      <div className="mb-4 flex flex-wrap justify-between gap-2 print:hidden">
        <Link href={`/${lang}/my/permits/${encodeURIComponent(c.permit.number)}/after-issue`} className={buttonClass("ghost")}>{t("permitsAfterIssue:print.back")}</Link>
        <PrintButton label={t("permitsAfterIssue:print.print")} />
      </div>
      {c.cancelledAt && <p role="alert" className="mx-auto mb-4 max-w-3xl rounded-lg bg-red-50 p-3 text-center font-bold text-red-800">{t("permitsAfterIssue:print.cancelled")}</p>}
      {signed && !signedComplete && <p role="status" data-testid="signature-pending" className="mx-auto mb-4 max-w-3xl rounded-lg bg-amber-50 p-3 text-center font-bold text-amber-950">{t("signatures:permit.completionPending")}</p>}
      <article data-testid="permit-certificate" data-type={c.type} className="mx-auto max-w-3xl rounded-xl border-4 border-double border-brand-700 bg-white p-5 shadow-sm sm:p-8 print:max-w-none print:rounded-none print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="text-sm leading-relaxed text-slate-700">
            <p className="font-bold">{t("permitsAfterIssue:print.kingdom")}</p>
            <p>{t("permitsAfterIssue:print.ministry")}</p>
            <p>{localName(lang, c.permit.municipality)}</p>
          </div>
          <Logo />
        </header>
        <h1 className="mt-6 text-center text-2xl font-bold text-brand-900 sm:text-3xl">{t(`permitsAfterIssue:certificate.${c.type}`)}</h1>
        <p className="mt-2 text-center text-sm text-slate-600">{t("permitsAfterIssue:print.intro")}</p>
        <div className="mt-6 flex flex-col gap-6 sm:flex-row print:flex-row">
          <dl className="grid flex-1 grid-cols-1 gap-x-6 sm:grid-cols-2">
            {row(t("permitsAfterIssue:fields.certificateNumber"), <bdi dir="ltr" className="tabular-nums" data-testid="permit-certificate-number">{c.number}</bdi>)}
            {row(t("permitsAfterIssue:fields.permitNumber"), <bdi dir="ltr" className="tabular-nums">{c.permit.number}</bdi>)}
            {row(t("permitsAfterIssue:fields.owner"), c.permit.ownerName)}
            {row(t("permitsAfterIssue:fields.kind"), localName(lang, c.permit.kind))}
            {row(t("permitsAfterIssue:fields.plan"), <bdi dir="ltr">{c.permit.planNo}</bdi>)}
            {row(t("permitsAfterIssue:fields.parcel"), <bdi dir="ltr">{c.permit.parcelNo}</bdi>)}
            {row(t("permitsAfterIssue:fields.district"), localName(lang, c.permit.district))}
            {row(t("permitsAfterIssue:fields.office"), localName(lang, c.permit.office))}
            {row(t("permitsAfterIssue:fields.issuedAt"), <span className="flex flex-col"><span>{issued.gregorian}</span><span className="text-sm font-normal text-slate-600">{issued.hijri}</span></span>)}
            {c.inspection && row(t("permitsAfterIssue:print.inspectedAt"), formatDual(c.inspection.recordedAt, lang).gregorian)}
          </dl>
          <figure className="flex shrink-0 flex-col items-center gap-2 text-center">
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered data URL */}
            <img src={qr} alt={t("permitsAfterIssue:print.qrAlt")} width={200} height={200} className={signedComplete ? "size-52" : "size-40"} data-testid="permit-certificate-qr" data-url={verifyUrl} />
            <figcaption className="max-w-40 text-xs text-slate-600">{t(signedComplete ? "signatures:certificate.qrSigned" : "permitsAfterIssue:print.qrCaption")}</figcaption>
            {signedComplete && <a href={onlineUrl} className="text-xs text-brand-800 underline print:hidden" data-testid="verify-online">{t("signatures:offline.online")}</a>}
          </figure>
        </div>
        {signed && (
          <div className="mt-6 border-t border-sand-200 pt-4">
            {signedComplete && <p data-testid="certificate-signed" className="mb-2 text-center font-bold text-brand-800">{t("signatures:certificate.signed")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
        <footer className="mt-8 border-t border-sand-200 pt-3 text-center text-xs text-slate-500">{t("permitsAfterIssue:print.footer")}</footer>
      </article>
    </>
  );
}
