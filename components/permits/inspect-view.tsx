import Link from "next/link";
import type { FormAction } from "@/components/forms/use-action-form";
import { PermitInspectionForm } from "@/components/permits/inspection-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import type { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

type InspectablePermit = NonNullable<Awaited<ReturnType<typeof afterIssuePermit>>>;

/**
 * Phone-first: a stage inspection recorded at the site, by the municipality's inspector (staff area) or the
 * supervising office (office area). The pages authorize and load the permit; this is what both show.
 */
export function PermitInspectView({ lang, permit, backHref, action }: { lang: Lang; permit: InspectablePermit; backHref: string; action: FormAction }) {
  const t = getT(lang);
  return (
    <div className="mx-auto max-w-2xl">
      <Link href={backHref} className="mb-2 inline-flex min-h-11 items-center text-sm font-bold text-brand-700 hover:underline">{t("permitsAfterIssue:inspect.back")}</Link>
      <PageHeader title={t("permitsAfterIssue:inspect.title")} subtitle={t("permitsAfterIssue:inspect.subtitle")} />
      <section className="mb-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
        <p className="text-lg font-bold text-brand-900"><bdi dir="ltr">{permit.number}</bdi> · {permit.ownerName}</p>
        <p className="mt-1 text-sm text-slate-600">{localName(lang, permit.district)} · {t("permitsAfterIssue:fields.plan")} <bdi dir="ltr">{permit.planNo}</bdi> · {t("permitsAfterIssue:fields.parcel")} <bdi dir="ltr">{permit.parcelNo}</bdi></p>
      </section>
      {permit.can.inspect ? <PermitInspectionForm action={action} permitNumber={permit.number} backHref={backHref} /> : <Alert tone="warning">{t("permitsAfterIssue:inspect.notIssued")}</Alert>}
    </div>
  );
}
