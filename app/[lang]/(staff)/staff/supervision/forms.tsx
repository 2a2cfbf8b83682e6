"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CLAUSE_SET_CODES } from "@/lib/domain/offices/clause-set";
import { SERVICE_TYPES, WORKSHOP_TOPICS, ZAnswerFeedback, ZApproveAccreditation, ZRecordAttendance, ZRegisterAttendees, ZRejectAccreditation, ZScheduleWorkshop } from "@/lib/domain/offices/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { answerFeedbackAction, approveAccreditationAction, recordAttendanceAction, registerAttendeesAction, rejectAccreditationAction, scheduleWorkshopAction } from "./actions";

type Option = { id: string; name: string };
const fieldset = "space-y-2 rounded-lg border border-sand-200 p-4";
const legend = "px-1 text-sm font-semibold text-slate-800";
const checkRow = "flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-sand-50";

function FieldError({ message }: { message?: string }) {
  const { t } = useT();
  return message ? <p className="text-sm font-medium text-red-700">{translateMessage(t, message)}</p> : null;
}

export function ApproveForm({ requestId, municipalities, requested, serviceTypes, today, inTwoYears }: { requestId: string; municipalities: Option[]; requested: string[]; serviceTypes: string[]; today: string; inTwoYears: string }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZApproveAccreditation,
    defaultValues: { requestId, startsOn: today, endsOn: inTwoYears, municipalityIds: requested, serviceTypes: serviceTypes as never, maxMedianHours: "72" as never, maxSlaBreachPercent: "10" as never, maxReturnPercent: "25" as never, spotCheckPercent: "10" as never, clauseSet: "STANDARD" },
    action: approveAccreditationAction as never,
    onSuccess: (d) => {
      setDone((d as { contractNumber: string }).contractNumber);
      router.refresh();
    },
  });
  if (done) return <Alert tone="success" testId="form-success" title={t("supervision:accreditations.approved", { contract: done })} />;
  const e = form.formState.errors;
  const labels: Record<string, string> = {
    ...Object.fromEntries(["startsOn", "endsOn", "serviceTypes", "maxMedianHours", "maxSlaBreachPercent", "maxReturnPercent", "spotCheckPercent", "clauseSet"].map((k) => [k, t(`supervision:fields.${k}` as "supervision:fields.startsOn")])),
    municipalityIds: t("supervision:fields.municipalities"),
  };
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={e} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startsOn" type="date" label={labels.startsOn!} dir="ltr" />
          <Field name="endsOn" type="date" label={labels.endsOn!} dir="ltr" />
        </div>
        <fieldset className={fieldset}>
          <legend className={legend}>{labels.municipalityIds}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {municipalities.map((m) => (
              <label key={m.id} className={checkRow}><input type="checkbox" value={m.id} className="size-5" {...form.register("municipalityIds")} />{m.name}</label>
            ))}
          </div>
          <FieldError message={e.municipalityIds?.message as string | undefined} />
        </fieldset>
        <fieldset className={fieldset}>
          <legend className={legend}>{labels.serviceTypes}</legend>
          <div className="flex flex-wrap gap-2">
            {SERVICE_TYPES.map((s) => (
              <label key={s} className={checkRow}><input type="checkbox" value={s} className="size-5" {...form.register("serviceTypes")} />{t(`supervision:serviceTypes.${s}`)}</label>
            ))}
          </div>
          <FieldError message={e.serviceTypes?.message as string | undefined} />
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="maxMedianHours" inputMode="numeric" label={labels.maxMedianHours!} dir="ltr" />
          <Field name="maxSlaBreachPercent" inputMode="numeric" label={labels.maxSlaBreachPercent!} dir="ltr" />
          <Field name="maxReturnPercent" inputMode="numeric" label={labels.maxReturnPercent!} dir="ltr" />
          <Field name="spotCheckPercent" inputMode="numeric" label={labels.spotCheckPercent!} dir="ltr" />
        </div>
        <fieldset className={fieldset}>
          <legend className={legend}>{labels.clauseSet}</legend>
          {CLAUSE_SET_CODES.map((c) => (
            <label key={c} className={checkRow}><input type="radio" value={c} className="size-5" {...form.register("clauseSet")} />{t(`supervision:clauseSets.${c}`)}</label>
          ))}
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:accreditations.approve")}</Button>
      </form>
    </FormProvider>
  );
}

export function RejectForm({ requestId }: { requestId: string }) {
  const { t } = useT();
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({ schema: ZRejectAccreditation, defaultValues: { requestId, reason: "" }, action: rejectAccreditationAction as never, onSuccess: () => router.refresh() });
  const error = form.formState.errors.reason?.message as string | undefined;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("supervision:fields.reason") }} submitCount={form.formState.submitCount} />
        <label htmlFor="reject-reason" className="block text-sm font-semibold text-slate-800">{t("supervision:fields.reason")}</label>
        <p id="reject-reason-hint" className="text-xs text-slate-600">{t("supervision:hints.reason")}</p>
        <textarea id="reject-reason" rows={4} aria-describedby="reject-reason-hint" aria-invalid={error ? true : undefined} className={`w-full rounded-lg border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`} {...form.register("reason")} />
        <FieldError message={error} />
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>{t("supervision:accreditations.reject")}</Button>
      </form>
    </FormProvider>
  );
}

export function WorkshopForm() {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZScheduleWorkshop,
    defaultValues: { topic: "LICENSING_BASICS", titleAr: "", titleEn: "", startsAt: "", location: "", capacity: "30" as never },
    action: scheduleWorkshopAction as never,
    onSuccess: () => {
      setDone(true);
      form.reset();
      router.refresh();
    },
  });
  const labels = Object.fromEntries(["topic", "titleAr", "titleEn", "startsAt", "location", "capacity"].map((k) => [k, t(`supervision:fields.${k}` as "supervision:fields.topic")]));
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {done && <Alert tone="success" testId="form-success" title={t("supervision:workshops.scheduled")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="flex flex-col gap-1.5">
          <label htmlFor="ws-topic" className="text-sm font-semibold text-slate-800">{labels.topic}</label>
          <select id="ws-topic" className="min-h-11 rounded-lg border border-slate-300 bg-white px-3" {...form.register("topic")}>
            {WORKSHOP_TOPICS.map((w) => <option key={w} value={w}>{t(`supervision:topics.${w}`)}</option>)}
          </select>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="titleAr" label={labels.titleAr!} />
          <Field name="titleEn" label={labels.titleEn!} dir="ltr" />
          <Field name="startsAt" type="datetime-local" label={labels.startsAt!} dir="ltr" />
          <Field name="capacity" inputMode="numeric" label={labels.capacity!} dir="ltr" />
        </div>
        <Field name="location" label={labels.location!} />
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:workshops.schedule")}</Button>
      </form>
    </FormProvider>
  );
}

type Person = { id: string; name: string; role: string; office: string };

export function RegisterForm({ workshopId, candidates }: { workshopId: string; candidates: Person[] }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState<number | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRegisterAttendees,
    defaultValues: { workshopId, memberIds: [] },
    action: registerAttendeesAction as never,
    onSuccess: (d) => {
      setDone((d as { registered: number }).registered);
      form.reset({ workshopId, memberIds: [] });
      router.refresh();
    },
  });
  if (candidates.length === 0) {
    return (
      <div className="space-y-3">
        {done !== null && <Alert tone="success" testId="form-success" title={t("supervision:workshops.registeredOk", { n: done })} />}
        <p className="text-slate-600">{t("supervision:workshops.noneToRegister")}</p>
      </div>
    );
  }
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {done !== null && <Alert tone="success" testId="form-success" title={t("supervision:workshops.registeredOk", { n: done })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ memberIds: t("supervision:fields.members") }} submitCount={form.formState.submitCount} />
        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:workshops.registerTitle")}</legend>
          <div className="grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
            {candidates.map((c) => (
              <label key={c.id} className={checkRow}>
                <input type="checkbox" value={c.id} className="size-5" {...form.register("memberIds")} />
                <span className="flex flex-col">
                  <span className="font-semibold">{c.name}</span>
                  <span className="text-sm text-slate-600">{t(`supervision:roles.${c.role as "AGENT"}`)}</span>
                  <span className="text-xs text-slate-500">{c.office}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:workshops.register")}</Button>
      </form>
    </FormProvider>
  );
}

export function AttendanceForm({ workshopId, pending }: { workshopId: string; pending: Person[] }) {
  const { t } = useT();
  const router = useRouter();
  const [done, setDone] = useState<{ certified: number; absent: number } | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZRecordAttendance,
    defaultValues: { workshopId, attendedMemberIds: [] },
    action: recordAttendanceAction as never,
    onSuccess: (d) => {
      setDone(d as { certified: number; absent: number });
      router.refresh();
    },
  });
  if (pending.length === 0) return done ? <Alert tone="success" testId="form-success" title={t("supervision:workshops.attendanceSaved", { certified: done.certified, absent: done.absent })} /> : null;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        {done && <Alert tone="success" testId="form-success" title={t("supervision:workshops.attendanceSaved", { certified: done.certified, absent: done.absent })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ attendedMemberIds: t("supervision:fields.members") }} submitCount={form.formState.submitCount} />
        <fieldset className={fieldset}>
          <legend className={legend}>{t("supervision:workshops.attendanceTitle")}</legend>
          {pending.map((c) => (
            <label key={c.id} className={checkRow}>
              <input type="checkbox" value={c.id} className="size-5" {...form.register("attendedMemberIds")} />
              <span><span className="font-semibold">{c.name}</span> <span className="ms-2 text-sm text-slate-600">{c.office}</span></span>
            </label>
          ))}
        </fieldset>
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:workshops.saveAttendance")}</Button>
      </form>
    </FormProvider>
  );
}

export function AnswerForm({ feedbackId, number }: { feedbackId: string; number: string }) {
  const { t } = useT();
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({ schema: ZAnswerFeedback, defaultValues: { feedbackId, answer: "" }, action: answerFeedbackAction as never, onSuccess: () => router.refresh() });
  const error = form.formState.errors.answer?.message as string | undefined;
  const id = `answer-${number}`;
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ answer: t("supervision:fields.answer") }} submitCount={form.formState.submitCount} />
        <label htmlFor={id} className="block text-sm font-semibold text-slate-800">{t("supervision:feedback.answerTitle")} <bdi dir="ltr">{number}</bdi></label>
        <p id={`${id}-hint`} className="text-xs text-slate-600">{t("supervision:hints.answer")}</p>
        <textarea id={id} rows={3} aria-describedby={`${id}-hint`} aria-invalid={error ? true : undefined} className={`w-full rounded-lg border px-3 py-2 ${error ? "border-red-600" : "border-slate-300"}`} {...form.register("answer")} />
        <FieldError message={error} />
        <Button type="submit" disabled={form.formState.isSubmitting}>{t("supervision:feedback.sendAnswer")}</Button>
      </form>
    </FormProvider>
  );
}
