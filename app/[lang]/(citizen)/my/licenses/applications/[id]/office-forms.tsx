"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZRateOffice, ZReassignApplication } from "@/lib/domain/offices/penalty-schemas";
import { translateMessage } from "@/lib/i18n/core";
import { rateOfficeAction, reassignApplicationAction } from "./supervision-actions";

type OfficeOption = { id: string; name: string; openApplications: number };

/**
 * The offer to move the application away from a suspended office, or — once moved — the confirmation.
 * `offices` is null when there is no offer; the component stays mounted so its confirmation survives the
 * re-render that follows the move (which withdraws the offer).
 */
export function ReassignPanel({ applicationId, officeName, offices }: { applicationId: string; officeName: string; offices: OfficeOption[] | null }) {
  const { t } = useT();
  const [done, setDone] = useState<string | null>(null);
  if (done) return <Alert tone="success" testId="reassign-done" title={done} />;
  if (!offices) return null;
  return (
    <section className="space-y-4 rounded-xl border-2 border-red-300 bg-red-50/60 p-5" data-testid="reassign-panel" aria-labelledby="reassign-title">
      <h2 id="reassign-title" className="text-lg font-bold text-red-950">{t("penalties:reassign.title")}</h2>
      <p className="text-sm text-slate-800">{t("penalties:reassign.body", { office: officeName })}</p>
      {offices.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-700">{t("penalties:reassign.none")}</p>
      ) : (
        <div className="rounded-lg bg-white p-4">
          <ReassignForm applicationId={applicationId} offices={offices} onDone={setDone} />
        </div>
      )}
    </section>
  );
}

/** The citizen moves the application away from a suspended office (to a chosen office or "auto"). */
function ReassignForm({ applicationId, offices, onDone }: { applicationId: string; offices: OfficeOption[]; onDone: (message: string) => void }) {
  const { t } = useT();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZReassignApplication,
    defaultValues: { applicationId, officeId: "" },
    action: reassignApplicationAction,
    onSuccess: (d) => onDone(t("penalties:reassign.done", { office: d?.officeName ?? "" })),
  });
  const error = form.formState.errors.officeId?.message as string | undefined;
  const labels = { officeId: t("penalties:reassign.office"), applicationId: t("penalties:reassign.office") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset aria-invalid={error ? true : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{labels.officeId}</legend>
          <div className="mt-2 space-y-2">
            {[{ id: "auto", name: t("penalties:reassign.auto"), openApplications: -1 }, ...offices].map((o) => (
              <label key={o.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-sand-200 bg-white px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="radio" value={o.id} className="size-4 shrink-0 accent-brand-600" {...form.register("officeId")} />
                <span className="flex-1">{o.name}</span>
                {o.openApplications >= 0 && <span className="text-xs text-slate-500">{t("penalties:reassign.openApplications", { count: o.openApplications })}</span>}
              </label>
            ))}
          </div>
          {error && <p className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("penalties:reassign.submit")}</Button>
      </form>
    </FormProvider>
  );
}

/** 1–5 stars (radio buttons, keyboard friendly) and an optional comment. */
export function RateForm({ applicationId }: { applicationId: string }) {
  const { t } = useT();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRateOffice,
    defaultValues: { applicationId, rating: undefined, comment: "" },
    action: rateOfficeAction,
    onSuccess: () => {
      setDone(true);
    },
  });
  const error = form.formState.errors.rating?.message as string | undefined;
  const rating = Number(form.watch("rating")) || 0;
  if (done) return <Alert tone="success" testId="rate-done" title={t("penalties:rate.thanks")} />;
  const labels = { rating: t("penalties:rate.stars"), comment: t("penalties:rate.comment"), applicationId: t("penalties:rate.title") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset aria-invalid={error ? true : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{labels.rating}</legend>
          <div className="mt-2 flex flex-wrap gap-1" dir="ltr">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="cursor-pointer rounded-lg p-1 focus-within:ring-2 focus-within:ring-brand-600">
                <input type="radio" value={n} className="sr-only" {...form.register("rating")} />
                <span aria-hidden="true" className={`text-3xl leading-none ${n <= rating ? "text-amber-500" : "text-slate-300"}`}>★</span>
                <span className="sr-only">{t("penalties:rate.star", { count: n })}</span>
              </label>
            ))}
          </div>
          {error && <p className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
        </fieldset>
        <div className="flex flex-col gap-1.5">
          <label htmlFor="rate-comment" className="text-sm font-semibold text-slate-800">{labels.comment}</label>
          <textarea id="rate-comment" rows={2} maxLength={500} className="w-full rounded-lg border border-slate-300 px-3 py-2 text-base" {...form.register("comment")} />
        </div>
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{t("penalties:rate.submit")}</Button>
      </form>
    </FormProvider>
  );
}
