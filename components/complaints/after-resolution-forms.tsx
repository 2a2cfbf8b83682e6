"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { ZRateComplaintForm, ZReopenComplaintForm } from "@/lib/domain/complaints/schemas";

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
  if (done) return <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-900" data-testid="rated">{t("complaints:rate.done")}</p>;
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="rate-title" data-testid="rate-form">
        <h2 id="rate-title" className="text-base font-bold text-brand-900">{t("complaints:rate.title")}</h2>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ rating: t("complaints:rate.rating"), comment: t("complaints:rate.comment") }} submitCount={form.formState.submitCount} />
        <RadioGroup
          name="rating"
          legend={t("complaints:rate.rating")}
          inline
          options={([1, 2, 3, 4, 5] as const).map((n) => ({
            value: String(n),
            label: (
              <>
                <span className="font-bold tabular-nums">{n}</span> <span>{t(`complaints:rate.labels.${n}`)}</span>
              </>
            ),
          }))}
        />
        <TextArea name="comment" label={t("complaints:rate.comment")} rows={2} />
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
  if (done) return <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-950" data-testid="reopened">{t("complaints:reopen.done")}</p>;
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-amber-200 bg-white p-5 shadow-sm" aria-labelledby="reopen-title" data-testid="reopen-form">
        <h2 id="reopen-title" className="text-base font-bold text-amber-900">{t("complaints:reopen.title")}</h2>
        <p className="text-sm text-slate-700">{t("complaints:reopen.intro")}</p>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("complaints:reopen.reason") }} submitCount={form.formState.submitCount} />
        <TextArea name="reason" label={t("complaints:reopen.reason")} rows={3} />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaints:reopen.submitting") : t("complaints:reopen.submit")}</Button>
      </form>
    </FormProvider>
  );
}
