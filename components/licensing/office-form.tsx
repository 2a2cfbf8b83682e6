"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ButtonLink } from "@/components/ui/button";
import type { EligibleOffice } from "@/lib/domain/licensing/office-assignment";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import licensingMessages from "@/lib/i18n/bundles/licensing";
import { registerChoice } from "@/components/forms/register";

/** Wizard step 3: one of the eligible offices (with its current load), or the automatic choice. */
export const OfficeForm = withT(function OfficeForm({ lang, applicationId, offices, current, action }: { lang: Lang; applicationId: string; offices: EligibleOffice[]; current: string; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZOfficeChoiceStep),
    defaultValues: { applicationId, officeId: current },
    action: (values) => action(values),
    onSuccess: () => router.push(`/${lang}/my/licenses/apply?id=${applicationId}&step=4`),
  });
  const error = form.formState.errors.officeId?.message as string | undefined;
  const option = (value: string, title: string, hint: string, testId: string) => (
    <label key={value} className="flex cursor-pointer items-start gap-3 rounded-lg border border-sand-200 bg-white p-4 hover:border-brand-600 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
      <input type="radio" className="mt-1 size-5 accent-brand-600" data-testid={testId} {...registerChoice(form, "officeId", value)} aria-describedby={error ? "officeId-error" : undefined} />
      <span>
        <span className="block font-bold text-brand-900">{title}</span>
        <span className="block text-sm text-slate-600">{hint}</span>
      </span>
    </label>
  );
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" data-testid="office-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ officeId: t("licensing:fields.office"), applicationId: t("licensing:fields.number") }} submitCount={form.formState.submitCount} />
        <fieldset className="space-y-3 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("licensing:fields.office")}</legend>
          <p className="text-sm text-slate-600">{t("licensing:wizard.officeIntro")}</p>
          {offices.length === 0 ? (
            <p className="rounded-lg bg-amber-50 p-4 text-sm text-amber-950" role="status">{t("licensing:wizard.noOffices")}</p>
          ) : (
            <div className="space-y-3">
              {option("auto", t("licensing:wizard.officeAuto"), t("licensing:wizard.officeAutoHint"), "office-auto")}
              {offices.map((o) => option(o.id, localName(lang, o), t("licensing:wizard.officeLoad", { count: o.openApplications }), `office-${o.code}`))}
            </div>
          )}
          {error && <p id="officeId-error" className="text-sm font-bold text-red-700">{translateMessage(t, error)}</p>}
        </fieldset>
        <div className="flex flex-wrap justify-between gap-3">
          <ButtonLink variant="ghost" href={`/${lang}/my/licenses/apply?id=${applicationId}&step=2`}>{t("licensing:wizard.back")}</ButtonLink>
          <SubmitButton className="min-w-48" disabled={offices.length === 0} busyLabel={t("licensing:wizard.saving")}>
            {t("licensing:wizard.saveAndContinue")}
          </SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
});
