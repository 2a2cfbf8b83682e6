import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PermitStatusBadge } from "@/components/permits/parts";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { SigningChain } from "@/components/signatures/signing-chain";
import { verifyPermit } from "@/lib/domain/permits/queries/permits";
import { permitSignaturesByCode } from "@/lib/domain/signatures/queries/permit";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permits:verify.title"), robots: { index: false, follow: false } };
}

/**
 * Public: the permit certificate's QR code opens this page. It shows only what the certificate prints, and its
 * electronic signatures (issue 15): who signed, when, in which capacity, and a cancellation after signing. A permit
 * whose chain is still running is not issued yet, and the page says so.
 */
export default async function VerifyPermitPage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const p = await verifyPermit(code);
  if (!p) notFound();
  const signed = await permitSignaturesByCode(code);
  if (!p.issuedAt || !p.expiresAt) {
    if (!signed || p.status !== "AWAITING_SIGNATURE") notFound();
    return (
      <div className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permits:verify.title")}</h1>
        <section data-testid="permit-verified" data-status={p.status} className="mt-6 space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <p className="text-lg font-bold text-amber-950" data-testid="verify-verdict">{t("signatures:permit.notIssued")}</p>
          <p><bdi dir="ltr" className="font-bold tabular-nums">{p.number}</bdi> — {localName(lang, p.kind)}</p>
          <SigningChain view={signed} lang={lang} />
        </section>
      </div>
    );
  }
  const valid = (p.status === "ISSUED" || p.status === "COMPLETED") && p.expiresAt > new Date();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("permits:verify.title")}</h1>
      <section data-testid="permit-verified" data-status={p.status} className="mt-6 overflow-hidden rounded-xl border border-sand-200 bg-white shadow-sm">
        <div className={`flex items-center gap-4 p-5 ${valid ? "bg-brand-50 text-brand-900" : "bg-red-50 text-red-900"}`}>
          <span className={`size-4 shrink-0 rounded-full ${valid ? "bg-brand-600" : "bg-red-700"}`} aria-hidden="true" />
          <p className="text-lg font-bold" data-testid="verify-verdict">{valid ? t("permits:verify.valid") : t("permits:verify.notValid")}</p>
        </div>
        <dl className="grid grid-cols-1 gap-4 p-5 sm:grid-cols-2">
          <Fact label={t("permits:fields.status")}><PermitStatusBadge status={p.status as PermitState} lang={lang} /></Fact>
          {p.cancelledAt && <Fact label={t("permits:cancel.cancelledOn")}><span data-testid="verify-cancelled-on"><DateText date={p.cancelledAt} lang={lang} /></span></Fact>}
          <Fact label={t("permits:certificate.number")}><bdi dir="ltr" className="font-bold tabular-nums">{p.number}</bdi></Fact>
          <Fact label={t("permits:fields.kind")}>{localName(lang, p.kind)}</Fact>
          <Fact label={t("permits:fields.owner")}>{p.ownerName}</Fact>
          <Fact label={t("permits:fields.municipality")}>{localName(lang, p.municipality)}</Fact>
          <Fact label={t("permits:fields.district")}>{localName(lang, p.district)}</Fact>
          <Fact label={t("permits:ui.planParcelLabel")}><bdi dir="ltr">{`${p.planNo} / ${p.parcelNo}`}</bdi></Fact>
          <Fact label={t("permits:fields.office")}>{localName(lang, p.office)}</Fact>
          <Fact label={t("permits:fields.issuedAt")}><DateText date={p.issuedAt} lang={lang} /></Fact>
          <Fact label={t("permits:fields.expiresAt")}><DateText date={p.expiresAt} lang={lang} /></Fact>
        </dl>
        {signed && (
          <div className="border-t border-sand-100 p-5">
            {p.status === "CANCELLED" && <p data-testid="signed-then-cancelled" className="mb-3 rounded-lg bg-red-50 p-3 text-sm font-bold text-red-900">{t("signatures:permit.cancelled")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
      </section>
    </div>
  );
}
