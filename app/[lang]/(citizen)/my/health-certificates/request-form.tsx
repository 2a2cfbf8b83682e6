"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ZRequestHealthCert } from "@/lib/domain/health-certs/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { requestHealthCertAction } from "./actions";

export function RequestForm({ licenses }: { licenses: { id: string; number: string; tradeNameAr: string }[] }) {
  const { t } = useT();
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const empty = { licenseId: licenses.length === 1 ? licenses[0]!.id : "", workerName: "", workerNationalId: "", workerNationality: "", occupation: "" };
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRequestHealthCert,
    defaultValues: empty,
    action: (values) => {
      setSent(null);
      return requestHealthCertAction(values);
    },
    onSuccess: (data) => {
      setSent(data?.number ?? null);
      form.reset(empty);
      router.refresh();
    },
  });
  const licenseError = form.formState.errors.licenseId?.message as string | undefined;
  const labels = {
    licenseId: t("healthCerts:request.license"),
    workerName: t("healthCerts:request.workerName"),
    workerNationalId: t("healthCerts:request.workerNationalId"),
    workerNationality: t("healthCerts:request.workerNationality"),
    occupation: t("healthCerts:request.occupation"),
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {sent && <Alert tone="success" testId="form-success" title={t("healthCerts:request.success", { number: sent })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="licenseId" className="text-sm font-semibold text-slate-800">{labels.licenseId}</label>
          <select
            id="licenseId"
            aria-invalid={licenseError ? true : undefined}
            aria-describedby={licenseError ? "licenseId-error" : undefined}
            className={`min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${licenseError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("licenseId")}
          >
            <option value="">{t("healthCerts:request.chooseLicense")}</option>
            {licenses.map((l) => (
              <option key={l.id} value={l.id}>{`${l.tradeNameAr} — ${l.number}`}</option>
            ))}
          </select>
          {licenseError && <p id="licenseId-error" className="text-sm font-medium text-red-700">{translateMessage(t, licenseError)}</p>}
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="workerName" label={labels.workerName} autoComplete="off" />
          <Field name="workerNationalId" label={labels.workerNationalId} hint={t("healthCerts:request.workerNationalIdHint")} dir="ltr" inputMode="numeric" maxLength={10} autoComplete="off" />
          <Field name="workerNationality" label={labels.workerNationality} autoComplete="off" />
          <Field name="occupation" label={labels.occupation} hint={t("healthCerts:request.occupationHint")} autoComplete="off" />
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting} className="w-full sm:w-auto">{t("healthCerts:request.submit")}</Button>
      </form>
    </FormProvider>
  );
}
