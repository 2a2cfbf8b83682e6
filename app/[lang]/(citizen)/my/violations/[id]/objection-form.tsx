"use client";

import { usePathname, useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { MAX_BYTES } from "@/lib/domain/files/validate-upload";
import { MAX_OBJECTION_DOCUMENTS } from "@/lib/domain/violations/rules";
import { ZFileObjectionForm } from "@/lib/domain/violations/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { fileObjectionAction } from "./actions";

const MAX_REQUEST_BYTES = 11 * 1024 * 1024;
const ACCEPTED = ["application/pdf", "image/jpeg", "image/png", "image/webp"];

export function ObjectionForm({ violationId }: { violationId: string }) {
  const { t } = useT();
  const router = useRouter();
  const pathname = usePathname();
  const [docs, setDocs] = useState<File[]>([]);
  const [docError, setDocError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZFileObjectionForm,
    defaultValues: { violationId, reason: "" },
    action: async (values) => {
      setDocError(undefined);
      if (docs.reduce((n, d) => n + d.size, 0) > MAX_REQUEST_BYTES) {
        return { ok: false, fieldErrors: { documents: `violations:record.errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      }
      return fileObjectionAction({ ...values, documents: docs });
    },
    onSuccess: () => {
      setDone(true);
      // The page re-renders with the objection (and the confirmation, see ?filed=1) instead of this form.
      router.replace(`${pathname}?filed=1`, { scroll: false });
    },
  });
  const reasonError = form.formState.errors.reason?.message as string | undefined;
  const shownDocError = docError ?? (form.formState.errors.documents?.message as string | undefined);
  const reasonLength = (form.watch("reason") ?? "").length;

  function addDocument(list: FileList | null) {
    setDocError(undefined);
    form.clearErrors("documents" as never);
    const file = list?.[0];
    if (input.current) input.current.value = "";
    if (!file) return;
    if (docs.length >= MAX_OBJECTION_DOCUMENTS) return setDocError("violations:object.errors.tooManyDocuments");
    if (!ACCEPTED.includes(file.type)) return setDocError("validation:fileTypeDocument");
    if (file.size > MAX_BYTES.document) return setDocError(`validation:fileTooLarge?maxMb=${MAX_BYTES.document / 1024 / 1024}`);
    setDocs((d) => [...d, file]);
  }

  if (done) return <Alert tone="success" testId="form-success" title={t("violations:object.success")} />;

  const labels = { reason: t("violations:object.reason"), documents: t("violations:object.documents"), violationId: t("violations:fields.number") };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="reason" className="text-sm font-semibold text-slate-800">{labels.reason}</label>
          <p id="reason-hint" className="text-xs text-slate-600">{t("violations:object.reasonHint")}</p>
          <textarea
            id="reason"
            rows={5}
            maxLength={2000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`reason-hint${reasonError ? " reason-error" : ""}`}
            className={`w-full rounded-lg border px-3 py-2 text-base ${reasonError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("reason")}
          />
          <p className="text-end text-xs tabular-nums text-slate-500" aria-hidden="true">{reasonLength} / 2000</p>
          {reasonError && <p id="reason-error" className="text-sm font-medium text-red-700">{translateMessage(t, reasonError)}</p>}
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">{labels.documents}</legend>
          <p id="docs-hint" className="text-xs text-slate-600">{t("violations:object.documentsHint")}</p>
          {docs.length > 0 && (
            <ul className="space-y-2">
              {docs.map((d, i) => (
                <li key={`${d.name}-${i}`} className="flex items-center justify-between gap-2 rounded-lg border border-sand-200 bg-sand-50 px-3 py-2 text-sm">
                  <span className="min-w-0 truncate" dir="auto">{d.name}</span>
                  <button type="button" className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-red-700 hover:bg-red-50" onClick={() => setDocs((l) => l.filter((_, j) => j !== i))}>
                    {t("violations:record.removePhoto")}
                    <span className="sr-only">{d.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {docs.length < MAX_OBJECTION_DOCUMENTS && (
            <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-semibold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
              <Icon name="log" />
              {t("violations:object.addDocument")}
              <input ref={input} type="file" accept="application/pdf,image/jpeg,image/png,image/webp" aria-describedby="docs-hint" data-testid="document-input" className="sr-only" onChange={(e) => addDocument(e.currentTarget.files)} />
            </label>
          )}
          {shownDocError && <p className="text-sm font-medium text-red-700">{translateMessage(t, shownDocError)}</p>}
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting} className="w-full sm:w-auto">{t("violations:object.submit")}</Button>
      </form>
    </FormProvider>
  );
}
