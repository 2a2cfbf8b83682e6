import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { SigningChain } from "@/components/signatures/signing-chain";
import { verifyPermitCertificate } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { completionCertificateSignaturesByCode } from "@/lib/domain/signatures/queries/permit";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:verify.title"), robots: { index: false, follow: false } };
}

/** Public: the insulation / completion certificate's QR code opens this page. Only what the certificate shows. */
export default async function VerifyPermitCertificatePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const c = await verifyPermitCertificate(code);
  if (!c) notFound();
  const valid = c.cancelledAt === null;
  // The completion certificate's electronic signatures (issue 15): who signed, when, in which capacity.
  const signed = await completionCertificateSignaturesByCode(code);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permitsAfterIssue:verify.title")}</h1>
      <section data-testid="permit-certificate-verified" data-valid={valid} className="mt-6 overflow-hidden rounded-xl border border-sand-200 bg-white shadow-sm">
        <div className={`flex items-center gap-4 p-5 ${valid ? "bg-brand-50 text-brand-900" : "bg-red-50 text-red-900"}`}>
          <span className={`size-4 shrink-0 rounded-full ${valid ? "bg-brand-600" : "bg-red-700"}`} aria-hidden="true" />
          <div>
            <p className="text-lg font-bold">{valid ? t("permitsAfterIssue:verify.valid") : t("permitsAfterIssue:verify.cancelled")}</p>
            <p className="text-sm">{valid ? t("permitsAfterIssue:verify.validBody") : t(c.permit.status === "CANCELLED" ? "permitsAfterIssue:verify.cancelledWithPermit" : "permitsAfterIssue:verify.cancelledBody")}</p>
          </div>
        </div>
        <dl className="grid grid-cols-1 gap-4 p-5 sm:grid-cols-2">
          <Fact label={t("permitsAfterIssue:fields.certificateType")}>{t(`permitsAfterIssue:certificate.${c.type}`)}</Fact>
          <Fact label={t("permitsAfterIssue:fields.certificateNumber")}><bdi dir="ltr" className="font-bold tabular-nums">{c.number}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.permitNumber")}><bdi dir="ltr" className="tabular-nums">{c.permit.number}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.kind")}>{localName(lang, c.permit.kind)}</Fact>
          <Fact label={t("permitsAfterIssue:fields.plan")}><bdi dir="ltr">{c.permit.planNo} / {c.permit.parcelNo}</bdi></Fact>
          <Fact label={t("permitsAfterIssue:fields.district")}>{localName(lang, c.permit.district)} · {localName(lang, c.permit.municipality)}</Fact>
          <Fact label={t("permitsAfterIssue:fields.issuedAt")}><DateText date={c.issuedAt} lang={lang} /></Fact>
          {c.cancelledAt && <Fact label={t("permitsAfterIssue:fields.cancelledAt")}><span data-testid="certificate-cancelled-on"><DateText date={c.cancelledAt} lang={lang} /></span></Fact>}
        </dl>
        {signed && (
          <div className="border-t border-sand-100 p-5">
            {!valid && <p data-testid="signed-then-cancelled" className="mb-3 rounded-lg bg-red-50 p-3 text-sm font-bold text-red-900">{t("signatures:verify.cancelled")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
        <p className="border-t border-sand-100 px-5 py-3 text-xs text-slate-500">{t("permitsAfterIssue:verify.privacy")}</p>
      </section>
    </div>
  );
}
