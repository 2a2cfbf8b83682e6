"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { sampleSpotChecksAction } from "./actions";
import { ActionNotice } from "@/components/forms/action-notice";
import penaltiesMessages from "@/lib/i18n/bundles/penalties";

type Option = { id: string; label: string };
const toOptions = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));

export const SampleForm = withT(function SampleForm({ offices, inspectors, from, to, action }: { offices: Option[]; inspectors: Option[]; from: string; to: string; action: typeof sampleSpotChecksAction }) {
  const { t } = useT(penaltiesMessages);
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZSampleSpotChecks),
    defaultValues: { officeId: "", from, to, inspectorId: "auto" },
    action,
    onSuccess: (d) => {
      if (d) setDone(t("penalties:spot.sampled", { sampled: d.sampled, issued: d.issued, percent: d.percent }));
      router.refresh();
    },
  });
  const labels = { officeId: t("penalties:spot.office"), from: t("penalties:spot.from"), to: t("penalties:spot.to"), inspectorId: t("penalties:spot.inspector") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        {done && <ActionNotice testId="form-success" title={done} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Select name="officeId" label={labels.officeId} placeholder={t("penalties:spot.chooseOffice")} options={toOptions(offices)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="from" label={labels.from} type="date" dir="ltr" />
          <Field name="to" label={labels.to} type="date" dir="ltr" />
        </div>
        <Select name="inspectorId" label={labels.inspectorId} options={[{ value: "auto", label: t("penalties:spot.autoInspector") }, ...toOptions(inspectors)]} />
        <p className="text-xs text-slate-600">{t("penalties:spot.percentHint")}</p>
        <SubmitButton>{t("penalties:spot.sample")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
