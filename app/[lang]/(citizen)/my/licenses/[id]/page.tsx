import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelLicenseForm, RenewForm } from "@/components/forms/deferred-forms/licensing";
import { LicenseStatusBadge } from "@/components/licensing/parts";
import { Facts } from "@/components/ui/facts";
import { BillNumber, Money } from "@/components/payments/bill-parts";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyLicense } from "@/lib/domain/licensing/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { cancelLicenseAction, renewLicenseAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myLicense");

/** One of the citizen's licenses: its data, certificate, renewal and cancellation. */
export default async function MyLicensePage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "licensing.mine", `/${lang}/my/licenses/${encodeURIComponent(id)}`);
  const t = getT(lang);
  const l = await getMyLicense(actor, id);
  if (!l) notFound();
  const cancelledBy = l.cancelledBy?.startsWith("agency:") ? "agency" : (l.cancelledBy as "owner" | "committee" | null);

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <PageHeader
        title={t("licensing:license.title", { number: l.number })}
        subtitle={l.tradeNameAr}
        actions={<Link href={`/${lang}/my/licenses/${l.id}/certificate`} className={buttonClass("primary")} data-testid="certificate-link">{t("licensing:license.printCertificate")}</Link>}
      />
      {l.status === "CANCELLED" && (
        <Alert tone="error" title={t("licensing:license.cancelledTitle")} testId="license-cancelled-state">
          {l.cancelledAt && <p>{t("licensing:license.cancelledOn")} <DateText date={l.cancelledAt} lang={lang} /> {cancelledBy ? `— ${t(`licensing:license.cancelledBy.${cancelledBy}`)}` : ""}</p>}
          {l.cancelReason && <p className="mt-1 whitespace-pre-line">{l.cancelReason}</p>}
        </Alert>
      )}
      <Card title={t("licensing:license.certificate")} action={<LicenseStatusBadge status={l.status} lang={lang} />}>
        <Facts
          items={[
            { label: t("licensing:fields.licenseNumber"), value: <bdi dir="ltr" className="font-bold tabular-nums">{l.number}</bdi> },
            { label: t("licensing:fields.kind"), value: t(`licensing:kind.${l.kind}`) },
            { label: t("licensing:fields.activity"), value: localName(lang, l.activity) },
            { label: t("licensing:fields.commercialRegNo"), value: <bdi dir="ltr" className="tabular-nums">{l.commercialRegNo}</bdi> },
            { label: t("licensing:fields.municipality"), value: localName(lang, l.municipality) },
            { label: t("licensing:fields.office"), value: localName(lang, l.office) },
            { label: t("licensing:fields.issuedAt"), value: <DateText date={l.issuedAt} lang={lang} /> },
            { label: t("licensing:fields.expiresAt"), value: <DateText date={l.expiresAt} lang={lang} /> },
          ]}
        />
      </Card>

      {(l.status === "ACTIVE" || l.status === "EXPIRED") && (
        <Card title={t("licensing:license.renewTitle")}>
          {l.pendingRenewal ? (
            <div className="flex flex-wrap items-end justify-between gap-3" data-testid="pending-renewal">
              <div>
                <p className="text-xs font-bold text-slate-500">{t("licensing:license.pendingRenewal")}</p>
                {l.pendingRenewal.billNumber && <BillNumber number={l.pendingRenewal.billNumber} className="text-xl text-brand-900" />}
              </div>
              <Money halalas={l.pendingRenewal.totalHalalas} lang={lang} className="text-xl font-bold text-brand-800" />
            </div>
          ) : l.renewable ? (
            <div className="space-y-3">
              {l.status === "EXPIRED" && <p className="text-sm text-amber-900">{t("licensing:license.renewLate")}</p>}
              <RenewForm licenseId={l.id} lang={lang} action={renewLicenseAction} />
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("licensing:license.renewOpensOn")} <DateText date={l.renewalOpensAt} lang={lang} /></p>
          )}
          {l.renewals.length > 0 && (
            <div className="mt-4 border-t border-sand-100 pt-3">
              <h3 className="mb-2 text-sm font-bold text-slate-800">{t("licensing:license.renewalsTitle")}</h3>
              <ul className="space-y-1 text-sm">
                {l.renewals.map((r, i) => (
                  <li key={i} className="flex flex-wrap justify-between gap-2">
                    <DateText date={r.createdAt} lang={lang} />
                    <span>{t(`licensing:license.renewalStatus.${r.status as "PAID"}`)}</span>
                    <Money halalas={r.feeHalalas + r.lateFeeHalalas} lang={lang} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}

      {l.status !== "CANCELLED" && (
        <Card title={t("licensing:license.cancelTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("licensing:license.cancelIntro")}</p>
          <CancelLicenseForm licenseId={l.id} action={cancelLicenseAction} />
        </Card>
      )}
      {l.applicationId && (
        <Link className="text-sm font-bold text-brand-700 underline" href={`/${lang}/my/licenses/applications/${l.applicationId}`}>{t("licensing:detail.timeline")}</Link>
      )}
    </div>
  );
}
