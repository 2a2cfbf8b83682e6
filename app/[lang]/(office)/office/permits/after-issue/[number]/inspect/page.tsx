import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PermitInspectView } from "@/components/permits/inspect-view";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { officeRecordPermitInspectionAction } from "../../actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:inspect.title") };
}

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
