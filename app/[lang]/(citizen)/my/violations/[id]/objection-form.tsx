"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FilePicker } from "@/components/forms/file-picker";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { MAX_OBJECTION_DOCUMENTS } from "@/lib/domain/violations/rules";
import type { fileObjectionAction } from "./actions";
import { useAnnounce } from "@/components/forms/notice-slot";
import violationsMessages from "@/lib/i18n/bundles/violations";

const MAX_REQUEST_BYTES = 11 * 1024 * 1024;
const ACCEPTED = ["application/pdf", "image/jpeg", "image/png", "image/webp"];

export const ObjectionForm = withT(function ObjectionForm({ violationId, action }: { violationId: string; action: typeof fileObjectionAction }) {
  const { t } = useT(violationsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const [docs, setDocs] = useState<File[]>([]);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/violations/schemas").then((m) => m.ZFileObjectionForm),
    defaultValues: { violationId, reason: "" },
    action: async (values) => {
      if (docs.reduce((n, d) => n + d.size, 0) > MAX_REQUEST_BYTES) {
        return { ok: false, fieldErrors: { documents: `violations:record.errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      }
      return action({ ...values, documents: docs });
    },
    onSuccess: () => {
      // The page re-renders with the objection instead of this form: the notice is said in the shell's slot, which
      // stays (decision 052), not in this form, which goes.
      announce({ title: t("violations:object.success"), testId: "form-success" });
      router.refresh();
    },
  });
  const reasonLength = (form.watch("reason") ?? "").length;

  const labels = { reason: t("violations:object.reason"), documents: t("violations:object.documents"), violationId: t("violations:fields.number") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <TextArea
          name="reason"
          label={labels.reason}
          hint={t("violations:object.reasonHint")}
          rows={5}
          maxLength={2000}
          after={<p className="text-end text-xs tabular-nums text-slate-500" aria-hidden="true">{reasonLength} / 2000</p>}
        />
        <FilePicker
          name="documents"
          kind="document"
          legend={labels.documents}
          hint={t("violations:object.documentsHint")}
          files={docs}
          onChange={setDocs}
          max={MAX_OBJECTION_DOCUMENTS}
          types={ACCEPTED}
          icon="log"
          addLabel={t("violations:object.addDocument")}
          removeLabel={t("violations:record.removePhoto")}
          tooManyKey="violations:object.errors.tooManyDocuments"
          testIds={{ input: "document-input", list: "document-list", error: "document-error" }}
        />
        <SubmitButton className="w-full sm:w-auto">{t("violations:object.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
