import Link from "next/link";
import { notFound } from "next/navigation";
import { AfterResolutionPanel } from "@/components/forms/deferred-forms/complaints";
import { CitizenComplaintView } from "@/components/complaints/citizen-view";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { complaintForReporter } from "@/lib/domain/complaints/queries/citizen";
import { normalizeReference } from "@/lib/domain/complaints/schemas";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { rateMyComplaintAction, reopenMyComplaintAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myComplaint", "reference");

/** One of the signed-in citizen's complaints (theirs by reporterUserId in the where; anyone else's is a 404). */
export default async function MyComplaintPage({ params }: { params: Promise<{ lang: string; reference: string }> }) {
  const lang = await langOf(params);
  const { reference: raw } = await params;
  const reference = normalizeReference(decodeURIComponent(raw)).slice(0, 16);
  const actor = await requirePageActor(lang, "complaints.mine", `/${lang}/my/complaints/${reference}`);
  const t = getT(lang);
  const c = await complaintForReporter({ userId: actor.userId }, reference);
  if (!c) notFound();

  return (
    <>
      <PageHeader title={t("complaints:view.title", { reference: "\u2066" + c.reference + "\u2069" })} />
      <CitizenComplaintView
        lang={lang}
        c={c}
        actions={<AfterResolutionPanel reference={c.reference} canRate={c.canRate} canReopen={c.canReopen} rateAction={rateMyComplaintAction} reopenAction={reopenMyComplaintAction} />}
      />
      <p className="mt-6">
        <Link href={`/${lang}/my/complaints`} className="font-bold text-brand-700 underline underline-offset-4">{t("complaints:view.back")}</Link>
      </p>
    </>
  );
}
