"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { FormProvider, useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FieldIdScope, useFieldId } from "@/components/forms/ids";
import { RadioGroup } from "@/components/forms/radio-group";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useAnnounce } from "@/components/forms/notice-slot";
import { useActionForm } from "@/components/forms/use-action-form";
import { CLAUSE_SET_CODES } from "@/lib/domain/offices/clause-set";
import { SERVICE_TYPES, WORKSHOP_TOPICS } from "@/lib/domain/offices/options";
import { translateMessage } from "@/lib/i18n/core";
import type { answerFeedbackAction, approveAccreditationAction, recordAttendanceAction, registerAttendeesAction, rejectAccreditationAction, scheduleWorkshopAction } from "./actions";
import { ActionNotice } from "@/components/forms/action-notice";
import supervisionMessages from "@/lib/i18n/bundles/supervision";
import { registerChoice } from "@/components/forms/register";

type Option = { id: string; name: string };
const fieldset = "space-y-2 rounded-lg border border-sand-200 p-4";
const legend = "px-1 text-sm font-bold text-slate-800";
const checkRow = "flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-sand-50";

/** A group of checkboxes (several values of one field): the fieldset carries the field's id, so the error summary's link lands on it. */
function CheckGroup({ name, legend: text, className, children }: { name: string; legend: string; className?: string; children: ReactNode }) {
  const { t } = useT(supervisionMessages);
  const { formState } = useFormContext();
  const id = useFieldId(name);
  const message = formState.errors[name]?.message as string | undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} className={fieldset}>
      <legend className={legend}>{text}</legend>
      <div className={className}>{children}</div>
      {message && <p id={`${id}-error`} className="text-sm font-bold text-red-700">{translateMessage(t, message)}</p>}
    </fieldset>
  );
}

export const ApproveForm = withT(function ApproveForm({ requestId, municipalities, requested, serviceTypes, today, inTwoYears, action }: { requestId: string; municipalities: Option[]; requested: string[]; serviceTypes: string[]; today: string; inTwoYears: string; action: typeof approveAccreditationAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZApproveAccreditation),
    defaultValues: { requestId, startsOn: today, endsOn: inTwoYears, municipalityIds: requested, serviceTypes: serviceTypes as never, maxMedianHours: "72" as never, maxSlaBreachPercent: "10" as never, maxReturnPercent: "25" as never, spotCheckPercent: "10" as never, clauseSet: "STANDARD" },
    action: action as never,
    // The decided request draws its outcome instead of both forms: the notice goes to the shell's slot (decision 052).
    onSuccess: (d) => {
      announce({ title: t("supervision:accreditations.approved", { contract: (d as { contractNumber: string }).contractNumber }), testId: "form-success" });
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const labels: Record<string, string> = {
    ...Object.fromEntries(["startsOn", "endsOn", "serviceTypes", "maxMedianHours", "maxSlaBreachPercent", "maxReturnPercent", "spotCheckPercent", "clauseSet"].map((k) => [k, t(`supervision:fields.${k}` as "supervision:fields.startsOn")])),
    municipalityIds: t("supervision:fields.municipalities"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        <ErrorSummary errors={e} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startsOn" type="date" label={labels.startsOn!} dir="ltr" />
          <Field name="endsOn" type="date" label={labels.endsOn!} dir="ltr" />
        </div>
        <CheckGroup name="municipalityIds" legend={labels.municipalityIds!} className="grid gap-1 sm:grid-cols-2">
          {municipalities.map((m) => (
            <label key={m.id} className={checkRow}><input type="checkbox" className="size-5" {...registerChoice(form, "municipalityIds", m.id)} />{m.name}</label>
          ))}
        </CheckGroup>
        <CheckGroup name="serviceTypes" legend={labels.serviceTypes!} className="flex flex-wrap gap-2">
          {SERVICE_TYPES.map((s) => (
            <label key={s} className={checkRow}><input type="checkbox" className="size-5" {...registerChoice(form, "serviceTypes", s)} />{t(`supervision:serviceTypes.${s}`)}</label>
          ))}
        </CheckGroup>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="maxMedianHours" inputMode="numeric" label={labels.maxMedianHours!} dir="ltr" />
          <Field name="maxSlaBreachPercent" inputMode="numeric" label={labels.maxSlaBreachPercent!} dir="ltr" />
          <Field name="maxReturnPercent" inputMode="numeric" label={labels.maxReturnPercent!} dir="ltr" />
          <Field name="spotCheckPercent" inputMode="numeric" label={labels.spotCheckPercent!} dir="ltr" />
        </div>
        <RadioGroup name="clauseSet" legend={labels.clauseSet!} options={CLAUSE_SET_CODES.map((c) => ({ value: c, label: t(`supervision:clauseSets.${c}`) }))} />
        <SubmitButton>{t("supervision:accreditations.approve")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const RejectForm = withT(function RejectForm({ requestId, action }: { requestId: string; action: typeof rejectAccreditationAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZRejectAccreditation),
    defaultValues: { requestId, reason: "" },
    action: action as never,
    onSuccess: () => {
      announce({ title: t("supervision:accreditations.rejected"), testId: "form-success" });
      router.refresh();
    },
  });
  return (
    // The approve form on the same page has its own fields; the reject form's ids are prefixed.
    <FieldIdScope prefix="reject">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: t("supervision:fields.reason") }} submitCount={form.formState.submitCount} />
          <TextArea name="reason" label={t("supervision:fields.reason")} hint={t("supervision:hints.reason")} rows={4} />
          <SubmitButton variant="danger">{t("supervision:accreditations.reject")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});

export const WorkshopForm = withT(function WorkshopForm({ action }: { action: typeof scheduleWorkshopAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZScheduleWorkshop),
    defaultValues: { topic: "LICENSING_BASICS", titleAr: "", titleEn: "", startsAt: "", location: "", capacity: "30" as never },
    action: action as never,
    onSuccess: () => {
      setDone(true);
      form.reset();
      router.refresh();
    },
  });
  const labels = Object.fromEntries(["topic", "titleAr", "titleEn", "startsAt", "location", "capacity"].map((k) => [k, t(`supervision:fields.${k}` as "supervision:fields.topic")]));
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
        {done && <ActionNotice testId="form-success" title={t("supervision:workshops.scheduled")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Select name="topic" label={labels.topic!} options={WORKSHOP_TOPICS.map((w) => ({ value: w, label: t(`supervision:topics.${w}`) }))} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="titleAr" label={labels.titleAr!} />
          <Field name="titleEn" label={labels.titleEn!} dir="ltr" />
          <Field name="startsAt" type="datetime-local" label={labels.startsAt!} dir="ltr" />
          <Field name="capacity" inputMode="numeric" label={labels.capacity!} dir="ltr" />
        </div>
        <Field name="location" label={labels.location!} />
        <SubmitButton>{t("supervision:workshops.schedule")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

type Person = { id: string; name: string; role: string; office: string };

export const RegisterForm = withT(function RegisterForm({ workshopId, candidates, action }: { workshopId: string; candidates: Person[]; action: typeof registerAttendeesAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [done, setDone] = useState<number | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZRegisterAttendees),
    defaultValues: { workshopId, memberIds: [] },
    action: action as never,
    onSuccess: (d) => {
      setDone((d as { registered: number }).registered);
      form.reset({ workshopId, memberIds: [] });
      router.refresh();
    },
  });
  if (candidates.length === 0) {
    return (
      <div className="space-y-3">
        {done !== null && <ActionNotice testId="form-success" title={t("supervision:workshops.registeredOk", { n: done })} />}
        <p className="text-slate-600">{t("supervision:workshops.noneToRegister")}</p>
      </div>
    );
  }
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
        {done !== null && <ActionNotice testId="form-success" title={t("supervision:workshops.registeredOk", { n: done })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ memberIds: t("supervision:fields.members") }} submitCount={form.formState.submitCount} />
        <CheckGroup name="memberIds" legend={t("supervision:workshops.registerTitle")} className="grid max-h-96 gap-1 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3">
            {candidates.map((c) => (
              <label key={c.id} className={checkRow}>
                <input type="checkbox" className="size-5" {...registerChoice(form, "memberIds", c.id)} />
                <span className="flex flex-col">
                  <span className="font-bold">{c.name}</span>
                  <span className="text-sm text-slate-600">{t(`supervision:roles.${c.role as "AGENT"}`)}</span>
                  <span className="text-xs text-slate-500">{c.office}</span>
                </span>
              </label>
            ))}
        </CheckGroup>
        <SubmitButton>{t("supervision:workshops.register")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const AttendanceForm = withT(function AttendanceForm({ workshopId, pending, action }: { workshopId: string; pending: Person[]; action: typeof recordAttendanceAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [done, setDone] = useState<{ certified: number; absent: number } | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZRecordAttendance),
    defaultValues: { workshopId, attendedMemberIds: [] },
    action: action as never,
    onSuccess: (d) => {
      setDone(d as { certified: number; absent: number });
      router.refresh();
    },
  });
  if (pending.length === 0) return done ? <ActionNotice testId="form-success" title={t("supervision:workshops.attendanceSaved", { certified: done.certified, absent: done.absent })} /> : null;
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
        {done && <ActionNotice testId="form-success" title={t("supervision:workshops.attendanceSaved", { certified: done.certified, absent: done.absent })} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ attendedMemberIds: t("supervision:fields.members") }} submitCount={form.formState.submitCount} />
        <CheckGroup name="attendedMemberIds" legend={t("supervision:workshops.attendanceTitle")}>
          {pending.map((c) => (
            <label key={c.id} className={checkRow}>
              <input type="checkbox" className="size-5" {...registerChoice(form, "attendedMemberIds", c.id)} />
              <span><span className="font-bold">{c.name}</span> <span className="ms-2 text-sm text-slate-600">{c.office}</span></span>
            </label>
          ))}
        </CheckGroup>
        <SubmitButton>{t("supervision:workshops.saveAttendance")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

export const AnswerForm = withT(function AnswerForm({ feedbackId, number, action }: { feedbackId: string; number: string; action: typeof answerFeedbackAction }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({ schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZAnswerFeedback), defaultValues: { feedbackId, answer: "" }, action: action as never, onSuccess: () => router.refresh() });
  return (
    // One answer form per feedback on the page: each form's ids are its own.
    <FieldIdScope prefix={`answer-${number}`}>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="mt-3 space-y-2">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ answer: t("supervision:fields.answer") }} submitCount={form.formState.submitCount} />
          {/* The number is isolated left-to-right inside the label (U+2066 … U+2069, as <bdi dir="ltr">). */}
          <TextArea name="answer" label={`${t("supervision:feedback.answerTitle")} \u2066${number}\u2069`} hint={t("supervision:hints.answer")} />
          <SubmitButton>{t("supervision:feedback.sendAnswer")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});
