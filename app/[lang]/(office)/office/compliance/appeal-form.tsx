"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldIdScope } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { APPEAL_MIN } from "@/lib/domain/offices/penalty-schemas";
import type { appealPenaltyAction } from "./actions";
import { ActionNotice } from "@/components/forms/action-notice";
import penaltiesMessages from "@/lib/i18n/bundles/penalties";

/** The manager's appeal against one confirmed penalty (within 15 days of the decision). */
export const AppealForm = withT(function AppealForm({ penaltyId, number, action }: { penaltyId: string; number: string; action: typeof appealPenaltyAction }) {
  const { t } = useT(penaltiesMessages);
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZAppealPenalty),
    defaultValues: { penaltyId, reason: "" },
    action,
    onSuccess: () => {
      setDone(true);
    },
  });
  if (done) return <ActionNotice testId="form-success" title={t("penalties:compliance.appealSent")} />;
  const labels = { reason: t("penalties:compliance.appeal"), penaltyId: number };
  return (
    // Several penalties (one form each) may be listed on the page: each form's ids are its own.
    <FieldIdScope prefix={`appeal-${penaltyId}`}>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${labels.reason} ${number}`}>
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="reason" label={labels.reason} hint={t("penalties:compliance.appealHint", { min: APPEAL_MIN })} rows={4} />
          <SubmitButton>{t("penalties:compliance.appealSubmit")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});
