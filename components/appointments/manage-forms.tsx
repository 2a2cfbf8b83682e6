"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldIdScope } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { SlotPicker, type SlotDay } from "@/components/appointments/slot-picker";
import { ActionNotice } from "@/components/forms/action-notice";
import appointmentsMessages from "@/lib/i18n/bundles/appointments";

export const RescheduleForm = withT(function RescheduleForm({ appointmentId, days, action }: { appointmentId: string; days: SlotDay[]; action: FormAction<unknown> }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZRescheduleAppointment),
    defaultValues: { appointmentId, slotId: "" },
    action: (v) => {
      setDone(false);
      return action(v);
    },
    onSuccess: () => {
      setDone(true);
      form.reset({ appointmentId, slotId: "" });
      router.refresh();
    },
  });
  return (
    <FieldIdScope prefix="reschedule">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" data-testid="reschedule-form">
          {done && <ActionNotice testId="form-success" title={t("appointments:detail.rescheduled")} />}
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ slotId: t("appointments:book.slot") }} submitCount={form.formState.submitCount} />
          <SlotPicker days={days} legend={t("appointments:book.slot")} />
          <SubmitButton>{t("appointments:detail.reschedule")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});

export const CancelForm = withT(function CancelForm({ appointmentId, action }: { appointmentId: string; action: FormAction<unknown> }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZCancelAppointment),
    defaultValues: { appointmentId },
    action,
    onSuccess: () => router.refresh(),
  });
  return (
    <FieldIdScope prefix="cancel">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={{}} submitCount={form.formState.submitCount} />
          <SubmitButton variant="danger">{t("appointments:detail.cancel")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});
