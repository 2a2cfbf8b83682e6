"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { OtpForm } from "@/components/complaints/otp-form";
import type { Lang } from "@/lib/i18n/settings";
import complaintsMessages from "@/lib/i18n/bundles/complaints";

/** On the tracking page: confirm the complaint's mobile by SMS code before rating or reopening. */
export const GuestConfirm = withT(function GuestConfirm({ lang, mobile, requestAction, verifyAction }: { lang: Lang; mobile: string; requestAction: Parameters<typeof OtpForm>[0]["requestAction"]; verifyAction: Parameters<typeof OtpForm>[0]["verifyAction"] }) {
  const { t } = useT(complaintsMessages);
  const router = useRouter();
  return (
    <section className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="guest-confirm-title" data-testid="guest-confirm">
      <h2 id="guest-confirm-title" className="text-base font-bold text-brand-900">{t("complaints:guest.confirmTitle")}</h2>
      <p className="text-sm text-slate-700">{t("complaints:guest.confirmIntro")}</p>
      <OtpForm lang={lang} fixedMobile={mobile} requestAction={requestAction} verifyAction={verifyAction} onVerified={() => router.refresh()} />
    </section>
  );
});
