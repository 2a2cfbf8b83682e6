import { PrintPageStyle } from "@/components/ui/print-page-style";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/ui/print-button";
import { Logo } from "@/components/shells/logo";
import { buttonClass } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyLicense } from "@/lib/domain/licensing/queries/citizen";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";
import { SigningChain } from "@/components/signatures/signing-chain";
import { licenseCertificateSignatures } from "@/lib/domain/signatures/queries/license";
import { env } from "@/lib/env";
import { formatDual } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myLicenseCertificate");

/** The printable A4 license certificate (Arabic first), with a QR code to the public verification page. */
export default async function CertificatePage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "licensing.mine", `/${lang}/my/licenses/${encodeURIComponent(id)}/certificate`);
  const t = getT(lang);
  const l = await getMyLicense(actor, id);
  if (!l) notFound();
  const base = env().PUBLIC_BASE_URL.replace(/\/+$/, "");
  // Signed along its chain (docs/decisions/022-signatures-and-keys.md): the QR carries the signed document itself, for
  // the offline check; until the chain completes (or with no chain) it links to the online verification page.
  const signed = await licenseCertificateSignatures(l.id);
  const signedComplete = signed?.status === "COMPLETE" && signed.verification.ok;
  const verifyUrl = signedComplete ? `${base}/${lang}/verify/offline#${signed.compact}` : `${base}/${lang}/verify/license/${encodeURIComponent(l.verifyCode)}`;
  const qr = await qrSvgDataUrl(verifyUrl);
  const issued = formatDual(l.issuedAt, lang);
  const expires = formatDual(l.expiresAt, lang);
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
        <Link href={`/${lang}/my/licenses/${l.id}`} className={buttonClass("ghost")}>{t("licensing:certificate.back")}</Link>
        <PrintButton label={t("licensing:certificate.print")} />
      </div>
      {l.status !== "ACTIVE" && (
        <p role="alert" className="mx-auto mb-4 max-w-3xl rounded-lg bg-red-50 p-3 text-center font-bold text-red-800">
          {t("licensing:certificate.notValid", { status: t(`licensing:licenseStatus.${l.status}`) })}
        </p>
      )}
      {signed && !signedComplete && (
        <p role="status" data-testid="signature-pending" className="mx-auto mb-4 max-w-3xl rounded-lg bg-amber-50 p-3 text-center font-bold text-amber-950">{t("signatures:certificate.pending")}</p>
      )}
      <article data-testid="certificate" className="mx-auto max-w-3xl rounded-xl border-4 border-double border-brand-700 bg-white p-8 shadow-sm print:max-w-none print:rounded-none print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="text-sm leading-relaxed text-slate-700">
            <p className="font-bold">{t("licensing:certificate.kingdom")}</p>
            <p>{t("licensing:certificate.ministry")}</p>
            <p>{localName(lang, l.municipality)}</p>
          </div>
          <Logo />
        </header>
        <h1 className="mt-6 text-center text-3xl font-bold text-brand-900">{t(`licensing:kind.${l.kind}`)}</h1>
        <p className="mt-2 text-center text-sm text-slate-600">{t("licensing:certificate.intro")}</p>
        <div className="mt-6 flex flex-col gap-6 sm:flex-row print:flex-row">
          <dl className="grid flex-1 grid-cols-2 gap-x-6">
            {row(t("licensing:fields.licenseNumber"), <bdi dir="ltr" className="tabular-nums" data-testid="certificate-number">{l.number}</bdi>)}
            {row(t("licensing:fields.commercialRegNo"), <bdi dir="ltr" className="tabular-nums">{l.commercialRegNo}</bdi>)}
            {row(t("licensing:fields.tradeNameAr"), l.tradeNameAr)}
            {row(t("licensing:fields.holder"), l.holderName)}
            {row(t("licensing:fields.activity"), `${localName(lang, l.activity)} (${l.activity.isicCode})`)}
            {row(t("licensing:fields.areaM2"), <bdi dir="ltr">{l.areaM2}</bdi>)}
            {row(t("licensing:fields.issuedAt"), <span className="flex flex-col"><span>{issued.gregorian}</span><span className="text-sm font-normal text-slate-600">{issued.hijri}</span></span>)}
            {row(t("licensing:fields.expiresAt"), <span className="flex flex-col"><span>{expires.gregorian}</span><span className="text-sm font-normal text-slate-600">{expires.hijri}</span></span>)}
            {l.addressAr && row(t("licensing:fields.address"), l.addressAr)}
            {l.office && row(t("licensing:certificate.issuedByOffice"), localName(lang, l.office))}
          </dl>
          <figure className="flex shrink-0 flex-col items-center gap-2 text-center">
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered data URL */}
            <img src={qr} alt={t("licensing:certificate.qrAlt")} width={200} height={200} className={signedComplete ? "size-52" : "size-40"} data-testid="certificate-qr" data-url={verifyUrl} />
            <figcaption className="max-w-40 text-xs text-slate-600">{t(signedComplete ? "signatures:certificate.qrSigned" : "licensing:certificate.qrCaption")}</figcaption>
          </figure>
        </div>
        {signed && (
          <div className="mt-6">
            {signedComplete && <p data-testid="certificate-signed" className="mb-2 text-center font-bold text-brand-800">{t("signatures:certificate.signed")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
        <footer className="mt-8 border-t border-sand-200 pt-3 text-center text-xs text-slate-500">{t("licensing:certificate.footer")}</footer>
      </article>
    </>
  );
}
