import type { Metadata } from "next";
import Link from "next/link";
import { InsightSubscriptionsForm } from "@/components/insights/subscriptions-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { subscriptionChoices } from "@/lib/domain/insights/queries/reports";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { saveInsightSubscriptionsAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("insights:subscriptions.title") };
}

/** The periodic reports the signed-in leader receives (SMS when ready, listed on the reports page). */
export default async function InsightSubscriptionsPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "insights.reports", `/${lang}/staff/insights/reports/subscriptions`);
  const t = getT(lang);
  const choices = await subscriptionChoices(actor);
  return (
    <>
      <PageHeader title={t("insights:subscriptions.title")} subtitle={t("insights:subscriptions.subtitle")} />
      <InsightSubscriptionsForm rows={choices.map((c) => ({ scopeKey: c.scopeKey, name: localName(lang, c.scope), weekly: c.weekly, monthly: c.monthly }))} action={saveInsightSubscriptionsAction} />
      <p className="mt-6">
        <Link className="inline-flex min-h-11 items-center font-bold text-brand-700 hover:underline" href={`/${lang}/staff/insights/reports`}>
          {t("insights:subscriptions.back")}
        </Link>
      </p>
    </>
  );
}
