import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PermitInspectionForm } from "@/components/permits/inspection-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { recordInspectionAction } from "../../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:inspect.title") };
}

/** Phone-first: the municipality's inspector records a stage inspection at the site. */
export default async function StaffPermitInspectPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number: raw } = await params;
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.inspect", `/${lang}/staff/permits/after-issue/${encodeURIComponent(number)}/inspect`);
  const t = getT(lang);
  const permit = await afterIssuePermit(actor, number);
  if (!permit) notFound();
  const back = `/${lang}/staff/permits/after-issue/${encodeURIComponent(permit.number)}`;
  return (
    <div className="mx-auto max-w-2xl">
      <Link href={back} className="mb-2 inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline">{t("permitsAfterIssue:inspect.back")}</Link>
      <PageHeader title={t("permitsAfterIssue:inspect.title")} subtitle={t("permitsAfterIssue:inspect.subtitle")} />
      <section className="mb-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <p className="text-lg font-bold text-brand-900"><bdi dir="ltr">{permit.number}</bdi> · {permit.ownerName}</p>
        <p className="mt-1 text-sm text-slate-600">{localName(lang, permit.district)} · {t("permitsAfterIssue:fields.plan")} <bdi dir="ltr">{permit.planNo}</bdi> · {t("permitsAfterIssue:fields.parcel")} <bdi dir="ltr">{permit.parcelNo}</bdi></p>
      </section>
      {permit.can.inspect ? <PermitInspectionForm action={recordInspectionAction} permitNumber={permit.number} backHref={back} /> : <Alert tone="warning">{t("permitsAfterIssue:inspect.notIssued")}</Alert>}
    </div>
  );
}
