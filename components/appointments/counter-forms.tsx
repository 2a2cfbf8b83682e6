"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FieldIdScope } from "@/components/forms/ids";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { localName } from "@/lib/kernel/locale";
import appointmentsMessages from "@/lib/i18n/bundles/appointments";

/** The counter's check-in: a scanner types the QR code's text into the field and presses Enter; a person may type it. */
export const CheckInForm = withT(function CheckInForm({ lang, action }: { lang: "ar" | "en"; action: FormAction<{ number: string; nameAr: string; nameEn: string }> }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZCheckIn),
    defaultValues: { token: "" },
    action: (v) => {
      setDone(null);
      return action(v);
    },
    onSuccess: (data) => {
      if (data) setDone(t("appointments:counter.checkedIn", { name: localName(lang, data), number: data.number }));
      form.reset({ token: "" });
      router.refresh();
    },
  });
  return (
    <FieldIdScope prefix="checkin">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          {done && <Alert tone="success" testId="checkin-success" title={done} />}
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ token: t("appointments:counter.token") }} submitCount={form.formState.submitCount} />
          <Field name="token" label={t("appointments:counter.token")} dir="ltr" autoComplete="off" autoFocus />
          <SubmitButton>{t("appointments:counter.checkIn")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});

export const NoShowButton = withT(function NoShowButton({ appointmentId, label, action }: { appointmentId: string; label: string; action: FormAction<unknown> }) {
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({ schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZNoShow), defaultValues: { appointmentId }, action, onSuccess: () => router.refresh() });
  return (
    <FieldIdScope prefix={`noshow-${appointmentId}`}>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate>
          {formError && <p className="mb-1 text-sm text-red-700" role="alert">{formError}</p>}
          <SubmitButton variant="secondary" className="min-h-11">{label}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});

export const PublishForm = withT(function PublishForm({ services, today, action }: { services: { value: string; label: string }[]; today: string; action: FormAction<{ created: number }> }) {
  const { t } = useT(appointmentsMessages);
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/appointments/schemas").then((m) => m.ZPublishSlots),
    defaultValues: { serviceId: services.length === 1 ? services[0]!.value : "", from: today, days: 14 },
    action: (v) => {
      setDone(null);
      return action(v);
    },
    onSuccess: (data) => {
      setDone(t("appointments:counter.published", { count: data?.created ?? 0 }));
      router.refresh();
    },
  });
  const labels = { serviceId: t("appointments:counter.service_"), from: t("appointments:counter.from"), days: t("appointments:counter.days") };
  return (
    <FieldIdScope prefix="publish">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          {done && <Alert tone="success" testId="publish-success" title={done} />}
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Select name="serviceId" label={labels.serviceId} placeholder={t("appointments:counter.chooseService")} options={services} />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="from" label={labels.from} type="date" dir="ltr" />
            <Field name="days" label={labels.days} type="number" inputMode="numeric" min={1} max={60} dir="ltr" />
          </div>
          <SubmitButton>{t("appointments:counter.publish")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});
