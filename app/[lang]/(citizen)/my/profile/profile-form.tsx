"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { UpdateProfileInput } from "@/lib/domain/identity/schemas";
import type { updateProfileAction } from "./actions";
import { ActionNotice } from "@/components/forms/action-notice";
import dashboardMessages from "@/lib/i18n/bundles/dashboard";
import { registerChoice } from "@/components/forms/register";

export const ProfileForm = withT(function ProfileForm({ defaults, action }: { defaults: UpdateProfileInput; action: typeof updateProfileAction }) {
  const { t } = useT(dashboardMessages);
  const [saved, setSaved] = useState<"saved" | "pending" | false>(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/identity/schemas").then((m) => m.ZUpdateProfile),
    defaultValues: defaults,
    action: async (v) => {
      setSaved(false);
      return action(v);
    },
    onSuccess: (data) => setSaved(data?.pendingMobile ? "pending" : "saved"),
  });
  const labels = { mobile: t("common:mobile"), email: t("common:email"), preferredLocale: t("dashboard:profile.language") };

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        {saved && <ActionNotice testId="form-success" title={t(saved === "pending" ? "dashboard:profile.savedPending" : "dashboard:profile.saved")} />}
        <Field name="mobile" label={labels.mobile} hint={t("dashboard:profile.mobileHint")} dir="ltr" inputMode="tel" autoComplete="tel" />
        <Field name="email" label={labels.email} type="email" dir="ltr" autoComplete="email" />
        <fieldset>
          <legend className="text-sm font-bold text-slate-800">{labels.preferredLocale}</legend>
          <div className="mt-2 flex gap-4">
            {(["ar", "en"] as const).map((l) => (
              <label key={l} className="flex min-h-11 items-center gap-2">
                <input type="radio" className="size-4 accent-brand-600" {...registerChoice(form, "preferredLocale", l)} />
                {t(`common:language.${l}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <SubmitButton>{t("common:save")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
