"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { MAX_BYTES } from "@/lib/kernel/validate-upload";
import type { DocumentDTO } from "@/lib/domain/licensing/queries/citizen";
import { MAX_SHOP_PHOTOS } from "@/lib/domain/licensing/limits";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import licensingMessages from "@/lib/i18n/bundles/licensing";

const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

/**
 * Wizard step 2. The files stay in this component's state (outside react-hook-form) until the save
 * succeeds, so a refused save (a wrong type, a missing document) loses nothing already chosen.
 */
export const DocumentsForm = withT(function DocumentsForm({ lang, applicationId, stored, nextStep, action }: { lang: Lang; applicationId: string; stored: DocumentDTO[]; nextStep: number; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const [lease, setLease] = useState<File | null>(null);
  const [crCopy, setCrCopy] = useState<File | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [removeIds, setRemoveIds] = useState<string[]>([]);
  const [localError, setLocalError] = useState<Record<string, string>>({});

  const storedLease = stored.find((d) => d.purpose === "LEASE");
  const storedCr = stored.find((d) => d.purpose === "CR_COPY");
  const storedPhotos = stored.filter((d) => d.purpose === "SHOP_PHOTO");
  const keptPhotos = storedPhotos.filter((p) => !removeIds.includes(p.id)).length;

  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZDocumentsStepForm),
    defaultValues: { applicationId },
    action: async (values) => {
      const total = [lease, crCopy, ...photos].reduce((n, f) => n + (f?.size ?? 0), 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { shopPhotos: `licensing:wizard.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return action({ ...values, lease: lease ?? undefined, crCopy: crCopy ?? undefined, shopPhotos: photos, removeFileIds: removeIds });
    },
    onSuccess: () => router.push(`/${lang}/my/licenses/apply?id=${applicationId}&step=${nextStep}`),
  });

  const err = (field: string) => localError[field] ?? (form.formState.errors[field as never] as { message?: string } | undefined)?.message;
  const labels = { lease: t("licensing:fields.lease"), crCopy: t("licensing:fields.crCopy"), shopPhotos: t("licensing:fields.shopPhotos"), applicationId: t("licensing:fields.number") };

  function pick(kind: "document" | "photo", field: string, list: FileList | null): File | null {
    setLocalError((e) => ({ ...e, [field]: "" }));
    form.clearErrors(field as never);
    const file = list?.[0];
    if (!file) return null;
    if (file.size > MAX_BYTES[kind]) {
      setLocalError((e) => ({ ...e, [field]: `validation:fileTooLarge?maxMb=${MAX_BYTES[kind] / 1024 / 1024}` }));
      return null;
    }
    return file;
  }

  function SingleFile({ field, label, storedName, file, setFile }: { field: "lease" | "crCopy"; label: string; storedName?: string; file: File | null; setFile: (f: File | null) => void }) {
    const e = err(field);
    return (
      <div className="rounded-lg border border-sand-200 p-4" data-testid={`doc-${field}`}>
        <p className="font-bold text-slate-800" id={`${field}-label`}>{label}</p>
        {storedName && !file && <p className="mt-1 flex items-center gap-2 text-sm text-brand-800"><Icon name="license" className="size-4" />{t("licensing:wizard.stored", { name: storedName })}</p>}
        {file && <p className="mt-1 text-sm text-sky-900">{t("licensing:wizard.newFile", { name: file.name })}</p>}
        <label className="mt-3 inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-brand-600 bg-white px-4 py-2 text-sm font-bold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
          {storedName || file ? t("licensing:wizard.replace") : t("licensing:wizard.choose")}
          <span className="sr-only">{label}</span>
          <input
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/webp"
            className="sr-only"
            data-testid={`${field}-input`}
            aria-invalid={e ? true : undefined}
            aria-describedby={e ? `${field}-error` : undefined}
            onChange={(ev) => {
              const f = pick("document", field, ev.currentTarget.files);
              if (f) setFile(f);
              ev.currentTarget.value = "";
            }}
          />
        </label>
        {e && <p id={`${field}-error`} className="mt-2 text-sm font-bold text-red-700">{translateMessage(t, e)}</p>}
      </div>
    );
  }

  const photoErr = err("shopPhotos");
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" data-testid="documents-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <p className="text-sm text-slate-600">{t("licensing:wizard.docsIntro")}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <SingleFile field="lease" label={labels.lease} storedName={storedLease?.originalName} file={lease} setFile={setLease} />
            <SingleFile field="crCopy" label={labels.crCopy} storedName={storedCr?.originalName} file={crCopy} setFile={setCrCopy} />
          </div>
          <fieldset className="space-y-2 rounded-lg border border-sand-200 p-4">
            <legend className="px-1 font-bold text-slate-800">{labels.shopPhotos}</legend>
            <p id="photos-hint" className="text-xs text-slate-600">{t("licensing:wizard.photosHint")}</p>
            <ul className="space-y-2" data-testid="photo-list">
              {storedPhotos.map((p) => {
                const removed = removeIds.includes(p.id);
                return (
                  <li key={p.id} className={`flex items-center justify-between gap-2 rounded-lg border border-sand-200 px-3 py-2 text-sm ${removed ? "bg-red-50 line-through opacity-70" : "bg-sand-50"}`}>
                    <span className="min-w-0 truncate" dir="auto">{p.originalName}</span>
                    <button type="button" className="min-h-11 shrink-0 rounded-lg px-3 font-bold text-red-700 hover:bg-red-50" onClick={() => setRemoveIds((ids) => (removed ? ids.filter((i) => i !== p.id) : [...ids, p.id]))}>
                      {removed ? t("licensing:wizard.undoRemove") : t("licensing:wizard.removePhoto")}
                      <span className="sr-only">{p.originalName}</span>
                    </button>
                  </li>
                );
              })}
              {photos.map((p, i) => (
                <li key={`${p.name}-${i}`} className="flex items-center justify-between gap-2 rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm">
                  <span className="min-w-0 truncate" dir="auto">{t("licensing:wizard.newFile", { name: p.name })}</span>
                  <button type="button" className="min-h-11 shrink-0 rounded-lg px-3 font-bold text-red-700 hover:bg-red-50" onClick={() => setPhotos((l) => l.filter((_, j) => j !== i))}>
                    {t("licensing:wizard.removePhoto")}
                    <span className="sr-only">{p.name}</span>
                  </button>
                </li>
              ))}
            </ul>
            {keptPhotos + photos.length < MAX_SHOP_PHOTOS && (
              <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-bold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
                <Icon name="camera" />
                {t("licensing:wizard.addPhoto")}
                <input
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  aria-describedby="photos-hint"
                  data-testid="photo-input"
                  className="sr-only"
                  onChange={(ev) => {
                    const f = pick("photo", "shopPhotos", ev.currentTarget.files);
                    if (f) setPhotos((l) => [...l, f]);
                    ev.currentTarget.value = "";
                  }}
                />
              </label>
            )}
            {photoErr && <p className="text-sm font-bold text-red-700" data-testid="photo-error">{translateMessage(t, photoErr)}</p>}
          </fieldset>
        </div>
        <div className="flex flex-wrap justify-between gap-3">
          <ButtonLink variant="ghost" href={`/${lang}/my/licenses/apply?id=${applicationId}&step=1`}>{t("licensing:wizard.back")}</ButtonLink>
          <SubmitButton className="min-w-48" busyLabel={t("licensing:wizard.saving")}>
            {t("licensing:wizard.saveAndContinue")}
          </SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
});
