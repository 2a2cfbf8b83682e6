"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import type { Lang } from "@/lib/i18n/settings";
import complaintsMessages from "@/lib/i18n/bundles/complaints";

/** Reference + mobile → the complaint's page (the server remembers the match in a signed cookie). */
export const TrackForm = withT(function TrackForm({ lang, action, initialReference = "" }: { lang: Lang; action: (input: Record<string, unknown>) => Promise<ActionResult<{ reference: string }>>; initialReference?: string }) {
  const { t } = useT(complaintsMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZTrackComplaint),
    defaultValues: { reference: initialReference, mobile: "" },
    action: (values) => action(values),
    onSuccess: (data) => data && router.push(`/${lang}/complaints/track/${data.reference}`),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="track-form-title" data-testid="track-form">
        <h2 id="track-form-title" className="text-base font-bold text-brand-900">{t("complaints:track.formTitle")}</h2>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reference: t("complaints:track.reference"), mobile: t("complaints:track.mobile") }} submitCount={form.formState.submitCount} />
        <Field name="reference" label={t("complaints:track.reference")} hint={t("complaints:track.referenceHint")} dir="ltr" autoComplete="off" autoCapitalize="characters" />
        <Field name="mobile" label={t("complaints:track.mobile")} hint={t("complaints:otp.mobileHint")} dir="ltr" inputMode="tel" autoComplete="tel" />
        <SubmitButton busyLabel={t("complaints:track.submitting")}>{t("complaints:track.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
