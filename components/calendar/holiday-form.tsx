"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { Lang } from "@/lib/i18n/settings";
import appointmentsMessages from "@/lib/i18n/bundles/appointments";

type Holiday = { code: string; nameAr: string; nameEn: string; startDate: string; endDate: string };

/**
 * Adds a holiday, or edits one (`initial` set: its code stays). Dates are Riyadh dates, both ends included. After a
 * save the page's list is refreshed; a new holiday's form is emptied for the next one, an edit goes back to adding.
 */
export const HolidayForm = withT(function HolidayForm({ lang, action, initial, cancelHref }: { lang: Lang; action: FormAction<{ id: string }>; initial?: Holiday; cancelHref: string }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const editing = !!initial;
  const [saved, setSaved] = useState(false);
  const empty = { code: "", nameAr: "", nameEn: "", startDate: "", endDate: "", isNew: true };
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZSaveHoliday),
    defaultValues: initial ? { ...initial, isNew: false } : empty,
    action: (values) => action(values),
    onSuccess: () => {
      setSaved(true);
      if (editing) router.push(cancelHref);
      else form.reset(empty);
      router.refresh();
    },
  });
  const labels = { code: t("appointments:holidays.code"), nameAr: t("appointments:holidays.nameAr"), nameEn: t("appointments:holidays.nameEn"), startDate: t("appointments:holidays.startDate"), endDate: t("appointments:holidays.endDate") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" aria-label={editing ? t("appointments:holidays.editTitle", { name: lang === "ar" ? initial.nameAr : initial.nameEn }) : t("appointments:holidays.addTitle")} onChange={() => saved && setSaved(false)}>
        {saved && !editing && <Alert tone="success" testId="holiday-saved" title={t("appointments:holidays.saved")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="grid gap-5 md:grid-cols-2">
          <Field name="nameAr" label={labels.nameAr} dir="rtl" autoComplete="off" />
          <Field name="nameEn" label={labels.nameEn} dir="ltr" autoComplete="off" />
          <Field name="startDate" type="date" label={labels.startDate} hint={t("appointments:holidays.datesHint")} dir="ltr" />
          <Field name="endDate" type="date" label={labels.endDate} hint={t("appointments:holidays.datesHint")} dir="ltr" />
          <Field name="code" label={labels.code} hint={t("appointments:holidays.codeHint")} dir="ltr" autoComplete="off" readOnly={editing} spellCheck={false} />
        </div>
        <div className="flex flex-wrap gap-3">
          <SubmitButton busyLabel={t("appointments:holidays.saving")}>{editing ? t("appointments:holidays.save") : t("appointments:holidays.add")}</SubmitButton>
          {editing && <ButtonLink variant="secondary" href={cancelHref}>{t("appointments:holidays.cancelEdit")}</ButtonLink>}
        </div>
      </form>
    </FormProvider>
  );
});
