import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AfterIssueView } from "@/components/permits/after-issue-view";
import { PermitAccessLog } from "@/components/permits/permit-access-log";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { afterIssuePermit, permitAccessForOwner } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { requestConnectionAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; id: string }> }): Promise<Metadata> {
  const { id: number } = await params;
  return { title: getT(await langOf(params))("permitsAfterIssue:owner.title", { number: decodeURIComponent(number).slice(0, 16) }) };
}

/** The owner's permit after issue: stage inspections, certificates (print + QR), the electricity connection, and who viewed the permit. */
export default async function MyPermitAfterIssuePage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id: raw } = await params; // the permit number (the detail page takes its number or its id)
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits/${encodeURIComponent(number)}/after-issue`);
  const t = getT(lang);
  const permit = await afterIssuePermit(actor, number);
  const access = await permitAccessForOwner(actor, number);
  if (!permit || !access) notFound();
  return (
    <>
      <PageHeader title={t("permitsAfterIssue:owner.title", { number: permit.number })} />
      <AfterIssueView lang={lang} permit={permit} certificateHref={(n) => `/${lang}/my/permits/certificates/${encodeURIComponent(n)}`} actions={{ requestConnection: requestConnectionAction }} />
      <div className="mt-6">
        <PermitAccessLog lang={lang} views={access.views.slice(0, 5)} />
        <Link className="mt-2 inline-flex min-h-11 items-center font-bold text-brand-700 underline" href={`/${lang}/my/permits/${encodeURIComponent(permit.number)}/access`}>{t("permitsAfterIssue:permit.accessLink")}</Link>
      </div>
    </>
  );
}
