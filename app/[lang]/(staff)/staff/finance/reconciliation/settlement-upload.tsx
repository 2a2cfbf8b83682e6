"use client";

import { useState, type ChangeEvent } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldFrame } from "@/components/forms/field-frame";
import { useFieldId } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Table, Td } from "@/components/ui/table";
import type { SettlementComparison } from "@/lib/domain/payments/queries/reconciliation";
import { SETTLEMENT_MAX_BYTES } from "@/lib/domain/payments/settlement-file";
import { formatHalalas } from "@/lib/i18n/money";
import { formatGregorian } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import type { reconcileUploadAction } from "./actions";
import paymentsMessages from "@/lib/i18n/bundles/payments";

/**
 * The bank's settlement file is read in the browser and sent as text to the reconcile command; the
 * rows that match no recorded payment come back. The chosen file stays selected after an error.
 */
export const SettlementUpload = withT(function SettlementUpload({ lang, action }: { lang: Lang; action: typeof reconcileUploadAction }) {
  const { t } = useT(paymentsMessages);
  const [result, setResult] = useState<SettlementComparison | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/payments/schemas-ui").then((m) => m.ZSettlementUpload),
    defaultValues: { fileName: "", content: "" },
    action: async (v) => {
      setResult(null);
      return action(v);
    },
    onSuccess: (data) => setResult((data as SettlementComparison | undefined) ?? null),
  });
  const labels = { file: t("payments:reconciliation.upload.file"), fileName: t("payments:reconciliation.upload.file"), content: t("payments:reconciliation.upload.file") };
  // The file is read here (not by react-hook-form); its errors, whichever field they name, show on the one input.
  const fileId = useFieldId("file");
  const fileError = form.formState.errors.file?.message ?? form.formState.errors.fileName?.message ?? form.formState.errors.content?.message;

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    form.clearErrors();
    setResult(null);
    const file = e.target.files?.[0];
    if (!file) {
      form.reset({ fileName: "", content: "" });
      return;
    }
    if (file.size > SETTLEMENT_MAX_BYTES) {
      form.setValue("fileName", file.name);
      form.setValue("content", "");
      form.setError("file" as "fileName", { type: "client", message: "payments:reconciliation.upload.errors.tooLarge" });
      return;
    }
    try {
      form.setValue("fileName", file.name);
      form.setValue("content", await file.text());
    } catch {
      form.setError("file" as "fileName", { type: "client", message: "payments:reconciliation.upload.errors.unreadable" });
    }
  }

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <FieldFrame id={fileId} label={labels.file} hint={t("payments:reconciliation.upload.fileHint")} error={fileError as string | undefined}>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={`${fileId}-hint${fileError ? ` ${fileId}-error` : ""}`}
            className="block w-full max-w-xl rounded-lg border border-slate-300 bg-white p-2 text-sm file:me-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-bold file:text-brand-800"
          />
        </FieldFrame>
        <SubmitButton>{t("payments:reconciliation.upload.submit")}</SubmitButton>
      </form>
      {result && (
        <div className="mt-6 space-y-4" data-testid="settlement-result">
          <Alert tone={result.issues.length ? "warning" : "success"} title={t("payments:reconciliation.upload.summary", { matched: result.matched, total: result.total })}>
            {result.issues.length === 0 ? t("payments:reconciliation.upload.allMatched") : null}
          </Alert>
          {result.issues.length > 0 && (
            <Table
              caption={t("payments:reconciliation.upload.caption")}
              head={[
                t("payments:reconciliation.upload.line"),
                t("payments:reconciliation.upload.bankTxnId"),
                t("payments:reconciliation.upload.billNumber"),
                t("payments:reconciliation.upload.amount"),
                t("payments:reconciliation.upload.paidAt"),
                t("payments:reconciliation.upload.problem"),
              ]}
            >
              {result.issues.map((r) => (
                <tr key={r.bankTxnId} data-testid="settlement-issue" data-problem={r.problem}>
                  <Td className="tabular-nums">{r.line}</Td>
                  <Td><span dir="ltr" className="font-mono text-xs">{r.bankTxnId}</span></Td>
                  <Td><span dir="ltr" className="font-mono">{r.billNumber}</span></Td>
                  <Td className="whitespace-nowrap tabular-nums">{formatHalalas(r.amountHalalas, lang)}</Td>
                  <Td className="whitespace-nowrap">{formatGregorian(new Date(r.paidAt), lang, true)}</Td>
                  <Td>
                    <span className="font-bold text-red-800">{t(`payments:reconciliation.upload.problems.${r.problem}`)}</span>
                    {r.recorded && (
                      <span className="block text-xs text-slate-600">
                        {t("payments:reconciliation.upload.recorded", { billNumber: r.recorded.billNumber, amount: formatHalalas(r.recorded.amountHalalas, lang) })}
                      </span>
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      )}
    </FormProvider>
  );
});
