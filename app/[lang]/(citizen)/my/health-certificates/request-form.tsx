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
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ActionNotice } from "@/components/forms/action-notice";
import healthCertsMessages from "@/lib/i18n/bundles/healthCerts";

export const RequestForm = withT(function RequestForm({ licenses, action }: { licenses: { id: string; number: string; tradeNameAr: string }[]; action: FormAction<{ number: string }> }) {
  const { t } = useT(healthCertsMessages);
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const empty = { licenseId: licenses.length === 1 ? licenses[0]!.id : "", workerName: "", workerNationalId: "", workerNationality: "", occupation: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/health-certs/schemas").then((m) => m.ZRequestHealthCert),
    defaultValues: empty,
    action: (values) => {
      setSent(null);
      return action(values);
    },
    onSuccess: (data) => {
      setSent(data?.number ?? null);
      form.reset(empty);
      router.refresh();
    },
  });
  const labels = {
    licenseId: t("healthCerts:request.license"),
    workerName: t("healthCerts:request.workerName"),
    workerNationalId: t("healthCerts:request.workerNationalId"),
    workerNationality: t("healthCerts:request.workerNationality"),
    occupation: t("healthCerts:request.occupation"),
  };

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        {sent && <ActionNotice testId="form-success" title={t("healthCerts:request.success", { number: sent })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Select
          name="licenseId"
          label={labels.licenseId}
          placeholder={t("healthCerts:request.chooseLicense")}
          options={licenses.map((l) => ({ value: l.id, label: `${l.tradeNameAr} — ${l.number}` }))}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="workerName" label={labels.workerName} autoComplete="off" />
          <Field name="workerNationalId" label={labels.workerNationalId} hint={t("healthCerts:request.workerNationalIdHint")} dir="ltr" inputMode="numeric" maxLength={10} autoComplete="off" />
          <Field name="workerNationality" label={labels.workerNationality} autoComplete="off" />
          <Field name="occupation" label={labels.occupation} hint={t("healthCerts:request.occupationHint")} autoComplete="off" />
        </div>
        <SubmitButton className="w-full sm:w-auto">{t("healthCerts:request.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
