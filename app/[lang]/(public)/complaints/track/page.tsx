import type { Metadata } from "next";
import Link from "next/link";
import { TrackForm } from "@/components/forms/deferred-forms/complaints";
import { Alert } from "@/components/ui/alert";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { trackComplaintAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("trackComplaint", undefined, { referrer: "no-referrer", robots: { index: false, follow: false } });

/** Tracking a complaint without an account: its reference and the mobile number it was filed with. */
export default async function TrackComplaintPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ expired?: string; reference?: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("complaints:track.title")}</h1>
        <p className="mt-1 text-slate-600">{t("complaints:track.subtitle")}</p>
      </header>
      {sp.expired ? <Alert tone="warning">{t("complaints:track.expired")}</Alert> : sp.reference ? <Alert tone="info" testId="track-confirm">{t("complaints:track.confirmMobile")}</Alert> : null}
      <TrackForm lang={lang} action={trackComplaintAction} initialReference={typeof sp.reference === "string" ? sp.reference.slice(0, 16) : ""} />
      <p className="text-sm">
        <Link href={`/${lang}/complaints/new`} className="font-bold text-brand-700 underline underline-offset-4">{t("complaints:cta.file")}</Link>
      </p>
    </div>
  );
}
