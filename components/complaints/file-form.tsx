"use client";

import { useMemo, useRef, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ComplaintMap } from "@/components/complaints/complaint-map";
import { OtpForm } from "@/components/complaints/otp-form";
import type { ActionResult } from "@/lib/action-result";
import { MAX_BYTES } from "@/lib/kernel/validate-upload";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import type { CategoryOptionDTO, DistrictOptionDTO } from "@/lib/domain/complaints/queries/citizen";
import { ZFileComplaintForm } from "@/lib/domain/complaints/schemas";
import { MAX_COMPLAINT_PHOTOS } from "@/lib/domain/complaints/workflow";
import { translateMessage } from "@/lib/i18n/core";
import { formatDual } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

type Filed = { reference: string; slaDueAt: Date; departmentAr: string; departmentEn: string; municipalityAr: string; municipalityEn: string };
type FileAction = (input: Record<string, unknown>) => Promise<ActionResult<Filed>>;

const selectClass = (error: boolean) =>
  `min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-slate-300"} focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30`;

const num = (v: unknown) => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * The complaint form (citizen or guest). The photos live outside react-hook-form; nothing typed is lost
 * when the server refuses (a bad photo is marked by its position, a missing field on its field).
 * Guests first confirm their mobile number by SMS code (OtpForm); the rest of the form waits for it.
 */
export function FileComplaintForm({
  lang,
  categories,
  districts,
  reporter,
  fileAction,
  requestOtpAction,
  verifyOtpAction,
}: {
  lang: Lang;
  categories: CategoryOptionDTO[];
  districts: DistrictOptionDTO[];
  reporter: { kind: "citizen"; name: string } | { kind: "guest"; verifiedMobile: string | null };
  fileAction: FileAction;
  requestOtpAction: Parameters<typeof OtpForm>[0]["requestAction"];
  verifyOtpAction: Parameters<typeof OtpForm>[0]["verifyAction"];
}) {
  const { t } = useT();
  const [verifiedMobile, setVerifiedMobile] = useState(reporter.kind === "guest" ? reporter.verifiedMobile : null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string | undefined>();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState(false);
  const [done, setDone] = useState<Filed | null>(null);
  const photoInput = useRef<HTMLInputElement>(null);

  const { form, onSubmit, formError } = useActionForm({
    schema: ZFileComplaintForm,
    defaultValues: { categoryId: "", description: "", districtId: "", addressText: "", latitude: "", longitude: "", reporterName: "", locale: lang },
    action: async (values) => {
      setPhotoError(undefined);
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `complaints:errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return fileAction({ ...values, photos });
    },
    onSuccess: (data) => {
      if (data) {
        setDone(data);
        window.scrollTo({ top: 0 });
      }
    },
  });

  const categoryId = form.watch("categoryId");
  const category = categories.find((c) => c.id === categoryId);
  const lat = num(form.watch("latitude"));
  const lng = num(form.watch("longitude"));
  const point = useMemo(() => (lat !== null && lng !== null ? { lat, lng } : null), [lat, lng]);
  const groups = [...new Set(categories.map((c) => (localText(lang, c, "group"))))];
  const municipalities = [...new Set(districts.map((d) => (localName(lang, d.municipality))))];
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const photoErrorAt = (i: number) => errors[`photo${i}`]?.message;
  const shownPhotoError = photoError ?? errors.photos?.message;

  function clearPhotoErrors() {
    setPhotoError(undefined);
    form.clearErrors(["photos", "photo0", "photo1", "photo2"] as never);
  }

  function addPhoto(list: FileList | null) {
    clearPhotoErrors();
    const file = list?.[0];
    if (photoInput.current) photoInput.current.value = "";
    if (!file) return;
    if (photos.length >= MAX_COMPLAINT_PHOTOS) return setPhotoError("complaints:errors.tooManyPhotos");
    if (!file.type.startsWith("image/")) return setPhotoError("validation:fileTypePhoto");
    if (file.size > MAX_BYTES.photo) return setPhotoError(`validation:fileTooLarge?maxMb=${MAX_BYTES.photo / 1024 / 1024}`);
    setPhotos((p) => [...p, file]);
  }

  function removePhoto(i: number) {
    clearPhotoErrors();
    setPhotos((list) => list.filter((_, j) => j !== i));
  }

  function setPoint(la: number, ln: number) {
    form.setValue("latitude", la.toFixed(6), { shouldValidate: true, shouldDirty: true });
    form.setValue("longitude", ln.toFixed(6), { shouldValidate: true, shouldDirty: true });
    form.clearErrors("districtId");
  }

  function locate() {
    setLocationError(false);
    if (!("geolocation" in navigator)) return setLocationError(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setPoint(pos.coords.latitude, pos.coords.longitude);
      },
      () => {
        setLocating(false);
        setLocationError(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }

  if (done) {
    const due = formatDual(new Date(done.slaDueAt), lang, true);
    return (
      <section data-testid="complaint-filed" role="status" className="rounded-2xl border-2 border-brand-600 bg-brand-50 p-6 text-center shadow-sm">
        <span className="mx-auto mb-3 flex size-14 items-center justify-center rounded-full bg-brand-600 text-white">
          <Icon name="megaphone" className="size-8" />
        </span>
        <h2 className="text-xl font-bold text-brand-900">{t("complaints:file.success.title")}</h2>
        <p className="mt-4 text-sm text-slate-600">{t("complaints:file.success.reference")}</p>
        <p className="mt-1 text-3xl font-bold tracking-wider tabular-nums text-brand-900" dir="ltr" data-testid="complaint-reference">{done.reference}</p>
        <p className="mt-3 text-brand-900">{t("complaints:file.success.routedTo", { department: localText(lang, done, "department"), municipality: localText(lang, done, "municipality") })}</p>
        <p className="mt-1 text-sm text-slate-700">{t("complaints:file.success.due")}: {due.gregorian} <span className="text-slate-500">({due.hijri})</span></p>
        <p className="mx-auto mt-4 max-w-xl text-sm text-brand-900">{t("complaints:file.success.sms")}</p>
        <div className="mt-5 flex flex-wrap justify-center gap-3">
          {reporter.kind === "citizen" ? (
            <ButtonLink href={`/${lang}/my/complaints/${done.reference}`}>{t("complaints:file.success.track")}</ButtonLink>
          ) : (
            <ButtonLink href={`/${lang}/complaints/track`}>{t("complaints:file.success.track")}</ButtonLink>
          )}
          <ButtonLink variant="secondary" href={`/${lang}/complaints/new`}>{t("complaints:file.success.another")}</ButtonLink>
        </div>
      </section>
    );
  }

  if (reporter.kind === "guest" && !verifiedMobile) {
    return (
      <section className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="otp-title">
        <h2 id="otp-title" className="text-base font-bold text-brand-900">{t("complaints:otp.title")}</h2>
        <p className="text-sm text-slate-700">{t("complaints:otp.intro")}</p>
        <OtpForm lang={lang} requestAction={requestOtpAction} verifyAction={verifyOtpAction} onVerified={setVerifiedMobile} />
        <p className="border-t border-sand-200 pt-3 text-sm">
          <a className="font-semibold text-brand-700 underline underline-offset-4" href={`/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/complaints/new`)}`}>{t("complaints:otp.signIn")}</a>
        </p>
      </section>
    );
  }

  const base = {
    categoryId: t("complaints:file.category"),
    description: t("complaints:file.description"),
    photos: t("complaints:file.photos"),
    latitude: t("complaints:file.latitude"),
    longitude: t("complaints:file.longitude"),
    districtId: t("complaints:file.district"),
    addressText: t("complaints:file.addressText"),
    reporterName: t("complaints:file.reporterName"),
  };
  const labels: Record<string, string> = { ...base, ...Object.fromEntries(photos.map((p, i) => [`photo${i}`, t("complaints:file.photoLabel", { n: i + 1, name: p.name })])) };
  const categoryError = errors.categoryId?.message;
  const descriptionError = errors.description?.message;
  const districtError = errors.districtId?.message;

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="file-form-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="file-form-title" className="text-base font-bold text-brand-900">{t("complaints:file.formTitle")}</h2>
          <p className="text-sm text-slate-600" data-testid="reporter-line">
            {reporter.kind === "citizen"
              ? t("complaints:file.signedInAs", { name: reporter.name })
              : <>{t("complaints:otp.verified")} <bdi dir="ltr" className="font-semibold tabular-nums">{formatSaudiMobile(verifiedMobile!)}</bdi></>}
          </p>
        </div>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <div className="flex flex-col gap-1.5">
          <label htmlFor="categoryId" className="text-sm font-semibold text-slate-800">{base.categoryId}</label>
          <select
            id="categoryId"
            aria-invalid={categoryError ? true : undefined}
            aria-describedby={[categoryError ? "categoryId-error" : "", category ? "category-info" : ""].filter(Boolean).join(" ") || undefined}
            className={selectClass(!!categoryError)}
            {...form.register("categoryId")}
          >
            <option value="">{t("complaints:file.chooseCategory")}</option>
            {groups.map((g) => (
              <optgroup key={g} label={g}>
                {categories
                  .filter((c) => (localText(lang, c, "group")) === g)
                  .map((c) => (
                    <option key={c.id} value={c.id}>{localName(lang, c)}</option>
                  ))}
              </optgroup>
            ))}
          </select>
          {categoryError && <p id="categoryId-error" className="text-sm font-medium text-red-700">{translateMessage(t, categoryError)}</p>}
          {category && (
            <div id="category-info" className="rounded-lg bg-sand-100 p-3 text-sm text-slate-800" data-testid="category-info">
              <p>{localText(lang, category, "description")}</p>
              <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
                <span>{t("complaints:file.slaHint", { hours: category.slaHours })}</span>
                {category.photoRequired && <span className="font-semibold text-amber-800">{t("complaints:file.photoRequiredBadge")}</span>}
              </p>
            </div>
          )}
        </div>

        <div className="flex flex-col gap-1.5">
          <label htmlFor="description" className="text-sm font-semibold text-slate-800">{base.description}</label>
          <p id="description-hint" className="text-xs text-slate-600">{t("complaints:file.descriptionHint")}</p>
          <textarea
            id="description"
            rows={4}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? "description-hint description-error" : "description-hint"}
            className={`w-full rounded-lg border px-3 py-2 text-base ${descriptionError ? "border-red-600" : "border-slate-300"}`}
            {...form.register("description")}
          />
          {descriptionError && <p id="description-error" className="text-sm font-medium text-red-700">{translateMessage(t, descriptionError)}</p>}
        </div>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-800">{base.photos}</legend>
          <p id="photos-hint" className="text-xs text-slate-600">
            {t("complaints:file.photosHint")} {category?.photoRequired && <strong className="text-amber-800">{t("complaints:file.photosRequired")}</strong>}
          </p>
          {photos.length > 0 && (
            <ul className="space-y-2" data-testid="photo-list">
              {photos.map((p, i) => {
                const err = photoErrorAt(i);
                return (
                  <li key={`${p.name}-${i}`} data-testid="photo-item" className={`rounded-lg border px-3 py-2 text-sm ${err ? "border-red-400 bg-red-50" : "border-sand-200 bg-sand-50"}`}>
                    <div className="flex items-center justify-between gap-2">
                      <span className="min-w-0 truncate" dir="auto">{p.name}</span>
                      <button type="button" className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-red-700 hover:bg-red-50" onClick={() => removePhoto(i)}>
                        {t("complaints:file.removePhoto")}
                        <span className="sr-only"> {p.name}</span>
                      </button>
                    </div>
                    {err && (
                      <p className="text-sm font-medium text-red-700" data-testid="photo-item-error">
                        {translateMessage(t, err)} {t("complaints:file.replacePhoto")}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {photos.length < MAX_COMPLAINT_PHOTOS && (
            <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-semibold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
              <Icon name="camera" />
              {t("complaints:file.addPhoto")}
              <input
                ref={photoInput}
                type="file"
                accept="image/jpeg,image/png,image/webp"
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
          <legend className="text-sm font-semibold text-slate-800">{t("complaints:file.place")}</legend>
          <p className="text-xs text-slate-600">{t("complaints:file.placeHint")}</p>
          <ComplaintMap label={t("complaints:map.label")} value={point} onPick={setPoint} />
          <Button type="button" variant="secondary" onClick={locate} disabled={locating} className="w-full sm:w-auto">
            {locating ? t("complaints:file.locating") : t("complaints:file.useMyLocation")}
          </Button>
          {locationError && <p className="text-sm text-amber-800">{t("complaints:file.locationError")}</p>}
          <div className="grid grid-cols-2 gap-3">
            <Field name="latitude" label={base.latitude} dir="ltr" inputMode="decimal" autoComplete="off" />
            <Field name="longitude" label={base.longitude} dir="ltr" inputMode="decimal" autoComplete="off" />
          </div>
          <div className="flex flex-col gap-1.5">
            <label htmlFor="districtId" className="text-sm font-semibold text-slate-800">{base.districtId}</label>
            <select
              id="districtId"
              aria-invalid={districtError ? true : undefined}
              aria-describedby={districtError ? "districtId-error" : undefined}
              className={selectClass(!!districtError)}
              {...form.register("districtId")}
            >
              <option value="">{t("complaints:file.chooseDistrict")}</option>
              {municipalities.map((m) => (
                <optgroup key={m} label={m}>
                  {districts
                    .filter((d) => (localName(lang, d.municipality)) === m)
                    .map((d) => (
                      <option key={d.id} value={d.id}>{localName(lang, d)}</option>
                    ))}
                </optgroup>
              ))}
            </select>
            {districtError && <p id="districtId-error" className="text-sm font-medium text-red-700">{translateMessage(t, districtError)}</p>}
          </div>
          <Field name="addressText" label={base.addressText} hint={t("complaints:file.addressHint")} autoComplete="off" />
        </fieldset>

        {reporter.kind === "guest" && <Field name="reporterName" label={base.reporterName} hint={t("complaints:file.reporterNameHint")} autoComplete="name" />}
        <p className="text-xs text-slate-600">{t("complaints:file.privacy")}</p>

        <Button type="submit" disabled={form.formState.isSubmitting} className="w-full py-3 text-base">
          {form.formState.isSubmitting ? t("complaints:file.submitting") : t("complaints:file.submit")}
        </Button>
      </form>
    </FormProvider>
  );
}
