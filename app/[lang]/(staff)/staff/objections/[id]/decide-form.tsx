"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZDecideObjection } from "@/lib/domain/violations/schemas";
import { DECISIONS } from "@/lib/domain/violations/workflow";
import { translateMessage } from "@/lib/i18n/core";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import { decideObjectionAction } from "./actions";

export function DecideForm({ lang, objectionId, fineHalalas }: { lang: Lang; objectionId: string; fineHalalas: number }) {
  const { t } = useT();
  const router = useRouter();
  const pathname = usePathname();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZDecideObjection,
    defaultValues: { objectionId, decision: undefined, note: "", reducedTo: "" },
    action: decideObjectionAction,
    onSuccess: () => {
      setDone(true);
      router.replace(`${pathname}?decided=1`, { scroll: false });
    },
  });
  const decision = form.watch("decision");
  const decisionError = form.formState.errors.decision?.message as string | undefined;
  const noteError = form.formState.errors.note?.message as string | undefined;

  if (done) return <Alert tone="success" testId="form-success" title={t("violations:decide.success")} />;

  const labels = { decision: t("violations:decide.decision"), note: t("violations:decide.note"), reducedTo: t("violations:decide.reducedTo"), objectionId: t("violations:decide.title") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset aria-invalid={decisionError ? true : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{labels.decision}</legend>
          <div className="mt-2 space-y-2">
            {DECISIONS.map((d) => (
              <label key={d} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-sand-200 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" value={d} className="size-4 shrink-0 accent-brand-600" {...form.register("decision")} />
                <span>{t(`violations:decide.${d}`)}</span>
              </label>
            ))}
          </div>
          {decisionError && <p className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, decisionError)}</p>}
        </fieldset>
        {decision === "REDUCE" && (
          <Field name="reducedTo" label={labels.reducedTo} hint={t("violations:decide.reducedHint", { amount: formatHalalas(fineHalalas, lang) })} dir="ltr" inputMode="decimal" autoComplete="off" />
        )}
        <div className="flex flex-col gap-1.5">
          <label htmlFor="note" className="text-sm font-semibold text-slate-800">{labels.note}</label>
          <p id="note-hint" className="text-xs text-slate-600">{t("violations:decide.noteHint")}</p>
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
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("violations:decide.submit")}</Button>
      </form>
    </FormProvider>
  );
}
