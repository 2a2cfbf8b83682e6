import { notFound } from "next/navigation";
import { AfterIssueView } from "@/components/permits/after-issue-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("officeAfterIssue", "number");

/** A permit the office supervises, after issue: its stage inspections (the office may record them), certificates and connection. */
export default async function OfficeAfterIssuePermitPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number: raw } = await params;
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.inspect", `/${lang}/office/permits/after-issue/${encodeURIComponent(number)}`);
  const t = getT(lang);
  const permit = await afterIssuePermit(actor, number);
  if (!permit) notFound();
  return (
    <>
      <PageHeader title={t("permitsAfterIssue:title")} subtitle={<bdi dir="ltr">{permit.number}</bdi>} />
      <AfterIssueView lang={lang} permit={permit} inspectHref={`/${lang}/office/permits/after-issue/${encodeURIComponent(permit.number)}/inspect`} actions={{}} />
    </>
  );
}
