"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { FormProvider, get, useFieldArray, useFormContext, type FieldErrors } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { fieldId } from "@/components/forms/field-id";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { MAX_BYTES } from "@/lib/kernel/validate-upload";
import { MAX_ACCREDITATION_DOCUMENTS, MAX_STAFF, SERVICE_TYPES, STAFF_ROLES_ADDABLE } from "@/lib/domain/offices/options";
import { translateMessage, type T } from "@/lib/i18n/core";
import { ActionNotice } from "@/components/forms/action-notice";
import supervisionMessages from "@/lib/i18n/bundles/supervision";
import { registerCheck, registerChoice } from "@/components/forms/register";

type Amanah = { id: string; name: string; municipalities: { id: string; name: string }[] };
type Done = { number: string };

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;
const DOCUMENT_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"];
const fieldset = "space-y-4 rounded-xl border border-sand-200 p-4";
const legend = "px-1 text-base font-bold text-brand-900";
const checkRow = "flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-sand-50";

const emptyMember = { nationalId: "", nameAr: "", nameEn: "", mobile: "", role: "" as never, qualificationNo: "" };

/** Every error of the form, nested ones (staff.0.nationalId) included, flattened for the error summary. */
function flatten(errors: FieldErrors, prefix = ""): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || typeof value !== "object") continue;
    const path = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const leaf = value as { type?: unknown; message?: unknown };
    if (typeof leaf.type === "string") {
      if (typeof leaf.message === "string" && leaf.message) out[path] ??= { message: leaf.message };
    } else {
      Object.assign(out, flatten(value as FieldErrors, `${path}.`));
    }
  }
  return out;
}

function labelOf(t: T, path: string): string {
  const m = /^staff\.(\d+)\.(\w+)$/.exec(path);
  if (m) {
    const field = { nationalId: t("supervision:fields.nationalId"), nameAr: t("supervision:apply.staffNameAr"), nameEn: t("supervision:apply.staffNameEn"), mobile: t("supervision:fields.mobile"), role: t("supervision:fields.role"), qualificationNo: t("supervision:fields.qualificationNo") }[m[2] as "role"];
    return `${t("supervision:apply.staffMember", { n: Number(m[1]) + 1 })} — ${field ?? m[2]}`;
  }
  const top: Record<string, string> = {
    commercialRegNo: t("supervision:fields.commercialRegNo"),
    nameAr: t("supervision:fields.nameAr"),
    nameEn: t("supervision:fields.nameEn"),
    phone: t("supervision:fields.phone"),
    email: t("supervision:fields.email"),
    municipalityIds: t("supervision:fields.municipalities"),
    serviceTypes: t("supervision:fields.serviceTypes"),
    staff: t("supervision:fields.staff"),
    documents: t("supervision:fields.documents"),
    notes: t("supervision:fields.notes"),
  };
  return top[path] ?? path;
}

function FieldError({ id, message }: { id?: string; message?: string }) {
  const { t } = useT(supervisionMessages);
  return message ? <p id={id} className="text-sm font-bold text-red-700">{translateMessage(t, message)}</p> : null;
}

function StaffMember({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useT(supervisionMessages);
  const { watch } = useFormContext();
  const role = watch(`staff.${index}.role`) as string;
  const hint = role === "HEALTH_SPECIALIST" ? t("supervision:hints.qualificationHealth") : role === "TECH_INSPECTOR" ? t("supervision:hints.qualificationInspector") : t("supervision:hints.qualificationAgent");
  const n = index + 1;
  return (
    <fieldset className="space-y-3 rounded-lg border border-sand-200 bg-sand-50/50 p-4" data-testid="staff-member">
      <legend className="px-1 text-sm font-bold text-slate-800">{t("supervision:apply.staffMember", { n })}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name={`staff.${index}.nationalId`} label={t("supervision:fields.nationalId")} dir="ltr" inputMode="numeric" maxLength={10} />
        <Select name={`staff.${index}.role`} label={t("supervision:fields.role")} placeholder={t("supervision:apply.chooseRole")} options={STAFF_ROLES_ADDABLE.map((r) => ({ value: r, label: t(`supervision:roles.${r}`) }))} />
        <Field name={`staff.${index}.nameAr`} label={t("supervision:apply.staffNameAr")} maxLength={120} />
        <Field name={`staff.${index}.nameEn`} label={t("supervision:apply.staffNameEn")} dir="ltr" maxLength={120} />
        <Field name={`staff.${index}.mobile`} label={t("supervision:fields.mobile")} dir="ltr" inputMode="tel" maxLength={14} />
        <Field name={`staff.${index}.qualificationNo`} label={t("supervision:fields.qualificationNo")} hint={hint} dir="ltr" maxLength={32} />
      </div>
      <Button type="button" variant="ghost" onClick={onRemove} aria-label={t("supervision:apply.removeStaffNamed", { n })}>
        {t("supervision:apply.removeStaff")}
      </Button>
    </fieldset>
  );
}

/**
 * The accreditation application (the citizen becomes the office's manager). react-hook-form + the
 * command's shared schema; the documents are kept beside the form. Nothing typed is lost on a refusal:
 * the values and the chosen documents stay, and the errors come back on their fields.
 */
export const AccreditationForm = withT(function AccreditationForm({ amanahs, openRequest, action }: { amanahs: Amanah[]; openRequest: string | null; action: (input: unknown) => Promise<ActionResult<Done>> }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [documents, setDocuments] = useState<File[]>([]);
  const [documentError, setDocumentError] = useState<string | undefined>();
  const [done, setDone] = useState<Done | null>(null);
  const documentInput = useRef<HTMLInputElement>(null);

  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZApplyAccreditationForm),
    defaultValues: { commercialRegNo: "", nameAr: "", nameEn: "", phone: "", email: "", municipalityIds: [], serviceTypes: [], managerIsAgent: false, staff: [], notes: "" },
    action: async (values) => {
      setDocumentError(undefined);
      const total = documents.reduce((s, d) => s + d.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { documents: `validation:fileTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return action({ ...values, documents }) as Promise<ActionResult<Done>>;
    },
    onSuccess: (data) => {
      if (!data) return;
      setDone(data);
      form.reset();
      setDocuments([]);
      router.refresh();
    },
  });
  const staff = useFieldArray({ control: form.control, name: "staff" });

  if (done) {
    return (
      <ActionNotice testId="form-success" title={t("supervision:apply.success", { number: done.number })}>
        {t("supervision:apply.successNext")}
      </ActionNotice>
    );
  }
  if (openRequest) return <Alert tone="info" testId="accreditation-pending" title={t("supervision:apply.pendingNote", { number: openRequest })} />;

  // The summary appears after a submit only: on blur, each field shows its own error (no jump of the whole form).
  const errors = form.formState.submitCount > 0 ? flatten(form.formState.errors) : {};
  const labels = Object.fromEntries(Object.keys(errors).map((k) => [k, labelOf(t, k)]));
  const e = form.formState.errors;
  const staffRootError = (get(e, "staff.root.message") ?? get(e, "staff.message")) as string | undefined;
  const documentsError = documentError ?? (e.documents?.message as string | undefined);

  function addDocument(list: FileList | null) {
    setDocumentError(undefined);
    form.clearErrors("documents" as never);
    const file = list?.[0];
    if (documentInput.current) documentInput.current.value = "";
    if (!file) return;
    if (documents.length >= MAX_ACCREDITATION_DOCUMENTS) return setDocumentError("supervision:errors.tooManyDocuments");
    if (!DOCUMENT_TYPES.includes(file.type)) return setDocumentError("validation:fileTypeDocument");
    if (file.size > MAX_BYTES.document) return setDocumentError(`validation:fileTooLarge?maxMb=${MAX_BYTES.document / 1024 / 1024}`);
    setDocuments((d) => [...d, file]);
  }

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("supervision:apply.title")}>
        <ErrorSummary errors={errors as FieldErrors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:apply.officeSection")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="nameAr" label={t("supervision:fields.nameAr")} maxLength={160} autoComplete="organization" />
            <Field name="nameEn" label={t("supervision:fields.nameEn")} maxLength={160} dir="ltr" />
            <Field name="commercialRegNo" label={t("supervision:fields.commercialRegNo")} hint={t("supervision:hints.commercialRegNo")} dir="ltr" inputMode="numeric" maxLength={10} />
            <Field name="phone" label={t("supervision:fields.phone")} hint={t("supervision:hints.phone")} dir="ltr" inputMode="tel" maxLength={16} autoComplete="tel" />
            <Field name="email" type="email" label={t("supervision:fields.email")} dir="ltr" maxLength={120} autoComplete="email" />
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:apply.scopeSection")}</legend>
          <fieldset id={fieldId("municipalityIds")} tabIndex={-1} className="space-y-2" aria-describedby="acc-muni-hint">
            <legend className="text-sm font-bold text-slate-800">{t("supervision:fields.municipalities")}</legend>
            <p id="acc-muni-hint" className="text-xs text-slate-600">{t("supervision:hints.municipalities")}</p>
            <div className="grid gap-3 md:grid-cols-2">
              {amanahs.filter((a) => a.municipalities.length > 0).map((a) => (
                <div key={a.id} className="rounded-lg border border-sand-100 p-3">
                  <p className="mb-1 text-sm font-bold text-brand-800">{a.name}</p>
                  {a.municipalities.map((m) => (
                    <label key={m.id} className={checkRow}><input type="checkbox" className="size-5" {...registerChoice(form, "municipalityIds", m.id)} />{m.name}</label>
                  ))}
                </div>
              ))}
            </div>
            <FieldError message={e.municipalityIds?.message as string | undefined} />
          </fieldset>
          <fieldset id={fieldId("serviceTypes")} tabIndex={-1} className="space-y-2">
            <legend className="text-sm font-bold text-slate-800">{t("supervision:fields.serviceTypes")}</legend>
            <div className="flex flex-wrap gap-2">
              {SERVICE_TYPES.map((s) => (
                <label key={s} className={`${checkRow} border border-sand-200`}><input type="checkbox" className="size-5" {...registerChoice(form, "serviceTypes", s)} />{t(`supervision:serviceTypes.${s}`)}</label>
              ))}
            </div>
            <FieldError message={e.serviceTypes?.message as string | undefined} />
          </fieldset>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:apply.staffSection")}</legend>
          <p className="text-sm text-slate-600">{t("supervision:apply.youAreManager")} {t("supervision:hints.staff")}</p>
          <label className={checkRow}><input type="checkbox" className="size-5" {...registerCheck(form, "managerIsAgent")} />{t("supervision:fields.managerIsAgent")}</label>
          {staff.fields.length === 0 && <p className="text-sm text-slate-500">{t("supervision:apply.noStaff")}</p>}
          {staff.fields.map((f, i) => <StaffMember key={f.id} index={i} onRemove={() => staff.remove(i)} />)}
          <FieldError message={staffRootError} />
          {staff.fields.length < MAX_STAFF && (
            <Button type="button" variant="secondary" onClick={() => staff.append(emptyMember, { shouldFocus: true })}>{t("supervision:apply.addStaff")}</Button>
          )}
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:apply.documentsSection")}</legend>
          <p id="acc-docs-hint" className="text-xs text-slate-600">{t("supervision:hints.documents")}</p>
          {documents.length > 0 && (
            <ul className="space-y-2" data-testid="document-list">
              {documents.map((d, i) => (
                <li key={`${d.name}-${i}`} className="flex items-center justify-between gap-3 rounded-lg border border-sand-200 px-3 py-2 text-sm">
                  <bdi dir="auto" className="truncate">{d.name}</bdi>
                  <Button type="button" variant="ghost" aria-label={`${t("supervision:apply.removeDocument")} ${d.name}`} onClick={() => setDocuments((all) => all.filter((_, j) => j !== i))}>{t("supervision:apply.removeDocument")}</Button>
                </li>
              ))}
            </ul>
          )}
          {documents.length < MAX_ACCREDITATION_DOCUMENTS && (
            <div>
              <input id={fieldId("documents")} ref={documentInput} type="file" accept="application/pdf,image/jpeg,image/png,image/webp" aria-describedby="acc-docs-hint" className="peer sr-only" onChange={(ev) => addDocument(ev.target.files)} />
              <label htmlFor={fieldId("documents")} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-brand-600 bg-white px-4 py-2.5 text-sm font-bold text-brand-700 hover:bg-brand-50 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
                {t("supervision:apply.addDocument")}
              </label>
            </div>
          )}
          <FieldError message={documentsError} />
        </fieldset>

        <TextArea name="notes" label={t("supervision:fields.notes")} maxLength={1000} />

        <SubmitButton>{t("supervision:apply.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
