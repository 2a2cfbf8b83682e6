"use client";

import { useRouter } from "next/navigation";
import { useAnnounce } from "@/components/forms/notice-slot";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { SlotPicker, type SlotDay } from "@/components/appointments/slot-picker";
import appointmentsMessages from "@/lib/i18n/bundles/appointments";

/** The booking form: a time, the purpose, optionally one of the citizen's transactions. On success: the appointment's page. */
export const BookForm = withT(function BookForm({ lang, days, linkables, action }: { lang: string; days: SlotDay[]; linkables: { value: string; label: string }[]; action: FormAction<{ number: string }> }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZBookAppointment),
    defaultValues: { slotId: "", purpose: "", linked: "" },
    action,
    onSuccess: (data) => {
      if (!data?.number) return;
      // Said on the appointment's page, where this goes (the shell's slot keeps it across the navigation, once).
      const page = `/${lang}/my/appointments/${encodeURIComponent(data.number)}`;
      announce({ title: t("appointments:detail.booked"), testId: "booked-notice", onPath: page });
      router.push(page);
    },
  });
  const labels = { slotId: t("appointments:book.slot"), purpose: t("appointments:book.purpose"), linked: t("appointments:book.linked") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-6">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <SlotPicker days={days} legend={labels.slotId} />
        <TextArea name="purpose" label={labels.purpose} hint={t("appointments:book.purposeHint")} rows={3} />
        {linkables.length > 0 && <Select name="linked" label={labels.linked} placeholder={t("appointments:book.linkedNone")} options={linkables} />}
        <SubmitButton className="w-full sm:w-auto">{t("appointments:book.submit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
