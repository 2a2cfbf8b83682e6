"use client";

import { useMemo, useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ComplaintMap } from "@/components/complaints/complaint-map";
import { useTakeFocus } from "@/components/forms/action-notice";
import { OtpForm } from "@/components/complaints/otp-form";
import { useFocusOnMount } from "@/components/forms/focus-on-mount";
import type { ActionResult } from "@/lib/action-result";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import type { CategoryOptionDTO, DistrictOptionDTO } from "@/lib/domain/complaints/queries/citizen";
import { MAX_COMPLAINT_PHOTOS } from "@/lib/domain/complaints/workflow";
import { formatDual } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";
import complaintsMessages from "@/lib/i18n/bundles/complaints";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

type Filed = { reference: string; slaDueAt: Date; departmentAr: string; departmentEn: string; municipalityAr: string; municipalityEn: string };
type FileAction = (input: Record<string, unknown>) => Promise<ActionResult<Filed>>;

const num = (v: unknown) => {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * The complaint form (citizen or guest). The photos live outside react-hook-form; nothing typed is lost
 * when the server refuses (a bad photo is marked by its position, a missing field on its field).
 * Guests first confirm their mobile number by SMS code (OtpForm); the rest of the form waits for it.
 */
export const FileComplaintForm = withT(function FileComplaintForm({
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
  const { t } = useT(complaintsMessages);
  const [verifiedMobile, setVerifiedMobile] = useState(reporter.kind === "guest" ? reporter.verifiedMobile : null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [done, setDone] = useState<Filed | null>(null);
  // Focus follows the result (issue 17): the confirmation with the reference after filing
  // (docs/decisions/027-after-action-feedback.md); the line saying the mobile is confirmed right after the code
  // was verified (not on a later visit with the cookie already set).
  const [justVerified, setJustVerified] = useState(false);
  const filedRef = useTakeFocus<HTMLElement>(done?.reference);
  const verifiedRef = useFocusOnMount<HTMLParagraphElement>(justVerified && !done);

  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/schemas").then((m) => m.ZFileComplaintForm),
    defaultValues: { categoryId: "", description: "", districtId: "", addressText: "", latitude: "", longitude: "", reporterName: "", locale: lang },
    action: async (values) => {
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `complaints:errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return fileAction({ ...values, photos });
    },
    onSuccess: (data) => {
      if (data) {
        setDone(data);
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

  function setPoint(la: number, ln: number) {
    form.setValue("latitude", la.toFixed(6), { shouldValidate: true, shouldDirty: true });
    form.setValue("longitude", ln.toFixed(6), { shouldValidate: true, shouldDirty: true });
    form.clearErrors("districtId");
  }

  if (done) {
    const due = formatDual(new Date(done.slaDueAt), lang, true);
    return (
      <section ref={filedRef} tabIndex={-1} data-testid="complaint-filed" role="status" className="outline-none focus:ring-2 focus:ring-brand-600/60 rounded-2xl border-2 border-brand-600 bg-brand-50 p-6 text-center shadow-sm">
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
        <OtpForm lang={lang} requestAction={requestOtpAction} verifyAction={verifyOtpAction} onVerified={(m) => {
            setVerifiedMobile(m);
            setJustVerified(true);
          }} />
        <p className="border-t border-sand-200 pt-3 text-sm">
          <a className="font-bold text-brand-700 underline underline-offset-4" href={`/${lang}/sign-in?callbackUrl=${encodeURIComponent(`/${lang}/complaints/new`)}`}>{t("complaints:otp.signIn")}</a>
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

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-6 rounded-xl border border-sand-200 bg-white p-5 shadow-sm" aria-labelledby="file-form-title">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="file-form-title" className="text-base font-bold text-brand-900">{t("complaints:file.formTitle")}</h2>
          <p ref={verifiedRef} tabIndex={-1} className="text-sm text-slate-600" data-testid="reporter-line">
            {reporter.kind === "citizen"
              ? t("complaints:file.signedInAs", { name: reporter.name })
              : <>{t("complaints:otp.verified")} <bdi dir="ltr" className="font-bold tabular-nums">{formatSaudiMobile(verifiedMobile!)}</bdi></>}
          </p>
        </div>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <Select
          name="categoryId"
          label={base.categoryId}
          placeholder={t("complaints:file.chooseCategory")}
          describedBy={category ? "category-info" : undefined}
          after={
            category && (
              <div id="category-info" className="rounded-lg bg-sand-100 p-3 text-sm text-slate-800" data-testid="category-info">
                <p>{localText(lang, category, "description")}</p>
                <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
                  <span>{t("complaints:file.slaHint", { hours: category.slaHours })}</span>
                  {category.photoRequired && <span className="font-bold text-amber-800">{t("complaints:file.photoRequiredBadge")}</span>}
                </p>
              </div>
            )
          }
        >
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {categories
                .filter((c) => localText(lang, c, "group") === g)
                .map((c) => (
                  <option key={c.id} value={c.id}>{localName(lang, c)}</option>
                ))}
            </optgroup>
          ))}
        </Select>

        <TextArea name="description" label={base.description} hint={t("complaints:file.descriptionHint")} rows={4} />

        <FilePicker
          name="photos"
          legend={base.photos}
          hint={<>{t("complaints:file.photosHint")} {category?.photoRequired && <strong className="text-amber-800">{t("complaints:file.photosRequired")}</strong>}</>}
          files={photos}
          onChange={setPhotos}
          max={MAX_COMPLAINT_PHOTOS}
          accept="image/jpeg,image/png,image/webp"
          addLabel={t("complaints:file.addPhoto")}
          removeLabel={t("complaints:file.removePhoto")}
          tooManyKey="complaints:errors.tooManyPhotos"
          itemError={(i) => errors[`photo${i}`]?.message}
          itemErrorSuffix={t("complaints:file.replacePhoto")}
          clearNames={Array.from({ length: MAX_COMPLAINT_PHOTOS }, (_, i) => `photo${i}`)}
        />

        <CoordinatesField
          legend={t("complaints:file.place")}
          hint={t("complaints:file.placeHint")}
          labels={{
            latitude: base.latitude,
            longitude: base.longitude,
            useMyLocation: t("complaints:file.useMyLocation"),
            locating: t("complaints:file.locating"),
            locationError: t("complaints:file.locationError"),
          }}
          before={<ComplaintMap label={t("complaints:map.label")} value={point} onPick={setPoint} />}
          onLocated={() => form.clearErrors("districtId")}
        >
          <Select name="districtId" label={base.districtId} placeholder={t("complaints:file.chooseDistrict")}>
            {municipalities.map((m) => (
              <optgroup key={m} label={m}>
                {districts
                  .filter((d) => localName(lang, d.municipality) === m)
                  .map((d) => (
                    <option key={d.id} value={d.id}>{localName(lang, d)}</option>
                  ))}
              </optgroup>
            ))}
          </Select>
          <Field name="addressText" label={base.addressText} hint={t("complaints:file.addressHint")} autoComplete="off" />
        </CoordinatesField>

        {reporter.kind === "guest" && <Field name="reporterName" label={base.reporterName} hint={t("complaints:file.reporterNameHint")} autoComplete="name" />}
        <p className="text-xs text-slate-600">{t("complaints:file.privacy")}</p>

        <SubmitButton className="w-full py-3 text-base" busyLabel={t("complaints:file.submitting")}>
          {t("complaints:file.submit")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
});
