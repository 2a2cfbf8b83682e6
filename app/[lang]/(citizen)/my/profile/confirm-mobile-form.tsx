"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import type { confirmMobileAction } from "./actions";
import dashboardMessages from "@/lib/i18n/bundles/dashboard";

/**
 * The second step of a mobile change (issue 11): the code sent to the NEW number. Stays mounted while the page
 * refreshes, so the confirmation is still shown once the number has changed.
 */
export const ConfirmMobileForm = withT(function ConfirmMobileForm({ pending, action }: { pending: { pending: string; current: string } | null; action: typeof confirmMobileAction }) {
  const { t } = useT(dashboardMessages);
  const [confirmed, setConfirmed] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/identity/schemas").then((m) => m.ZConfirmMobile),
    defaultValues: { code: "" },
    action: (v) => action(v),
    onSuccess: () => setConfirmed(true),
  });
  if (confirmed && !pending) return <Alert tone="success" testId="mobile-confirmed" title={t("dashboard:profile.confirmed")} />;
  if (!pending) return null;
  const labels = { code: t("dashboard:profile.code") };
  return (
    <section data-testid="pending-mobile" aria-labelledby="pending-mobile-title" className="max-w-xl space-y-4">
      <h2 id="pending-mobile-title" className="text-lg font-bold text-brand-900">{t("dashboard:profile.pendingTitle")}</h2>
      <p className="text-slate-700">
        {t("dashboard:profile.pendingBody", { mobile: pending.pending, current: pending.current })}
      </p>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Field name="code" label={labels.code} hint={t("dashboard:profile.codeHint")} dir="ltr" inputMode="numeric" autoComplete="one-time-code" />
          <SubmitButton>{t("dashboard:profile.confirm")}</SubmitButton>
        </form>
      </FormProvider>
    </section>
  );
});
