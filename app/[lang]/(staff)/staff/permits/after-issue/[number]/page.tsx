import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AfterIssueView } from "@/components/permits/after-issue-view";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { issueCertificateAction, issueClearanceAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const { number } = await params;
  return { title: `${getT(await langOf(params))("permitsAfterIssue:title")} ${decodeURIComponent(number).slice(0, 16)}` };
}

/** One permit after issue, for the municipality: inspections, certificates (prerequisites decided by the command), connection clearance. */
export default async function StaffAfterIssuePermitPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number: raw } = await params;
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.certify", `/${lang}/staff/permits/after-issue/${encodeURIComponent(number)}`);
  const t = getT(lang);
  const permit = await afterIssuePermit(actor, number);
  if (!permit) notFound();
  const base = `/${lang}/staff/permits/after-issue`;
  return (
    <>
      <Link href={base} className="mb-2 inline-flex min-h-11 items-center text-sm font-bold text-brand-700 hover:underline">{t("permitsAfterIssue:permit.back")}</Link>
      <PageHeader
        title={t("permitsAfterIssue:title")}
        subtitle={<bdi dir="ltr">{permit.number}</bdi>}
        actions={permit.can.cancel ? <Link href={`/${lang}/staff/permits/${permit.id}#cancel`} className={buttonClass("secondary")} data-testid="open-cancel-permit">{t("permits:cancel.title")}</Link> : undefined}
      />
      <AfterIssueView lang={lang} permit={permit} inspectHref={`${base}/${encodeURIComponent(permit.number)}/inspect`} actions={{ issueCertificate: issueCertificateAction, issueClearance: issueClearanceAction }} />
    </>
  );
}
