"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { INSPECTION_STAGES, type InspectionStage } from "@/lib/domain/permits/after-issue/prerequisites";
import { MAX_PERMIT_PHOTOS } from "@/lib/domain/permits/after-issue/schemas";
import permitsAfterIssueMessages from "@/lib/i18n/bundles/permitsAfterIssue";

/** What one server action request may carry (next.config serverActions.bodySizeLimit is 12 MB). */
const MAX_REQUEST_BYTES = 11 * 1024 * 1024;

/**
 * Phone-first: a municipality inspector or the supervising office's engineer records a stage inspection at the
 * site — stage, result, notes, 1–5 photos (camera), and the location from the phone's geolocation or typed.
 */
export const PermitInspectionForm = withT(function PermitInspectionForm(props: { action: FormAction; permitNumber: string; backHref: string }) {
  const { t } = useT(permitsAfterIssueMessages);
  const [photos, setPhotos] = useState<File[]>([]);
  const [done, setDone] = useState<{ stage: InspectionStage; result: "PASS" | "FAIL" } | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/after-issue/schemas").then((m) => m.ZPermitInspectionForm),
    defaultValues: { permitNumber: props.permitNumber, stage: undefined, result: undefined, notes: "", latitude: "", longitude: "", accuracyM: "" },
    action: async (values) => {
      if (photos.length === 0) return { ok: false, fieldErrors: { photos: "permitsAfterIssue:errors.photoRequired" } };
      const total = photos.reduce((n, p) => n + p.size, 0);
      if (total > MAX_REQUEST_BYTES) return { ok: false, fieldErrors: { photos: `permitsAfterIssue:errors.totalTooLarge?maxMb=${MAX_REQUEST_BYTES / 1024 / 1024}` } };
      return props.action({ ...values, photos });
    },
    onSuccess: (data) => {
      const d = data as { stage: InspectionStage; result: "PASS" | "FAIL" } | undefined;
      if (d) setDone({ stage: d.stage, result: d.result });
    },
  });

  if (done) {
    return (
      <section role="status" data-testid="permit-inspection-saved" data-result={done.result} className="rounded-2xl border-2 border-brand-600 bg-brand-50 p-6 text-center shadow-sm">
        <p className="text-lg font-bold text-brand-900">{t("permitsAfterIssue:inspect.saved", { stage: t(`permitsAfterIssue:stage.${done.stage}`), result: t(`permitsAfterIssue:result.${done.result}`) })}</p>
        <ButtonLink href={props.backHref} className="mt-5">{t("permitsAfterIssue:inspect.back")}</ButtonLink>
      </section>
    );
  }

  const labels = {
    permitNumber: t("permitsAfterIssue:fields.permitNumber"),
    stage: t("permitsAfterIssue:inspect.stageLegend"),
    result: t("permitsAfterIssue:inspect.resultLegend"),
    notes: t("permitsAfterIssue:fields.notes"),
    photos: t("permitsAfterIssue:fields.photos"),
    latitude: t("permitsAfterIssue:inspect.latitude"),
    longitude: t("permitsAfterIssue:inspect.longitude"),
    accuracyM: t("permitsAfterIssue:inspect.accuracy"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <section className="space-y-5 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <RadioGroup name="stage" legend={labels.stage} large columns={2} options={INSPECTION_STAGES.map((s) => ({ value: s, label: t(`permitsAfterIssue:stage.${s}`) }))} />
          <RadioGroup name="result" legend={labels.result} large columns={2} options={(["PASS", "FAIL"] as const).map((r) => ({ value: r, label: t(`permitsAfterIssue:result.${r}`) }))} />
          <TextArea name="notes" label={labels.notes} hint={t("permitsAfterIssue:inspect.notesHint")} rows={3} />
        </section>
        <section className="space-y-4 rounded-xl border border-sand-200 bg-white p-4 shadow-sm">
          <FilePicker
            name="photos"
            legend={labels.photos}
            hint={t("permitsAfterIssue:inspect.photosHint")}
            files={photos}
            onChange={setPhotos}
            max={MAX_PERMIT_PHOTOS}
            capture="environment"
            addLabel={t("permitsAfterIssue:inspect.addPhoto")}
            removeLabel={t("permitsAfterIssue:inspect.removePhoto")}
            tooManyKey={`permitsAfterIssue:errors.tooManyPhotos?max=${MAX_PERMIT_PHOTOS}`}
          />
          <CoordinatesField
            legend={t("permitsAfterIssue:inspect.location")}
            hint={t("permitsAfterIssue:inspect.locationHint")}
            labels={{ latitude: labels.latitude, longitude: labels.longitude, useMyLocation: t("permitsAfterIssue:inspect.useMyLocation"), locating: t("permitsAfterIssue:inspect.locating"), locationError: t("permitsAfterIssue:inspect.locationError") }}
            buttonIcon={<Icon name="map" className="size-4" />}
            onAccuracy={(m) => form.setValue("accuracyM", m === null ? "" : String(m), { shouldValidate: true, shouldDirty: true })}
          >
            <Field name="accuracyM" label={labels.accuracyM} dir="ltr" inputMode="decimal" autoComplete="off" />
          </CoordinatesField>
        </section>
        <SubmitButton className="w-full py-3 text-base" busyLabel={t("permitsAfterIssue:inspect.submitting")}>
          {t("permitsAfterIssue:inspect.submit")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
});
