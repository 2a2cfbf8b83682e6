"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { APPEAL_MIN, ZAppealPenalty } from "@/lib/domain/offices/penalty-schemas";
import { translateMessage } from "@/lib/i18n/core";
import { appealPenaltyAction } from "./actions";

/** The manager's appeal against one confirmed penalty (within 15 days of the decision). */
export function AppealForm({ penaltyId, number }: { penaltyId: string; number: string }) {
  const { t } = useT();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZAppealPenalty,
    defaultValues: { penaltyId, reason: "" },
    action: appealPenaltyAction,
    onSuccess: () => {
      setDone(true);
    },
  });
  const error = form.formState.errors.reason?.message as string | undefined;
  if (done) return <Alert tone="success" testId="form-success" title={t("penalties:compliance.appealSent")} />;
  const id = `appeal-${penaltyId}`;
  const labels = { reason: t("penalties:compliance.appeal"), penaltyId: number };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`${labels.reason} ${number}`}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor={id} className="text-sm font-semibold text-slate-800">{labels.reason}</label>
          <p id={`${id}-hint`} className="text-xs text-slate-600">{t("penalties:compliance.appealHint", { min: APPEAL_MIN })}</p>
          <textarea
            id={id}
            rows={4}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            className={`w-full rounded-lg border px-3 py-2 text-base ${error ? "border-red-600" : "border-slate-300"}`}
            {...form.register("reason")}
          />
          {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("penalties:compliance.appealSubmit")}</Button>
      </form>
    </FormProvider>
  );
}
