"use client";

import { useState } from "react";
import { FormProvider, type UseFormReturn } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { APPEAL_DECISIONS, PENALTY_DECISIONS, ZDecideAppeal, ZDecidePenalty } from "@/lib/domain/offices/penalty-schemas";
import { translateMessage } from "@/lib/i18n/core";
import { decideAppealAction, decidePenaltyAction } from "./actions";

type Labels = { decision: string; note: string };

function DecisionFields({ form, idPrefix, options, labels }: { form: UseFormReturn<Record<string, unknown>>; idPrefix: string; options: { value: string; label: string }[]; labels: Labels }) {
  const { t } = useT();
  const decisionError = form.formState.errors.decision?.message as string | undefined;
  const noteError = form.formState.errors.note?.message as string | undefined;
  return (
    <>
      <fieldset aria-invalid={decisionError ? true : undefined}>
        <legend className="text-sm font-semibold text-slate-800">{labels.decision}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {options.map((o) => (
            <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-sand-200 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={o.value} className="size-4 shrink-0 accent-brand-600" {...form.register("decision")} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        {decisionError && <p className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, decisionError)}</p>}
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${idPrefix}-note`} className="text-sm font-semibold text-slate-800">{labels.note}</label>
        <p id={`${idPrefix}-note-hint`} className="text-xs text-slate-600">{t("penalties:penaltiesPage.noteHint")}</p>
        <textarea
          id={`${idPrefix}-note`}
          rows={3}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={`${idPrefix}-note-hint${noteError ? ` ${idPrefix}-note-error` : ""}`}
          className={`w-full rounded-lg border px-3 py-2 text-base ${noteError ? "border-red-600" : "border-slate-300"}`}
          {...form.register("note")}
        />
        {noteError && <p id={`${idPrefix}-note-error`} className="text-sm font-medium text-red-700">{translateMessage(t, noteError)}</p>}
      </div>
    </>
  );
}

/**
 * The committee confirms (the penalty takes effect at once) or dismisses a proposed penalty. The outcome stays
 * on the card (no refresh: the decided card would leave the "proposed" list before it could be read);
 * the server action revalidates the lists for the next visit.
 */
export function DecidePenaltyForm({ penaltyId, number }: { penaltyId: string; number: string }) {
  const { t } = useT();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZDecidePenalty,
    defaultValues: { penaltyId, decision: undefined, note: "" },
    action: decidePenaltyAction,
    onSuccess: (data) => {
      setDone(
        data?.billNumber
          ? t("penalties:penaltiesPage.confirmedFine", { bill: data.billNumber })
          : data?.status === "CONFIRMED" && data.offered > 0
            ? t("penalties:penaltiesPage.confirmedSuspension", { count: data.offered })
            : t("penalties:penaltiesPage.confirmed"),
      );
    },
  });
  if (done) return <Alert tone="success" testId="form-success" title={done} />;
  const labels = { decision: t("penalties:penaltiesPage.decide"), note: t("penalties:penaltiesPage.note"), penaltyId: number };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`${labels.decision} ${number}`}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <DecisionFields form={form as never} idPrefix={`p-${penaltyId}`} labels={labels} options={PENALTY_DECISIONS.map((d) => ({ value: d, label: t(`penalties:penaltiesPage.${d}`) }))} />
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("penalties:penaltiesPage.submit")}</Button>
      </form>
    </FormProvider>
  );
}

/** The committee accepts (lifts the penalty) or rejects an appeal. */
export function DecideAppealForm({ appealId, number }: { appealId: string; number: string }) {
  const { t } = useT();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZDecideAppeal,
    defaultValues: { appealId, decision: undefined, note: "" },
    action: decideAppealAction,
    onSuccess: () => {
      setDone(true);
    },
  });
  if (done) return <Alert tone="success" testId="form-success" title={t("penalties:penaltiesPage.confirmed")} />;
  const labels = { decision: t("penalties:penaltiesPage.decide"), note: t("penalties:penaltiesPage.note"), appealId: number };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={`${labels.decision} ${number}`}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <DecisionFields form={form as never} idPrefix={`a-${appealId}`} labels={labels} options={APPEAL_DECISIONS.map((d) => ({ value: d, label: t(`penalties:penaltiesPage.${d}`) }))} />
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("penalties:penaltiesPage.submit")}</Button>
      </form>
    </FormProvider>
  );
}
