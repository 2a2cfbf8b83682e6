"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { FEEDBACK_KINDS, ZFileFeedback } from "@/lib/domain/offices/schemas";
import { translateMessage } from "@/lib/i18n/core";

/** A suggestion or complaint about an office (citizens must name the office; offices may write in general). */
export function FeedbackForm({ offices, allowGeneral, action }: { offices: { id: string; name: string }[]; allowGeneral: boolean; action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const { t } = useT();
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZFileFeedback,
    defaultValues: { officeId: "", kind: "COMPLAINT", subject: "", body: "" },
    action: action as never,
    onSuccess: (d) => {
      setSent((d as { number: string }).number);
      form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const labels = { officeId: t("supervision:fields.aboutOffice"), kind: t("supervision:fields.kind"), subject: t("supervision:fields.subject"), body: t("supervision:fields.body") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {sent && <Alert tone="success" testId="form-success" title={t("supervision:feedback.sent", { number: sent })} />}
        <ErrorSummary errors={e} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset className="space-y-1">
          <legend className="text-sm font-semibold text-slate-800">{labels.kind}</legend>
          <div className="flex flex-wrap gap-2">
            {FEEDBACK_KINDS.map((k) => (
              <label key={k} className="flex min-h-11 items-center gap-2 rounded-lg border border-sand-200 px-3"><input type="radio" value={k} className="size-5" {...form.register("kind")} />{t(`supervision:feedbackKind.${k}`)}</label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="fb-office" className="text-sm font-semibold text-slate-800">{labels.officeId}</label>
          <select id="fb-office" aria-invalid={e.officeId ? true : undefined} className={`min-h-11 rounded-lg border bg-white px-3 ${e.officeId ? "border-red-600" : "border-slate-300"}`} {...form.register("officeId")}>
            <option value="">{allowGeneral ? t("supervision:feedback.generalSuggestion") : t("supervision:feedback.chooseOffice")}</option>
            {offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          {e.officeId?.message && <p className="text-sm font-medium text-red-700">{translateMessage(t, e.officeId.message as string)}</p>}
        </div>
        <Field name="subject" label={labels.subject} maxLength={160} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="fb-body" className="text-sm font-semibold text-slate-800">{labels.body}</label>
          <textarea id="fb-body" rows={5} maxLength={3000} aria-invalid={e.body ? true : undefined} className={`w-full rounded-lg border px-3 py-2 ${e.body ? "border-red-600" : "border-slate-300"}`} {...form.register("body")} />
          {e.body?.message && <p className="text-sm font-medium text-red-700">{translateMessage(t, e.body.message as string)}</p>}
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:feedback.submit")}</Button>
      </form>
    </FormProvider>
  );
}
