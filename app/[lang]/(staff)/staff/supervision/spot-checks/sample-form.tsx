"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZSampleSpotChecks } from "@/lib/domain/offices/penalty-schemas";
import { translateMessage } from "@/lib/i18n/core";
import { sampleSpotChecksAction } from "./actions";

type Option = { id: string; label: string };

export function SampleForm({ offices, inspectors, from, to }: { offices: Option[]; inspectors: Option[]; from: string; to: string }) {
  const { t } = useT();
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZSampleSpotChecks,
    defaultValues: { officeId: "", from, to, inspectorId: "auto" },
    action: sampleSpotChecksAction,
    onSuccess: (d) => {
      if (d) setDone(t("penalties:spot.sampled", { sampled: d.sampled, issued: d.issued, percent: d.percent }));
      router.refresh();
    },
  });
  const officeError = form.formState.errors.officeId?.message as string | undefined;
  const labels = { officeId: t("penalties:spot.office"), from: t("penalties:spot.from"), to: t("penalties:spot.to"), inspectorId: t("penalties:spot.inspector") };
  const selectClass = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base";
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {done && <Alert tone="success" testId="form-success" title={done} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-office`} className="text-sm font-semibold text-slate-800">{labels.officeId}</label>
          <select id={`${id}-office`} className={selectClass} aria-invalid={officeError ? true : undefined} {...form.register("officeId")}>
            <option value="">{t("penalties:spot.chooseOffice")}</option>
            {offices.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
          {officeError && <p className="text-sm font-medium text-red-700">{translateMessage(t, officeError)}</p>}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="from" label={labels.from} type="date" dir="ltr" />
          <Field name="to" label={labels.to} type="date" dir="ltr" />
        </div>
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${id}-inspector`} className="text-sm font-semibold text-slate-800">{labels.inspectorId}</label>
          <select id={`${id}-inspector`} className={selectClass} {...form.register("inspectorId")}>
            <option value="auto">{t("penalties:spot.autoInspector")}</option>
            {inspectors.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </div>
        <p className="text-xs text-slate-600">{t("penalties:spot.percentHint")}</p>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("penalties:spot.sample")}</Button>
      </form>
    </FormProvider>
  );
}
