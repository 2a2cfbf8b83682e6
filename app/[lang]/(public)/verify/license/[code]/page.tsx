import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Fact } from "@/components/ui/facts";
import { LicenseStatusBadge } from "@/components/licensing/parts";
import { DateText } from "@/components/ui/date-text";
import { publicLicenseByCode } from "@/lib/domain/licensing/queries/citizen";
import { SigningChain } from "@/components/signatures/signing-chain";
import { licenseCertificateSignatures } from "@/lib/domain/signatures/queries/license";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("verifyLicense", undefined, { robots: { index: false, follow: false } });
export const dynamic = "force-dynamic";

const LOOK = {
  ACTIVE: { key: "valid", box: "bg-brand-50 text-brand-900", dot: "bg-brand-600" },
  EXPIRED: { key: "expired", box: "bg-amber-50 text-amber-950", dot: "bg-amber-600" },
  SUSPENDED: { key: "suspended", box: "bg-amber-50 text-amber-950", dot: "bg-amber-600" },
  CANCELLED: { key: "cancelled", box: "bg-red-50 text-red-900", dot: "bg-red-700" },
} as const;

/** Public: the certificate's QR code opens this page. It shows only what the certificate shows. */
export default async function VerifyLicensePage({ params }: { params: Promise<{ lang: string; code: string }> }) {
  const lang = await langOf(params);
  const { code } = await params;
  const t = getT(lang);
  const found = await publicLicenseByCode(code);
  if (!found) notFound();
  const l = found.license;
  const look = LOOK[l.status];
  const signed = await licenseCertificateSignatures(found.id);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("licensing:verify.title")}</h1>
      <section data-testid="license-verified" data-status={l.status} className="mt-6 overflow-hidden rounded-xl border border-sand-200 bg-white shadow-sm">
        <div className={`flex items-center gap-4 p-5 ${look.box}`}>
          <span className={`size-4 shrink-0 rounded-full ${look.dot}`} aria-hidden="true" />
          <div>
            <p className="text-lg font-bold" data-testid="verify-verdict">{t(`licensing:verify.${look.key}`)}</p>
            <p className="text-sm">{t(`licensing:verify.${look.key}Body`)}</p>
          </div>
        </div>
        <dl className="grid grid-cols-1 gap-4 p-5 sm:grid-cols-2">
          <Fact label={t("licensing:fields.status")}><LicenseStatusBadge status={l.status} lang={lang} /></Fact>
          <Fact label={t("licensing:fields.licenseNumber")}><bdi dir="ltr" className="font-bold tabular-nums">{l.number}</bdi></Fact>
          <Fact label={t("licensing:fields.tradeNameAr")}>{l.tradeNameAr}</Fact>
          <Fact label={t("licensing:fields.kind")}>{t(`licensing:kind.${l.kind}`)}</Fact>
          <Fact label={t("licensing:fields.activity")}>{localName(lang, l.activity)}</Fact>
          <Fact label={t("licensing:fields.municipality")}>{localName(lang, l.municipality)}</Fact>
          <Fact label={t("licensing:fields.issuedAt")}><DateText date={l.issuedAt} lang={lang} /></Fact>
          <Fact label={t("licensing:fields.expiresAt")}><DateText date={l.expiresAt} lang={lang} /></Fact>
        </dl>
        {signed && (
          <div className="border-t border-sand-100 p-5">
            {l.status === "CANCELLED" && <p data-testid="signed-then-cancelled" className="mb-3 rounded-lg bg-red-50 p-3 text-sm font-bold text-red-900">{t("signatures:verify.cancelled")}</p>}
            <SigningChain view={signed} lang={lang} />
          </div>
        )}
        <p className="border-t border-sand-100 px-5 py-3 text-xs text-slate-500">{t("licensing:verify.privacy")}</p>
      </section>
    </div>
  );
}
