"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SPOT_CHECK_RESULTS, ZRecordSpotCheck } from "@/lib/domain/offices/penalty-schemas";
import { translateMessage } from "@/lib/i18n/core";
import { recordSpotCheckAction } from "./actions";

/** The inspector's result: big touch targets (this page is used on a phone at the shop). */
export function RecordSpotCheckForm({ spotCheckId }: { spotCheckId: string }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordSpotCheck,
    defaultValues: { spotCheckId, result: undefined, note: "" },
    action: recordSpotCheckAction,
    onSuccess: (d) => {
      setDone(d?.penalty ? t("penalties:spot.recordedFinding", { number: d.penalty.number, kind: t(`penalties:kind.${d.penalty.kind as "FINE"}`) }) : t("penalties:spot.recorded"));
      router.refresh();
    },
  });
  const resultError = form.formState.errors.result?.message as string | undefined;
  const noteError = form.formState.errors.note?.message as string | undefined;
  if (done) return <Alert tone="success" testId="form-success" title={done} />;
  const labels = { result: t("penalties:spot.result"), note: t("penalties:spot.note"), spotCheckId: t("penalties:spot.result") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset aria-invalid={resultError ? true : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{labels.result}</legend>
          <div className="mt-2 space-y-2">
            {SPOT_CHECK_RESULTS.map((r) => (
              <label key={r} className="flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border border-sand-200 px-4 py-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" value={r} className="size-5 shrink-0 accent-brand-600" {...form.register("result")} />
                <span>{t(`penalties:spot.${r}`)}</span>
              </label>
            ))}
          </div>
          {resultError && <p className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, resultError)}</p>}
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="note" className="text-sm font-semibold text-slate-800">{labels.note}</label>
          <p id="note-hint" className="text-xs text-slate-600">{t("penalties:spot.noteHint")}</p>
          <textarea
            id="note"
            rows={4}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={`note-hint${noteError ? " note-error" : ""}`}
            className={`w-full rounded-lg border px-3 py-2 text-base ${noteError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("note")}
          />
          {noteError && <p id="note-error" className="text-sm font-medium text-red-700">{translateMessage(t, noteError)}</p>}
        </div>
        <Button type="submit" className="w-full sm:w-auto" disabled={form.formState.isSubmitting}>{t("penalties:spot.submit")}</Button>
      </form>
    </FormProvider>
  );
}
