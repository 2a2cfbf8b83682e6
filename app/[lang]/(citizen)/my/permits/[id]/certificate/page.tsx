import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Logo } from "@/components/shells/logo";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { PrintPageStyle } from "@/components/ui/print-page-style";
import { requirePageActor } from "@/lib/auth/require-actor";
import { qrSvgDataUrl } from "@/lib/domain/payments/receipt-qr";
import { SigningChain } from "@/components/signatures/signing-chain";
import { PageHeader } from "@/components/ui/page-header";
import { getMyPermit } from "@/lib/domain/permits/queries/permits";
import { permitSignatures } from "@/lib/domain/signatures/queries/permit";
import { env } from "@/lib/env";
import { formatDual } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:certificate.title") };
}

/**
 * The printable permit (Arabic first). Signed along its municipality's chain (issue 15; docs/decisions/025-permit-signatures.md):
 * the permit is issued by the chain's last signature, then the QR carries the signed document itself (offline check)
 * and the chain is printed; while the chain runs the page shows who has signed, and there is nothing to print yet.
 * Without a chain the QR links to the public verification page, as before.
 */
export default async function PermitCertificatePage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits/${encodeURIComponent(id)}/certificate`);
  const t = getT(lang);
  const p = await getMyPermit(actor, id);
  if (!p || !p.verifyCode) notFound();
  const signed = await permitSignatures(p.id);
  if (!p.issuedAt || !p.expiresAt) {
    if (!signed || p.status !== "AWAITING_SIGNATURE") notFound();
    return (
      <>
        <PageHeader title={t("permits:certificate.title")} subtitle={p.number} />
        <section className="space-y-4 rounded-xl border border-amber-200 bg-white p-5 shadow-sm" data-testid="permit-signing">
          <p role="status" data-testid="signature-pending" className="rounded-lg bg-amber-50 p-3 font-bold text-amber-950">{t("signatures:permit.pending")}</p>
          <SigningChain view={signed} lang={lang} />
          <Link href={`/${lang}/my/permits/${p.id}`} className={buttonClass("ghost")}>{t("permits:certificate.back")}</Link>
        </section>
      </>
    );
  }
  const base = env().PUBLIC_BASE_URL.replace(/\/+$/, "");
  const onlineUrl = `${base}/${lang}/verify/permit/${encodeURIComponent(p.verifyCode)}`;
  const signedComplete = signed?.status === "COMPLETE" && signed.verification.ok;
  const verifyUrl = signedComplete ? `${base}/${lang}/verify/offline#${signed.compact}` : onlineUrl;
  const qr = await qrSvgDataUrl(verifyUrl);
  const issued = formatDual(p.issuedAt, lang);
  const expires = formatDual(p.expiresAt, lang);
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
        <Link href={`/${lang}/my/permits/${p.id}`} className={buttonClass("ghost")}>{t("permits:certificate.back")}</Link>
        <PrintButton label={t("permits:certificate.print")} />
      </div>
      {p.status === "CANCELLED" && <p role="alert" data-testid="permit-cancelled" className="mx-auto mb-4 max-w-3xl rounded-lg bg-red-50 p-3 text-center font-bold text-red-800">{t("signatures:permit.cancelled")}</p>}
      <article data-testid="permit-certificate" className="mx-auto max-w-3xl rounded-xl border-4 border-double border-brand-700 bg-white p-8 shadow-sm print:max-w-none print:rounded-none print:shadow-none">
        <header className="flex items-start justify-between gap-4 border-b-2 border-brand-700 pb-4">
          <div className="text-sm leading-relaxed text-slate-700">
            <p className="font-bold">{t("permits:certificate.kingdom")}</p>
            <p>{t("permits:certificate.ministry")}</p>
            <p>{localName(lang, p.municipality)}</p>
          </div>
          <Logo />
        </header>
        <h1 className="mt-6 text-center text-3xl font-bold text-brand-900">{localName(lang, p.kind)}</h1>
        <div className="mt-6 flex flex-col gap-6 sm:flex-row print:flex-row">
          <dl className="grid flex-1 grid-cols-2 gap-x-6">
            {row(t("permits:certificate.number"), <bdi dir="ltr" className="tabular-nums" data-testid="certificate-number">{p.number}</bdi>)}
            {row(t("permits:fields.owner"), p.ownerName)}
            {row(t("permits:fields.district"), localName(lang, p.district))}
            {row(t("permits:ui.planParcelLabel"), <bdi dir="ltr">{`${p.planNo} / ${p.parcelNo}`}</bdi>)}
            {row(t("permits:fields.deedNo"), <bdi dir="ltr">{p.deedNo}</bdi>)}
            {row(t("permits:fields.landAreaM2"), <bdi dir="ltr">{p.landAreaM2 ?? "—"}</bdi>)}
            {row(t("permits:fields.builtUpAreaM2"), <bdi dir="ltr">{p.builtUpAreaM2 ?? "—"}</bdi>)}
            {row(t("permits:fields.floors"), <bdi dir="ltr">{p.floors ?? "—"}</bdi>)}
            {row(t("permits:fields.issuedAt"), <span className="flex flex-col"><span>{issued.gregorian}</span><span className="text-sm font-normal text-slate-600">{issued.hijri}</span></span>)}
            {row(t("permits:fields.expiresAt"), <span className="flex flex-col"><span>{expires.gregorian}</span><span className="text-sm font-normal text-slate-600">{expires.hijri}</span></span>)}
            {row(t("permits:fields.office"), localName(lang, p.office))}
          </dl>
          <figure className="flex shrink-0 flex-col items-center gap-2 text-center">
            {/* eslint-disable-next-line @next/next/no-img-element -- a server-rendered data URL */}
            <img src={qr} alt={t("permits:certificate.qrAlt")} width={200} height={200} className={signedComplete ? "size-52" : "size-40"} data-testid="certificate-qr" data-url={verifyUrl} />
            <figcaption className="max-w-40 text-xs text-slate-600">{t(signedComplete ? "signatures:certificate.qrSigned" : "permits:certificate.qrCaption")}</figcaption>
            {signedComplete && <a href={onlineUrl} className="text-xs text-brand-800 underline print:hidden" data-testid="verify-online">{t("signatures:offline.online")}</a>}
          </figure>
        </div>
        {signed && (
          <div className="mt-6 border-t border-sand-200 pt-4">
            {signedComplete && <p data-testid="certificate-signed" className="mb-2 text-center font-bold text-brand-800">{t("signatures:certificate.signed")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
      </article>
    </>
  );
}
