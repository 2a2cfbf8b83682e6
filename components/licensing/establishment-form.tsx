"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { WizardOptionsDTO } from "@/lib/domain/licensing/queries/citizen";
import { ZEstablishmentStep, type EstablishmentStepInput } from "@/lib/domain/licensing/schemas";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

type Initial = Partial<Record<keyof EstablishmentStepInput, string>>;

/** Wizard step 1. `locked`: a returned application keeps its activity and municipality (its office serves them). */
export function EstablishmentForm({ lang, options, initial, applicationId, locked, action }: { lang: Lang; options: WizardOptionsDTO; initial: Initial; applicationId?: string; locked: boolean; action: FormAction<{ applicationId: string }> }) {
  const { t } = useT();
  const router = useRouter();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZEstablishmentStep,
    defaultValues: {
      applicationId: applicationId ?? "",
      tradeNameAr: initial.tradeNameAr ?? "",
      tradeNameEn: initial.tradeNameEn ?? "",
      commercialRegNo: initial.commercialRegNo ?? "",
      activityId: initial.activityId ?? "",
      municipalityId: initial.municipalityId ?? "",
      districtId: initial.districtId ?? "",
      addressAr: initial.addressAr ?? "",
      latitude: initial.latitude ?? "",
      longitude: initial.longitude ?? "",
      areaM2: initial.areaM2 ?? "",
      signAreaM2: initial.signAreaM2 ?? "",
    },
    action: (values) => action(values),
    onSuccess: (data) => {
      if (data) router.push(`/${lang}/my/licenses/apply?id=${data.applicationId}&step=2`);
    },
  });

  const municipalityId = form.watch("municipalityId");
  const activityId = form.watch("activityId");
  const districts = options.municipalities.find((m) => m.id === municipalityId)?.districts ?? [];
  const activity = options.activities.find((a) => a.id === activityId);
  const groups = [...new Set(options.activities.map((a) => (localText(lang, a, "group"))))];

  const labels = {
    tradeNameAr: t("licensing:fields.tradeNameAr"),
    tradeNameEn: t("licensing:fields.tradeNameEn"),
    commercialRegNo: t("licensing:fields.commercialRegNo"),
    activityId: t("licensing:fields.activity"),
    municipalityId: t("licensing:fields.municipality"),
    districtId: t("licensing:fields.district"),
    addressAr: t("licensing:fields.address"),
    latitude: t("licensing:fields.latitude"),
    longitude: t("licensing:fields.longitude"),
    areaM2: t("licensing:fields.areaM2"),
    signAreaM2: t("licensing:fields.signAreaM2"),
    applicationId: t("licensing:fields.number"),
  };

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

  const selectError = (field: "activityId" | "municipalityId" | "districtId") => form.formState.errors[field]?.message as string | undefined;
  const selectClass = (field: "activityId" | "municipalityId" | "districtId") =>
    `min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base disabled:bg-sand-100 ${selectError(field) ? "border-red-600" : "border-slate-300"}`;
  const SelectError = ({ field }: { field: "activityId" | "municipalityId" | "districtId" }) => {
    const e = selectError(field);
    return e ? <p id={`${field}-error`} className="text-sm font-medium text-red-700">{translateMessage(t, e)}</p> : null;
  };
  const aria = (field: "activityId" | "municipalityId" | "districtId") => ({
    "aria-invalid": selectError(field) ? true : undefined,
    "aria-describedby": selectError(field) ? `${field}-error` : undefined,
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" data-testid="establishment-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:wizard.sections.identity")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="tradeNameAr" label={labels.tradeNameAr} autoComplete="organization" />
            <Field name="tradeNameEn" label={labels.tradeNameEn} hint={t("licensing:wizard.optional")} dir="ltr" autoComplete="off" />
          </div>
          <Field name="commercialRegNo" label={labels.commercialRegNo} hint={t("licensing:wizard.crHint")} dir="ltr" inputMode="numeric" autoComplete="off" maxLength={14} className="sm:max-w-xs" />
          <div className="flex flex-col gap-1.5">
            <label htmlFor={locked ? undefined : "activityId"} className="text-sm font-semibold text-slate-800">{labels.activityId}</label>
            {locked ? (
              <p id="activityId" className="min-h-11 rounded-lg border border-sand-200 bg-sand-100 px-3 py-2 text-base">{activity ? localName(lang, activity) : "—"}</p>
            ) : (
            <select id="activityId" className={selectClass("activityId")} {...aria("activityId")} {...form.register("activityId")}>
              <option value="">{t("licensing:wizard.chooseActivity")}</option>
              {groups.map((g) => (
                <optgroup key={g} label={g}>
                  {options.activities
                    .filter((a) => (localText(lang, a, "group")) === g)
                    .map((a) => (
                      <option key={a.id} value={a.id}>{localName(lang, a)}</option>
                    ))}
                </optgroup>
              ))}
            </select>
            )}
            <SelectError field="activityId" />
            {activity && (
              <p data-testid="activity-kind" className={`rounded-lg p-3 text-sm ${activity.requiresHealthLicense ? "bg-amber-50 text-amber-950" : "bg-sand-100 text-slate-800"}`}>
                {activity.requiresHealthLicense ? t("licensing:wizard.healthActivity") : t("licensing:wizard.commercialActivity")}
              </p>
            )}
          </div>
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:wizard.sections.location")}</legend>
          {locked && <p className="text-sm text-slate-600">{t("licensing:wizard.lockedHint")}</p>}
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="flex flex-col gap-1.5">
              <label htmlFor={locked ? undefined : "municipalityId"} className="text-sm font-semibold text-slate-800">{labels.municipalityId}</label>
              {locked ? (
                <p id="municipalityId" className="min-h-11 rounded-lg border border-sand-200 bg-sand-100 px-3 py-2 text-base">{localName(lang, options.municipalities.find((m) => m.id === municipalityId) ?? { nameAr: "—", nameEn: "—" })}</p>
              ) : (
              <select
                id="municipalityId"
                className={selectClass("municipalityId")}
                {...aria("municipalityId")}
                {...form.register("municipalityId", { onChange: () => form.setValue("districtId", "") })}
              >
                <option value="">{t("licensing:wizard.chooseMunicipality")}</option>
                {options.municipalities.map((m) => (
                  <option key={m.id} value={m.id}>{localName(lang, m)}</option>
                ))}
              </select>
              )}
              <SelectError field="municipalityId" />
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="districtId" className="text-sm font-semibold text-slate-800">{labels.districtId}</label>
              <select id="districtId" disabled={!municipalityId} className={selectClass("districtId")} {...aria("districtId")} {...form.register("districtId")}>
                <option value="">{t("licensing:wizard.chooseDistrict")}</option>
                {districts.map((d) => (
                  <option key={d.id} value={d.id}>{localName(lang, d)}</option>
                ))}
              </select>
              <SelectError field="districtId" />
            </div>
          </div>
          <Field name="addressAr" label={labels.addressAr} hint={t("licensing:wizard.addressHint")} autoComplete="street-address" />
          <div className="space-y-3 rounded-lg bg-sand-50 p-4">
            <p className="text-sm font-semibold text-slate-800">{t("licensing:wizard.coordinates")}</p>
            <p className="text-xs text-slate-600">{t("licensing:wizard.coordinatesHint")}</p>
            <Button type="button" variant="secondary" onClick={locate} disabled={locating}>
              {locating ? t("licensing:wizard.locating") : t("licensing:wizard.useMyLocation")}
            </Button>
            {locationError && <p className="text-sm text-amber-800" role="status">{t("licensing:wizard.locationError")}</p>}
            <div className="grid grid-cols-2 gap-3">
              <Field name="latitude" label={labels.latitude} dir="ltr" inputMode="decimal" autoComplete="off" placeholder="26.4207" />
              <Field name="longitude" label={labels.longitude} dir="ltr" inputMode="decimal" autoComplete="off" placeholder="50.0888" />
            </div>
          </div>
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:wizard.sections.size")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="areaM2" label={labels.areaM2} hint={t("licensing:wizard.areaHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
            <Field name="signAreaM2" label={labels.signAreaM2} hint={t("licensing:wizard.signHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
          </div>
        </fieldset>

        <div className="flex justify-end">
          <Button type="submit" disabled={form.formState.isSubmitting} className="min-w-48">
            {form.formState.isSubmitting ? t("licensing:wizard.saving") : t("licensing:wizard.saveAndContinue")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
