import { notFound } from "next/navigation";
import { PermitInspectView } from "@/components/permits/inspect-view";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { langOf } from "@/lib/i18n/params";
import { officeRecordPermitInspectionAction } from "../../actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeStageInspection", "number");

/** Phone-first: the supervising office records a stage inspection at the site (components/permits/inspect-view.tsx). */
export default async function OfficePermitInspectPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number: raw } = await params;
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.inspect", `/${lang}/office/permits/after-issue/${encodeURIComponent(number)}/inspect`);
  const permit = await afterIssuePermit(actor, number);
  if (!permit) notFound();
  return <PermitInspectView lang={lang} permit={permit} backHref={`/${lang}/office/permits/after-issue/${encodeURIComponent(permit.number)}`} action={officeRecordPermitInspectionAction} />;
}
