"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ZRecordExam } from "@/lib/domain/health-certs/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { recordExamAction } from "./actions";

export function ExamForm({ certificateId }: { certificateId: string }) {
  const { t } = useT();
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordExam,
    defaultValues: { certificateId, result: undefined, notes: "" },
    action: recordExamAction,
    // The page re-renders with the result instead of this form.
    onSuccess: () => router.refresh(),
  });
  const errors = form.formState.errors;
  const resultError = errors.result?.message as string | undefined;
  const notesError = errors.notes?.message as string | undefined;
  const labels = { result: t("healthCerts:exam.result"), notes: t("healthCerts:exam.notes"), certificateId: t("healthCerts:fields.number") };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset className="space-y-2" aria-describedby={resultError ? "result-error" : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{labels.result}</legend>
          {(["FIT", "UNFIT"] as const).map((value) => (
            <label key={value} className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-sand-200 bg-white px-4 py-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" value={value} className="size-5 accent-brand-600" {...form.register("result")} />
              <span className="font-semibold">{value === "FIT" ? t("healthCerts:exam.fit") : t("healthCerts:exam.unfit")}</span>
            </label>
          ))}
          {resultError && <p id="result-error" className="text-sm font-medium text-red-700">{translateMessage(t, resultError)}</p>}
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="notes" className="text-sm font-semibold text-slate-800">{labels.notes}</label>
          <p id="notes-hint" className="text-xs text-slate-600">{t("healthCerts:exam.notesHint")}</p>
          <textarea
            id="notes"
            rows={4}
            maxLength={1000}
            aria-invalid={notesError ? true : undefined}
            aria-describedby={`notes-hint${notesError ? " notes-error" : ""}`}
            className={`w-full rounded-lg border px-3 py-2 text-base ${notesError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("notes")}
          />
          {notesError && <p id="notes-error" className="text-sm font-medium text-red-700">{translateMessage(t, notesError)}</p>}
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting} className="w-full sm:w-auto">{t("healthCerts:exam.submit")}</Button>
      </form>
    </FormProvider>
  );
}
