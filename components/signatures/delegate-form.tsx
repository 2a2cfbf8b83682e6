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
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import signaturesMessages from "@/lib/i18n/bundles/signatures";

/** The holder of a position names a deputy for a period (lib/domain/signatures/commands/delegate.ts). */
export const DelegateForm = withT(function DelegateForm({ action, positions, today }: { action: FormAction; positions: { value: string; label: string }[]; today: string }) {
  const { t } = useT(signaturesMessages);
  const router = useRouter();
  const [created, setCreated] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/signatures/schemas").then((m) => m.ZDelegate),
    defaultValues: { positionId: positions.length === 1 ? positions[0]!.value : "", delegateUsername: "", startsOn: today, endsOn: today, reason: "" },
    action: action as never,
    onSuccess: () => {
      setCreated(true);
      form.reset();
      router.refresh();
    },
  });
  const labels = {
    positionId: t("signatures:delegations.position"),
    delegateUsername: t("signatures:delegations.delegate"),
    startsOn: t("signatures:delegations.startsOn"),
    endsOn: t("signatures:delegations.endsOn"),
    reason: t("signatures:delegations.reason"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("signatures:delegations.heading")}>
        {created && <Alert tone="success" testId="delegation-created" title={t("signatures:delegations.created")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Select name="positionId" label={labels.positionId} placeholder="—" options={positions} />
        <Field name="delegateUsername" label={labels.delegateUsername} dir="ltr" maxLength={64} autoComplete="off" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startsOn" label={labels.startsOn} type="date" dir="ltr" />
          <Field name="endsOn" label={labels.endsOn} type="date" dir="ltr" />
        </div>
        <TextArea name="reason" label={labels.reason} rows={2} />
        <SubmitButton className="min-h-11">{t("signatures:delegations.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
