import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AfterResolutionPanel, GuestConfirm } from "@/components/forms/deferred-forms/complaints";
import { CitizenComplaintView } from "@/components/complaints/citizen-view";
import { currentGuest, trackedComplaint } from "@/lib/auth/guest";
import { complaintForReporter } from "@/lib/domain/complaints/queries/citizen";
import { normalizeReference } from "@/lib/domain/complaints/schemas";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { requestOtpAction, verifyOtpAction } from "../../new/actions";
import { rateAsGuestAction, reopenAsGuestAction } from "../actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("trackedComplaint", "reference", { referrer: "no-referrer", robots: { index: false, follow: false } });

/**
 * A tracked complaint: shown only to the browser that matched its reference and mobile (signed cookie),
 * loaded with that mobile in the where. Rating and reopening also need the mobile confirmed by SMS code.
 */
export default async function TrackedComplaintPage({ params }: { params: Promise<{ lang: string; reference: string }> }) {
  const lang = await langOf(params);
  const { reference: raw } = await params;
  const reference = normalizeReference(decodeURIComponent(raw)).slice(0, 16);
  const tracked = await trackedComplaint();
  // A first visit (a link from the SMS, another browser) is not an expired session: it asks for the mobile the
  // complaint was filed with, the reference already filled in (issue 17, item 10).
  if (!tracked || tracked.reference !== reference) redirect(`/${lang}/complaints/track?reference=${encodeURIComponent(reference)}`);
  const c = await complaintForReporter({ mobile: tracked.mobile }, reference);
  if (!c) redirect(`/${lang}/complaints/track?reference=${encodeURIComponent(reference)}`);
  const t = getT(lang);
  const guest = await currentGuest();
  const confirmed = guest.verifiedMobile === tracked.mobile;
  const actionable = c.canRate || c.canReopen;

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("complaints:view.title", { reference: "\u2066" + c.reference + "\u2069" })}</h1>
      <CitizenComplaintView
        lang={lang}
        c={c}
        actions={
          // The panel also stands when nothing is offered any more, so its notice outlives the refresh after an action.
          actionable && !confirmed ? (
            <GuestConfirm lang={lang} mobile={tracked.mobile} requestAction={requestOtpAction} verifyAction={verifyOtpAction} />
          ) : (
            <AfterResolutionPanel reference={c.reference} canRate={confirmed && c.canRate} canReopen={confirmed && c.canReopen} rateAction={rateAsGuestAction} reopenAction={reopenAsGuestAction} />
          )
        }
      />
      <p>
        <Link href={`/${lang}/complaints/track`} className="font-bold text-brand-700 underline underline-offset-4">{t("complaints:track.another")}</Link>
      </p>
    </div>
  );
}
