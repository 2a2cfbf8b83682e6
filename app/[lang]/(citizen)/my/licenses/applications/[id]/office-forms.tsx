"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup } from "@/components/forms/radio-group";
import { StarRating } from "@/components/forms/star-rating";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import penaltiesMessages from "@/lib/i18n/bundles/penalties";

type ReassignAction = (input: unknown) => Promise<ActionResult<{ officeName: string }>>;
type OfficeOption = { id: string; name: string; openApplications: number };

/**
 * The offer to move the application away from a suspended office, or — once moved — the confirmation.
 * `offices` is null when there is no offer; the component stays mounted so its confirmation survives the
 * re-render that follows the move (which withdraws the offer).
 */
export const ReassignPanel = withT(function ReassignPanel({ applicationId, officeName, offices, action }: { applicationId: string; officeName: string; offices: OfficeOption[] | null; action: ReassignAction }) {
  const { t } = useT(penaltiesMessages);
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
          <ReassignForm applicationId={applicationId} offices={offices} onDone={setDone} action={action} />
        </div>
      )}
    </section>
  );
});

/** The citizen moves the application away from a suspended office (to a chosen office or "auto"). */
function ReassignForm({ applicationId, offices, onDone, action }: { applicationId: string; offices: OfficeOption[]; onDone: (message: string) => void; action: ReassignAction }) {
  const { t } = useT(penaltiesMessages);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZReassignApplication),
    defaultValues: { applicationId, officeId: "" },
    action,
    onSuccess: (d) => onDone(t("penalties:reassign.done", { office: d?.officeName ?? "" })),
  });
  const labels = { officeId: t("penalties:reassign.office"), applicationId: t("penalties:reassign.office") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <RadioGroup
          name="officeId"
          legend={labels.officeId}
          options={[{ id: "auto", name: t("penalties:reassign.auto"), openApplications: -1 }, ...offices].map((o) => ({
            value: o.id,
            label: (
              <span className="flex flex-1 items-center gap-3">
                <span className="flex-1">{o.name}</span>
                {o.openApplications >= 0 && <span className="text-xs text-slate-500">{t("penalties:reassign.openApplications", { count: o.openApplications })}</span>}
              </span>
            ),
          }))}
        />
        <SubmitButton>{t("penalties:reassign.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
}

/** 1–5 stars (radio buttons, keyboard friendly) and an optional comment. */
export const RateForm = withT(function RateForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const { t } = useT(penaltiesMessages);
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZRateOffice),
    defaultValues: { applicationId, rating: undefined, comment: "" },
    action,
    onSuccess: () => {
      setDone(true);
    },
  });
  if (done) return <Alert tone="success" testId="rate-done" title={t("penalties:rate.thanks")} />;
  const labels = { rating: t("penalties:rate.stars"), comment: t("penalties:rate.comment"), applicationId: t("penalties:rate.title") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <StarRating name="rating" legend={labels.rating} starLabel={(n) => t("penalties:rate.star", { count: n })} />
        <TextArea name="comment" label={labels.comment} rows={2} maxLength={500} />
        <SubmitButton variant="secondary">{t("penalties:rate.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
