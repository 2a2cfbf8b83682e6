import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PermitAccessLog } from "@/components/permits/permit-access-log";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { permitAccessForOwner } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:owner.accessTitle") };
}

/** Which organization viewed the owner's permit and when (every search of the electricity company that returned it). */
export default async function MyPermitAccessPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id: raw } = await params; // the permit number (the detail page takes its number or its id)
  const number = decodeURIComponent(raw).slice(0, 20);
  const actor = await requirePageActor(lang, "permits.mine", `/${lang}/my/permits/${encodeURIComponent(number)}/access`);
  const t = getT(lang);
  const access = await permitAccessForOwner(actor, number);
  if (!access) notFound();
  return (
    <>
      <PageHeader title={t("permitsAfterIssue:owner.accessTitle")} subtitle={<bdi dir="ltr">{access.number}</bdi>} />
      <PermitAccessLog lang={lang} views={access.views} headingLevel={2} />
    </>
  );
}
