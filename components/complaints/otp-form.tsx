"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFocusOnMount } from "@/components/forms/focus-on-mount";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { formatSaudiMobile, normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import type { Lang } from "@/lib/i18n/settings";
import complaintsMessages from "@/lib/i18n/bundles/complaints";

type RequestAction = (input: { mobile: string; locale: Lang }) => Promise<ActionResult<{ expiresAt: Date }>>;
type VerifyAction = (input: { mobile: string; code: string }) => Promise<ActionResult<{ mobile: string }>>;

/**
 * Confirms a mobile number with a one-time SMS code, in two small steps (number, then code).
 * The server remembers the confirmed number in a signed httpOnly cookie; `onVerified` lets the page go on.
 */
export const OtpForm = withT(function OtpForm({
  lang,
  requestAction,
  verifyAction,
  onVerified,
  fixedMobile,
}: {
  lang: Lang;
  requestAction: RequestAction;
  verifyAction: VerifyAction;
  onVerified: (mobile: string) => void;
  /** When the number is known (e.g. the tracked complaint's): only the code is asked. */
  fixedMobile?: string;
}) {
  const { t } = useT(complaintsMessages);
  const [sentTo, setSentTo] = useState<string | null>(null);
  // After "send": the message saying where the code went takes the focus (not <body>); Tab goes on to the code.
  const sentRef = useFocusOnMount<HTMLParagraphElement>(!!sentTo);

  const request = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZRequestOtp),
    defaultValues: { mobile: fixedMobile ? `0${fixedMobile.slice(3)}` : "" },
    action: async (values) => requestAction({ mobile: String(values.mobile), locale: lang }),
    onSuccess: () => setSentTo(normalizeSaudiMobile(String(request.form.getValues("mobile"))) ?? null),
  });
  const verify = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZVerifyOtp),
    defaultValues: { mobile: "", code: "" },
    action: async (values) => verifyAction({ mobile: sentTo ?? String(values.mobile), code: String(values.code) }),
    onSuccess: (data) => data && onVerified(data.mobile),
  });

  if (!sentTo) {
    return (
      <FormProvider {...request.form}>
        <form method="post" onSubmit={request.onSubmit} noValidate className="space-y-4" data-testid="otp-request">
          <ErrorSummary errors={request.form.formState.errors} formError={request.formError} labels={{ mobile: t("complaints:otp.mobile") }} submitCount={request.form.formState.submitCount} />
          {fixedMobile ? (
            <p className="text-sm text-slate-700">
              <bdi dir="ltr">{formatSaudiMobile(fixedMobile)}</bdi>
            </p>
          ) : (
            <Field name="mobile" label={t("complaints:otp.mobile")} hint={t("complaints:otp.mobileHint")} dir="ltr" inputMode="tel" autoComplete="tel" />
          )}
          <SubmitButton busyLabel={t("complaints:otp.sending")}>
            {t("complaints:otp.send")}
          </SubmitButton>
        </form>
      </FormProvider>
    );
  }

  return (
    <FormProvider {...verify.form}>
      <form
        method="post"
        onSubmit={(e) => {
          verify.form.setValue("mobile", sentTo);
          return verify.onSubmit(e);
        }}
        noValidate
        className="space-y-4"
        data-testid="otp-verify"
      >
        <p ref={sentRef} tabIndex={-1} role="status" data-testid="otp-sent" className="rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-950">
          {t("complaints:otp.sent")} <bdi dir="ltr" className="font-bold tabular-nums">{formatSaudiMobile(sentTo)}</bdi>
        </p>
        <ErrorSummary errors={verify.form.formState.errors} formError={verify.formError} labels={{ code: t("complaints:otp.code"), mobile: t("complaints:otp.mobile") }} submitCount={verify.form.formState.submitCount} />
        <Field name="code" label={t("complaints:otp.code")} hint={t("complaints:otp.codeHint")} dir="ltr" inputMode="numeric" autoComplete="one-time-code" maxLength={6} className="max-w-xs" />
        <div className="flex flex-wrap gap-3">
          <SubmitButton busyLabel={t("complaints:otp.verifying")}>
            {t("complaints:otp.verify")}
          </SubmitButton>
          {!fixedMobile && (
            <Button type="button" variant="ghost" onClick={() => setSentTo(null)}>
              {t("complaints:otp.changeMobile")}
            </Button>
          )}
        </div>
      </form>
    </FormProvider>
  );
});
