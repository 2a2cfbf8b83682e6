"use client";

import { useRef, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { MAX_BYTES } from "@/lib/domain/files/validate-upload";
import type { ArticleOptionDTO } from "@/lib/domain/violations/queries/inspector";
import { MAX_PHOTOS } from "@/lib/domain/violations/rules";
import { ZRecordViolationForm } from "@/lib/domain/violations/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import { recordViolationAction } from "./actions";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

type Done = { number: string; billNumber: string; fineHalalas: number; isRepeat: boolean };

export function RecordViolationForm({ lang, establishmentId, articles }: { lang: Lang; establishmentId: string; articles: ArticleOptionDTO[] }) {
  const { t } = useT();
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | undefined>();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const photoInput = useRef<HTMLInputElement>(null);

  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordViolationForm,
    defaultValues: { establishmentId, articleId: "", fine: "", notes: "", latitude: "", longitude: "" },
    action: async (values) => {
      setPhotoError(undefined);
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `violations:record.errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return recordViolationAction({ ...values, photos });
    },
    onSuccess: (data) => {
      if (data) setDone({ number: data.number, billNumber: data.billNumber, fineHalalas: data.fineHalalas, isRepeat: data.isRepeat });
    },
  });

  const articleId = form.watch("articleId");
  const article = articles.find((a) => a.id === articleId);
  const categories = [...new Set(articles.map((a) => (lang === "ar" ? a.categoryAr : a.categoryEn)))];
  const serverPhotoError = form.formState.errors.photos?.message as string | undefined;
  const shownPhotoError = photoError ?? serverPhotoError;
  const articleError = form.formState.errors.articleId?.message as string | undefined;

  function addPhoto(list: FileList | null) {
    setPhotoError(undefined);
    form.clearErrors("photos" as never);
    const file = list?.[0];
    if (photoInput.current) photoInput.current.value = "";
    if (!file) return;
    if (photos.length >= MAX_PHOTOS) return setPhotoError("violations:record.errors.tooManyPhotos");
    if (!file.type.startsWith("image/")) return setPhotoError("validation:fileTypePhoto");
    if (file.size > MAX_BYTES.photo) return setPhotoError(`validation:fileTooLarge?maxMb=${MAX_BYTES.photo / 1024 / 1024}`);
    setPhotos((p) => [...p, file]);
  }

  function locate() {
    setLocationError(false);
    if (!("geolocation" in navigator)) return setLocationError(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        form.setValue("latitude", pos.coords.latitude.toFixed(6), { shouldValidate: true, shouldDirty: true });
        form.setValue("longitude", pos.coords.longitude.toFixed(6), { shouldValidate: true, shouldDirty: true });
      },
      () => {
        setLocating(false);
        setLocationError(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  if (done) {
    return (
      <section data-testid="violation-recorded" role="status" className="rounded-2xl border-2 border-brand-600 bg-brand-50 p-6 text-center shadow-sm">
        <span className="mx-auto mb-3 flex size-14 items-center justify-center rounded-full bg-brand-600 text-white">
          <Icon name="shield" className="size-8" />
        </span>
        <h2 className="text-xl font-bold text-brand-900">{t("violations:record.success.title")}</h2>
        <dl className="mt-5 grid gap-4 sm:grid-cols-3">
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.violationNumber")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900" dir="ltr" data-testid="violation-number">{done.number}</dd>
          </div>
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.billNumber")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900" dir="ltr" data-testid="bill-number">{groupBillNumber(done.billNumber)}</dd>
          </div>
          <div className="rounded-xl bg-white p-4">
            <dt className="text-sm text-slate-600">{t("violations:record.success.amount")}</dt>
            <dd className="mt-1 text-2xl font-bold tabular-nums text-brand-900">{formatHalalas(done.fineHalalas, lang)}</dd>
          </div>
        </dl>
        <p className="mt-4 text-sm text-brand-900">{t("violations:record.success.sms")}</p>
        <ButtonLink href={`/${lang}/staff/violations/new`} className="mt-5">{t("violations:record.success.another")}</ButtonLink>
      </section>
    );
  }

  const labels = {
    articleId: t("violations:record.article"),
    fine: t("violations:record.fine"),
    notes: t("violations:record.notes"),
    latitude: t("violations:record.latitude"),
    longitude: t("violations:record.longitude"),
    photos: t("violations:record.photos"),
    establishmentId: t("violations:record.establishmentTitle"),
  };

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-5 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
        <h2 className="text-base font-bold text-brand-900">{t("violations:record.formTitle")}</h2>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <div className="flex flex-col gap-1.5">
          <label htmlFor="articleId" className="text-sm font-semibold text-slate-800">{labels.articleId}</label>
          <select
            id="articleId"
            aria-invalid={articleError ? true : undefined}
            aria-describedby={articleError ? "articleId-error" : undefined}
            className={`min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${articleError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("articleId")}
          >
            <option value="">{t("violations:record.chooseArticle")}</option>
            {categories.map((c) => (
              <optgroup key={c} label={c}>
                {articles
                  .filter((a) => (lang === "ar" ? a.categoryAr : a.categoryEn) === c)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {`${a.code} — ${lang === "ar" ? a.titleAr : a.titleEn}`}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {articleError && <p id="articleId-error" className="text-sm font-medium text-red-700">{translateMessage(t, articleError)}</p>}
          {article && (
            <div data-testid="fine-range" className={`rounded-lg p-3 text-sm ${article.isRepeat ? "bg-amber-50 text-amber-950" : "bg-sand-100 text-slate-800"}`}>
              <p className="font-semibold">{t("violations:record.range", { min: formatHalalas(article.minHalalas, lang), max: formatHalalas(article.maxHalalas, lang) })}</p>
              {article.isRepeat && <p className="mt-1">{t("violations:record.repeat", { multiplier: article.multiplier })}</p>}
            </div>
          )}
        </div>

        <Field name="fine" label={labels.fine} hint={t("violations:record.fineHint")} dir="ltr" inputMode="decimal" autoComplete="off" />

        <div className="flex flex-col gap-1.5">
          <label htmlFor="notes" className="text-sm font-semibold text-slate-800">{labels.notes}</label>
          <textarea id="notes" rows={3} className="w-full rounded-lg border border-slate-300 px-3 py-2 text-base" {...form.register("notes")} />
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">{labels.photos}</legend>
          <p id="photos-hint" className="text-xs text-slate-600">{t("violations:record.photosHint")}</p>
          {photos.length > 0 && (
            <ul className="space-y-2" data-testid="photo-list">
              {photos.map((p, i) => (
                <li key={`${p.name}-${i}`} className="flex items-center justify-between gap-2 rounded-lg border border-sand-200 bg-sand-50 px-3 py-2 text-sm">
                  <span className="min-w-0 truncate" dir="auto">{p.name}</span>
                  <button type="button" className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-red-700 hover:bg-red-50" onClick={() => setPhotos((list) => list.filter((_, j) => j !== i))}>
                    {t("violations:record.removePhoto")}
                    <span className="sr-only">{p.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {photos.length < MAX_PHOTOS && (
            <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-semibold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
              <Icon name="camera" />
              {t("violations:record.addPhoto")}
              <input
                ref={photoInput}
                type="file"
                accept="image/*"
                capture="environment"
                aria-describedby="photos-hint"
                data-testid="photo-input"
                className="sr-only"
                onChange={(ev) => addPhoto(ev.currentTarget.files)}
              />
            </label>
          )}
          {shownPhotoError && <p className="text-sm font-medium text-red-700" data-testid="photo-error">{translateMessage(t, shownPhotoError)}</p>}
        </fieldset>

        <fieldset className="space-y-3">
          <legend className="text-sm font-semibold text-slate-800">{t("violations:record.location")}</legend>
          <p className="text-xs text-slate-600">{t("violations:record.locationHint")}</p>
          <Button type="button" variant="secondary" onClick={locate} disabled={locating} className="w-full sm:w-auto">
            {locating ? t("violations:record.locating") : t("violations:record.useMyLocation")}
          </Button>
          {locationError && <p className="text-sm text-amber-800">{t("violations:record.locationError")}</p>}
          <div className="grid grid-cols-2 gap-3">
            <Field name="latitude" label={labels.latitude} dir="ltr" inputMode="decimal" autoComplete="off" />
            <Field name="longitude" label={labels.longitude} dir="ltr" inputMode="decimal" autoComplete="off" />
          </div>
        </fieldset>

        <Button type="submit" disabled={form.formState.isSubmitting} className="w-full py-3 text-base">
          {form.formState.isSubmitting ? t("violations:record.submitting") : t("violations:record.submit")}
        </Button>
      </form>
    </FormProvider>
  );
}
