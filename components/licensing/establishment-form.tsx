"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { Field } from "@/components/forms/field";
import { useFieldId } from "@/components/forms/ids";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import type { WizardOptionsDTO } from "@/lib/domain/licensing/queries/citizen";
import type { EstablishmentStepInput } from "@/lib/domain/licensing/schemas";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";
import licensingMessages from "@/lib/i18n/bundles/licensing";

type Initial = Partial<Record<keyof EstablishmentStepInput, string>>;

/** Wizard step 1. `locked`: a returned application keeps its activity and municipality (its office serves them). */
export const EstablishmentForm = withT(function EstablishmentForm({ lang, options, initial, applicationId, locked, action }: { lang: Lang; options: WizardOptionsDTO; initial: Initial; applicationId?: string; locked: boolean; action: FormAction<{ applicationId: string }> }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZEstablishmentStep),
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

  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" data-testid="establishment-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />

        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:wizard.sections.identity")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="tradeNameAr" label={labels.tradeNameAr} autoComplete="organization" />
            <Field name="tradeNameEn" label={labels.tradeNameEn} hint={t("licensing:wizard.optional")} dir="ltr" autoComplete="off" />
          </div>
          <Field name="commercialRegNo" label={labels.commercialRegNo} hint={t("licensing:wizard.crHint")} dir="ltr" inputMode="numeric" autoComplete="off" maxLength={14} className="sm:max-w-xs" />
          <div className="flex flex-col gap-1.5">
            {locked ? (
              <LockedValue name="activityId" label={labels.activityId} value={activity ? localName(lang, activity) : "—"} />
            ) : (
              <Select name="activityId" label={labels.activityId} placeholder={t("licensing:wizard.chooseActivity")}>
                {groups.map((g) => (
                  <optgroup key={g} label={g}>
                    {options.activities
                      .filter((a) => localText(lang, a, "group") === g)
                      .map((a) => (
                        <option key={a.id} value={a.id}>{localName(lang, a)}</option>
                      ))}
                  </optgroup>
                ))}
              </Select>
            )}
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
            {locked ? (
              <LockedValue name="municipalityId" label={labels.municipalityId} value={localName(lang, options.municipalities.find((m) => m.id === municipalityId) ?? { nameAr: "—", nameEn: "—" })} />
            ) : (
              <Select
                name="municipalityId"
                label={labels.municipalityId}
                placeholder={t("licensing:wizard.chooseMunicipality")}
                options={options.municipalities.map((m) => ({ value: m.id, label: localName(lang, m) }))}
                registerOptions={{ onChange: () => form.setValue("districtId", "") }}
              />
            )}
            <Select
              name="districtId"
              label={labels.districtId}
              placeholder={t("licensing:wizard.chooseDistrict")}
              disabled={!municipalityId}
              options={districts.map((d) => ({ value: d.id, label: localName(lang, d) }))}
            />
          </div>
          <Field name="addressAr" label={labels.addressAr} hint={t("licensing:wizard.addressHint")} autoComplete="street-address" />
          <CoordinatesField
            className="space-y-3 rounded-lg bg-sand-50 p-4"
            legend={t("licensing:wizard.coordinates")}
            hint={t("licensing:wizard.coordinatesHint")}
            labels={{
              latitude: labels.latitude,
              longitude: labels.longitude,
              useMyLocation: t("licensing:wizard.useMyLocation"),
              locating: t("licensing:wizard.locating"),
              locationError: t("licensing:wizard.locationError"),
            }}
            placeholders={{ latitude: "26.4207", longitude: "50.0888" }}
          />
        </fieldset>

        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:wizard.sections.size")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="areaM2" label={labels.areaM2} hint={t("licensing:wizard.areaHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
            <Field name="signAreaM2" label={labels.signAreaM2} hint={t("licensing:wizard.signHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
          </div>
        </fieldset>

        <div className="flex justify-end">
          <SubmitButton className="min-w-48" busyLabel={t("licensing:wizard.saving")}>
            {t("licensing:wizard.saveAndContinue")}
          </SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
});

/** A choice that cannot change any more (a returned application keeps it), shown with its label. */
function LockedValue({ name, label, value }: { name: string; label: string; value: string }) {
  const id = useFieldId(name);
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-sm font-bold text-slate-800">{label}</p>
      <p id={id} className="min-h-11 rounded-lg border border-sand-200 bg-sand-100 px-3 py-2 text-base">{value}</p>
    </div>
  );
}
