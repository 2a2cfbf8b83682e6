"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { ZRateComplaintForm, ZReopenComplaintForm } from "@/lib/domain/complaints/schemas";
import { translateMessage } from "@/lib/i18n/core";

type Action = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

/** Rate the handling 1–5 (radio buttons: keyboard and screen-reader friendly) with an optional comment. */
export function RateForm({ reference, action }: { reference: string; action: Action }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRateComplaintForm,
    defaultValues: { rating: "" as unknown as number, comment: "" },
    action: (values) => action({ ...values, reference }),
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  const ratingError = form.formState.errors.rating?.message as string | undefined;
  if (done) return <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900" data-testid="rated">{t("complaints:rate.done")}</p>;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="rate-title" data-testid="rate-form">
        <h2 id="rate-title" className="text-base font-bold text-brand-900">{t("complaints:rate.title")}</h2>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ rating: t("complaints:rate.rating"), comment: t("complaints:rate.comment") }} submitCount={form.formState.submitCount} />
        <fieldset aria-describedby={ratingError ? "rating-error" : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{t("complaints:rate.rating")}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {([1, 2, 3, 4, 5] as const).map((n) => (
              <label key={n} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" value={n} className="size-4 accent-brand-600" {...form.register("rating")} />
                <span className="font-bold tabular-nums">{n}</span>
                <span>{t(`complaints:rate.labels.${n}`)}</span>
              </label>
            ))}
          </div>
          {ratingError && <p id="rating-error" className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, ratingError)}</p>}
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="rate-comment" className="text-sm font-semibold text-slate-800">{t("complaints:rate.comment")}</label>
          <textarea id="rate-comment" rows={2} className="w-full rounded-lg border border-slate-300 px-3 py-2 text-base" {...form.register("comment")} />
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaints:rate.submitting") : t("complaints:rate.submit")}</Button>
      </form>
    </FormProvider>
  );
}

/** Reopen a resolved complaint that is not really fixed, with the reason. */
export function ReopenForm({ reference, action }: { reference: string; action: Action }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZReopenComplaintForm,
    defaultValues: { reason: "" },
    action: (values) => action({ ...values, reference }),
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  const reasonError = form.formState.errors.reason?.message as string | undefined;
  if (done) return <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-950" data-testid="reopened">{t("complaints:reopen.done")}</p>;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-amber-200 bg-white p-5 shadow-sm" aria-labelledby="reopen-title" data-testid="reopen-form">
        <h2 id="reopen-title" className="text-base font-bold text-amber-900">{t("complaints:reopen.title")}</h2>
        <p className="text-sm text-slate-700">{t("complaints:reopen.intro")}</p>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("complaints:reopen.reason") }} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="reopen-reason" className="text-sm font-semibold text-slate-800">{t("complaints:reopen.reason")}</label>
          <textarea
            id="reopen-reason"
            rows={3}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? "reopen-reason-error" : undefined}
            className={`w-full rounded-lg border px-3 py-2 text-base ${reasonError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("reason")}
          />
          {reasonError && <p id="reopen-reason-error" className="text-sm font-medium text-red-700">{translateMessage(t, reasonError)}</p>}
        </div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaints:reopen.submitting") : t("complaints:reopen.submit")}</Button>
      </form>
    </FormProvider>
  );
}
