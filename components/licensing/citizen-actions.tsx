"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Checkbox } from "@/components/forms/checkbox";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useAnnounce } from "@/components/forms/notice-slot";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { isolateLtr } from "@/lib/i18n/bidi";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import licensingMessages from "@/lib/i18n/bundles/licensing";

/*
 * Each of these forms is gone from the page once it succeeds (the application or the license is drawn in its new
 * state): the outcome is said in the signed-in shell's notice slot (decision 052), not in the form.
 */

/** The reply to a returned application, and its resubmission. */
export const ResubmitForm = withT(function ResubmitForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZResubmitApplication),
    defaultValues: { applicationId, note: "" },
    action: (v) => action(v),
    onSuccess: () => {
      announce({ title: t("licensing:detail.resubmitted"), testId: "resubmitted" });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="resubmit-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ note: t("licensing:fields.note"), applicationId: t("licensing:fields.number") }} submitCount={form.formState.submitCount} />
        <TextArea name="note" label={t("licensing:fields.note")} hint={t("licensing:detail.resubmitHint")} rows={4} />
        <SubmitButton busyLabel={t("licensing:detail.resubmitting")}>{t("licensing:detail.resubmit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const WithdrawForm = withT(function WithdrawForm({ applicationId, action }: { applicationId: string; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZWithdrawApplication),
    defaultValues: { applicationId, reason: "" },
    action: (v) => action(v),
    onSuccess: () => {
      announce({ title: t("licensing:detail.withdrawn"), testId: "withdrawn" });
      router.refresh();
    },
  });
  if (!open) return <Button type="button" variant="ghost" onClick={() => setOpen(true)}>{t("licensing:detail.withdraw")}</Button>;
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4" data-testid="withdraw-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("licensing:forms.withdrawReason"), applicationId: t("licensing:fields.number") }} submitCount={form.formState.submitCount} />
        <p className="font-bold text-red-900">{t("licensing:detail.withdrawConfirm")}</p>
        <TextArea name="reason" label={t("licensing:forms.withdrawReason")} rows={4} />
        <SubmitButton variant="danger" busyLabel={t("licensing:detail.withdrawing")}>{t("licensing:detail.withdraw")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const RenewForm = withT(function RenewForm({ licenseId, lang, action }: { licenseId: string; lang: Lang; action: FormAction<{ billNumber: string; totalHalalas: number }> }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZRenewLicense),
    defaultValues: { licenseId },
    action: (v) => action(v),
    onSuccess: (d) => {
      // The bill number grouped as on the bill and the bank's screen, isolated so that its groups keep their order in
      // Arabic, and joined by no-break spaces so that a narrow screen does not split it across lines.
      if (d) announce({ title: t("licensing:license.renewBill", { number: isolateLtr(groupBillNumber(d.billNumber).replace(/ /g, "\u00a0")), amount: formatHalalas(d.totalHalalas, lang) }), testId: "renew-bill" });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="renew-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ licenseId: t("licensing:fields.licenseNumber") }} submitCount={form.formState.submitCount} />
        <SubmitButton busyLabel={t("licensing:license.renewing")}>{t("licensing:license.renew")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const CancelLicenseForm = withT(function CancelLicenseForm({ licenseId, action }: { licenseId: string; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZCancelLicense),
    defaultValues: { licenseId, reason: "", confirm: false as unknown as true },
    action: (v) => action(v),
    onSuccess: () => {
      announce({ title: t("licensing:license.cancelDone"), testId: "license-cancelled" });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="cancel-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("licensing:fields.reason"), confirm: t("licensing:fields.confirm"), licenseId: t("licensing:fields.licenseNumber") }} submitCount={form.formState.submitCount} />
        <TextArea name="reason" label={t("licensing:fields.reason")} rows={4} />
        <Checkbox name="confirm" label={t("licensing:license.cancelConfirm")} tone="danger" />
        <SubmitButton variant="danger" busyLabel={t("licensing:license.cancelling")}>{t("licensing:license.cancel")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
