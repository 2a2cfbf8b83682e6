"use client";

import { useMemo, useState, type ReactNode } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { ChecklistItem } from "@/lib/domain/licensing/checklists";
import { inspectionFormFor, MAX_INSPECTION_PHOTOS } from "@/lib/domain/licensing/office-schemas";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import type { FormAction } from "@/components/forms/use-action-form";
import licensingMessages from "@/lib/i18n/bundles/licensing";
import licensingOfficeMessages from "@/lib/i18n/bundles/licensingOffice";
import { registerChoice } from "@/components/forms/register";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

type Done = { status: ApplicationState; result: "PASS" | "FAIL" };

export const InspectionForm = withT(function InspectionForm(props: { lang: Lang; action: FormAction; applicationId: string; items: ChecklistItem[]; needsHealth: boolean; backHref: string; due: boolean; notDue: ReactNode }) {
  const { lang, applicationId, items, needsHealth, backHref } = props;
  const { t } = useT(licensingMessages, licensingOfficeMessages);
  const [photos, setPhotos] = useState<File[]>([]);
  const [done, setDone] = useState<Done | null>(null);

  // The shared schema, plus "every checklist item answered" (the command checks it again against the activity's list).
  const schema = useMemo(() => inspectionFormFor(items), [items]);
  const { form, onSubmit, formError } = useActionForm({
    schema,
    defaultValues: { applicationId, answers: {}, notes: "", latitude: "", longitude: "", accuracyM: "" },
    action: async (values) => {
      if (photos.length === 0) return { ok: false, fieldErrors: { photos: "licensingOffice:errors.photoRequired" } };
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `licensingOffice:errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return props.action({ ...values, photos });
    },
    onSuccess: (data) => {
      const d = data as unknown as Done | undefined;
      if (d) setDone({ status: d.status, result: d.result });
    },
  });

  const answers = (form.watch("answers") ?? {}) as Record<string, string | null | undefined>;
  const answered = items.filter((k) => answers[k] === "ok" || answers[k] === "fail");
  const failed = items.filter((k) => answers[k] === "fail");
  const answersError = form.formState.errors.answers?.message as string | undefined;

  if (done) {
    return (
      <section data-testid="inspection-saved" data-result={done.result} role="status" className={`rounded-2xl border-2 p-6 text-center shadow-sm ${done.result === "PASS" ? "border-brand-600 bg-brand-50" : "border-amber-500 bg-amber-50"}`}>
        <h2 className="text-xl font-bold text-brand-900">{t("licensingOffice:inspect.doneTitle")}</h2>
        <p className="mt-3 text-base">
          {done.result === "PASS" ? t("licensingOffice:inspect.donePass", { status: t(`licensing:staffStatus.${done.status}`) }) : t("licensingOffice:inspect.doneFail")}
        </p>
        <ButtonLink href={backHref} className="mt-5">{t("licensingOffice:inspect.backToApplication")}</ButtonLink>
      </section>
    );
  }

  if (!props.due) return <>{props.notDue}</>;

  const labels = {
    answers: t("licensingOffice:inspect.checklist"),
    notes: t("licensingOffice:inspect.notes"),
    photos: t("licensingOffice:inspect.photos"),
    latitude: t("licensingOffice:inspect.latitude"),
    longitude: t("licensingOffice:inspect.longitude"),
    accuracyM: t("licensingOffice:inspect.accuracy"),
    applicationId: t("licensingOffice:inspect.title"),
  };
  const next = needsHealth ? t("licensing:status.HEALTH_REVIEW") : t("licensing:status.OFFICE_APPROVAL");

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <section className="rounded-xl border border-sand-200 bg-white p-4 shadow-sm" aria-labelledby="checklist-title">
          <h2 id="checklist-title" className="text-base font-bold text-brand-900">{labels.answers}</h2>
          <p className="mt-1 text-xs text-slate-600">{t("licensingOffice:inspect.checklistHint")}</p>
          {answersError && <p className="mt-2 text-sm font-bold text-red-700" data-testid="answers-error">{translateMessage(t, answersError)}</p>}
          <div className="mt-4 space-y-4">
            {items.map((key) => (
              <fieldset key={key} className="rounded-lg border border-sand-200 p-3" data-testid={`item-${key}`}>
                <legend className="px-1 text-sm font-bold text-slate-900">{t(`licensingOffice:checklist.${key}`)}</legend>
                <div className="mt-2 grid grid-cols-2 gap-2">
                  {(["ok", "fail"] as const).map((v) => (
                    <label
                      key={v}
                      className={`flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 px-3 text-base font-bold has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
                        answers[key] === v ? (v === "ok" ? "border-brand-600 bg-brand-50 text-brand-800" : "border-red-600 bg-red-50 text-red-800") : "border-slate-300 bg-white text-slate-700"
                      }`}
                    >
                      <input type="radio" className="size-5 accent-brand-600" {...registerChoice(form, `answers.${key}`, v)} />
                      {v === "ok" ? t("licensingOffice:inspect.ok") : t("licensingOffice:inspect.fail")}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          <p className="mt-4 rounded-lg bg-sand-100 p-3 text-sm font-bold" data-testid="inspection-summary" aria-live="polite">
            {answered.length < items.length
              ? t("licensingOffice:inspect.summaryPending", { n: items.length - answered.length })
              : failed.length
                ? t("licensingOffice:inspect.summaryFail", { n: failed.length })
                : t("licensingOffice:inspect.summaryPass", { next })}
          </p>
        </section>

        <section className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <TextArea name="notes" label={labels.notes} rows={3} />

          <FilePicker
            name="photos"
            legend={labels.photos}
            hint={t("licensingOffice:inspect.photosHint")}
            files={photos}
            onChange={setPhotos}
            max={MAX_INSPECTION_PHOTOS}
            capture="environment"
            addLabel={t("licensingOffice:inspect.addPhoto")}
            removeLabel={t("licensingOffice:inspect.removePhoto")}
            tooManyKey={`licensingOffice:errors.tooManyPhotos?max=${MAX_INSPECTION_PHOTOS}`}
          />

          <CoordinatesField
            legend={t("licensingOffice:inspect.location")}
            hint={t("licensingOffice:inspect.locationHint")}
            labels={{ latitude: labels.latitude, longitude: labels.longitude, useMyLocation: t("licensingOffice:inspect.useMyLocation"), locating: t("licensingOffice:inspect.locating"), locationError: t("licensingOffice:inspect.locationError") }}
            buttonIcon={<Icon name="map" className="size-4" />}
            onAccuracy={(m) => form.setValue("accuracyM", m === null ? "" : String(m), { shouldValidate: true, shouldDirty: true })}
          >
            <Field name="accuracyM" label={labels.accuracyM} dir="ltr" inputMode="decimal" autoComplete="off" />
          </CoordinatesField>
        </section>

        <SubmitButton className="w-full py-3 text-base" busyLabel={t("licensingOffice:inspect.submitting")}>
          {t("licensingOffice:inspect.submit")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
});
