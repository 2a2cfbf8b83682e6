"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ActionNotice } from "@/components/forms/action-notice";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import complaintsMessages from "@/lib/i18n/bundles/complaints";

type Action = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

/**
 * Rating and reopening a resolved complaint, with the notice after each. The panel holds what was done, and the
 * pages render it whatever the complaint's state, so the notice survives the refresh after the action — the
 * refreshed complaint no longer offers the form, and a notice kept inside the form would vanish with it.
 */
export const AfterResolutionPanel = withT(function AfterResolutionPanel({ reference, canRate, canReopen, rateAction, reopenAction }: { reference: string; canRate: boolean; canReopen: boolean; rateAction: Action; reopenAction: Action }) {
  const { t } = useT(complaintsMessages);
  const router = useRouter();
  const [rated, setRated] = useState(false);
  const [reopened, setReopened] = useState(false);
  if (!canRate && !canReopen && !rated && !reopened) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {rated ? (
        <ActionNotice testId="rated" title={t("complaints:rate.done")} />
      ) : (
        canRate && <RateForm reference={reference} action={rateAction} onDone={() => { setRated(true); router.refresh(); }} />
      )}
      {reopened ? (
        <ActionNotice tone="warning" testId="reopened" title={t("complaints:reopen.done")} />
      ) : (
        canReopen && <ReopenForm reference={reference} action={reopenAction} onDone={() => { setReopened(true); router.refresh(); }} />
      )}
    </div>
  );
});

/** Rate the handling 1–5 (radio buttons: keyboard and screen-reader friendly) with an optional comment. */
function RateForm({ reference, action, onDone }: { reference: string; action: Action; onDone: () => void }) {
  const { t } = useT(complaintsMessages);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZRateComplaintForm),
    defaultValues: { rating: "" as unknown as number, comment: "" },
    action: (values) => action({ ...values, reference }),
    onSuccess: onDone,
  });
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
        <SubmitButton busyLabel={t("complaints:rate.submitting")}>{t("complaints:rate.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
}

/** Reopen a resolved complaint that is not really fixed, with the reason. */
function ReopenForm({ reference, action, onDone }: { reference: string; action: Action; onDone: () => void }) {
  const { t } = useT(complaintsMessages);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZReopenComplaintForm),
    defaultValues: { reason: "" },
    action: (values) => action({ ...values, reference }),
    onSuccess: onDone,
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-amber-200 bg-white p-5 shadow-sm" aria-labelledby="reopen-title" data-testid="reopen-form">
        <h2 id="reopen-title" className="text-base font-bold text-amber-900">{t("complaints:reopen.title")}</h2>
        <p className="text-sm text-slate-700">{t("complaints:reopen.intro")}</p>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("complaints:reopen.reason") }} submitCount={form.formState.submitCount} />
        <TextArea name="reason" label={t("complaints:reopen.reason")} rows={3} />
        <SubmitButton variant="secondary" busyLabel={t("complaints:reopen.submitting")}>{t("complaints:reopen.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
}
