import type { Metadata } from "next";
import { EmergencyNotice } from "@/components/complaints/emergency-notice";
import { FileComplaintForm } from "@/components/forms/deferred-forms/complaints";
import { currentGuest } from "@/lib/auth/guest";
import { can, currentActor } from "@/lib/auth/require-actor";
import { filingOptions } from "@/lib/domain/complaints/queries/citizen";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { fileComplaintAction, fileComplaintAsGuestAction, requestOtpAction, verifyOtpAction } from "./actions";
import { localName } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("fileComplaint", undefined, { robots: { index: false, follow: false } });

/**
 * Filing a complaint: a signed-in citizen files from their account; anyone else first confirms a mobile
 * number by SMS code. The "not for emergencies" notice comes before the form.
 */
export default async function NewComplaintPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const actor = await currentActor();
  const asCitizen = can(actor, "complaints.file");
  const [{ categories, districts }, guest] = await Promise.all([filingOptions(), asCitizen ? null : currentGuest()]);

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <header>
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("complaints:file.title")}</h1>
        <p className="mt-1 text-slate-600">{t("complaints:file.subtitle")}</p>
      </header>
      <EmergencyNotice lang={lang} />
      <FileComplaintForm
        lang={lang}
        categories={categories}
        districts={districts}
        reporter={asCitizen && actor ? { kind: "citizen", name: localName(lang, actor) } : { kind: "guest", verifiedMobile: guest?.verifiedMobile ?? null }}
        fileAction={asCitizen ? fileComplaintAction : fileComplaintAsGuestAction}
        requestOtpAction={requestOtpAction}
        verifyOtpAction={verifyOtpAction}
      />
    </div>
  );
}
