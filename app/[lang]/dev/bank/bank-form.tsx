"use client";

import Link from "next/link";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import type { NotificationResponse } from "@/lib/domain/payments/commands/process-payment-notification";
import type { Lang } from "@/lib/i18n/settings";
import type { payBillAction } from "./actions";
import paymentsMessages from "@/lib/i18n/bundles/payments";

export const BankForm = withT(function BankForm({ lang, initialBillNumber, action }: { lang: Lang; initialBillNumber: string; action: typeof payBillAction }) {
  const { t } = useT(paymentsMessages);
  const [result, setResult] = useState<(NotificationResponse & { verifyCode?: string | null }) | undefined>();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/payments/schemas-bank").then((m) => m.ZBankPayment),
    defaultValues: { billNumber: initialBillNumber, amount: "" },
    action: async (v) => {
      setResult(undefined);
      return action(v);
    },
    onSuccess: (data) => setResult(data),
  });
  const labels = { billNumber: t("payments:bank.billNumber"), amount: t("payments:bank.amount") };

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="max-w-xl space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        {result?.status === "ACCEPTED" && (
          <Alert tone="success" testId="bank-result" title={t("payments:bank.accepted")}>
            <p>{t("payments:bank.acceptedBody", { billNumber: result.billNumber, receiptCode: result.receiptCode })}</p>
            {result.verifyCode && (
              <p className="mt-2">
                <Link className="font-bold underline" href={`/${lang}/verify/receipt/${result.verifyCode}`}>
                  {t("payments:bank.viewReceipt")}
                </Link>
              </p>
            )}
          </Alert>
        )}
        {result?.status === "REJECTED" && (
          <Alert tone="warning" testId="bank-result" title={t("payments:bank.rejected")}>
            <p>{t(`payments:bank.reasons.${result.reason}`)}</p>
            <p className="mt-1 font-mono text-xs" dir="ltr">{t("payments:bank.reasonCode", { reason: result.reason })}</p>
          </Alert>
        )}
        <Field name="billNumber" label={labels.billNumber} hint={t("payments:bank.billNumberHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
        <Field name="amount" label={labels.amount} hint={t("payments:bank.amountHint")} dir="ltr" inputMode="decimal" autoComplete="off" />
        <SubmitButton>{t("payments:bank.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
