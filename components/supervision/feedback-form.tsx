"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { RadioGroup } from "@/components/forms/radio-group";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { FEEDBACK_KINDS } from "@/lib/domain/offices/options";
import { ActionNotice } from "@/components/forms/action-notice";
import supervisionMessages from "@/lib/i18n/bundles/supervision";

/** A suggestion or complaint about an office (citizens must name the office; offices may write in general). */
export const FeedbackForm = withT(function FeedbackForm({ offices, allowGeneral, action }: { offices: { id: string; name: string }[]; allowGeneral: boolean; action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [sent, setSent] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZFileFeedback),
    defaultValues: { officeId: "", kind: "COMPLAINT", subject: "", body: "" },
    action: action as never,
    onSuccess: (d) => {
      setSent((d as { number: string }).number);
      form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const labels = { officeId: t("supervision:fields.aboutOffice"), kind: t("supervision:fields.kind"), subject: t("supervision:fields.subject"), body: t("supervision:fields.body") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        {sent && <ActionNotice testId="form-success" title={t("supervision:feedback.sent", { number: sent })} />}
        <ErrorSummary errors={e} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <RadioGroup name="kind" legend={labels.kind} inline options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`supervision:feedbackKind.${k}`) }))} />
        <Select
          name="officeId"
          label={labels.officeId}
          placeholder={allowGeneral ? t("supervision:feedback.generalSuggestion") : t("supervision:feedback.chooseOffice")}
          options={offices.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Field name="subject" label={labels.subject} maxLength={160} />
        <TextArea name="body" label={labels.body} rows={5} maxLength={3000} />
        <SubmitButton>{t("supervision:feedback.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
