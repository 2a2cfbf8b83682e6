"use client";

import { usePathname, useRouter } from "next/navigation";
import { useId, useRef, useState, type ReactNode } from "react";
import { FormProvider, useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n-provider";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import type { ActionResult } from "@/lib/action-result";
import { MAX_BYTES } from "@/lib/domain/files/validate-upload";
import {
  ZAddInternalNote,
  ZAssignComplaint,
  ZMergeComplaint,
  ZPostPublicUpdate,
  ZReferComplaint,
  ZRejectComplaint,
  ZResolveComplaintForm,
} from "@/lib/domain/complaints/staff-schemas";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import { assignAction, mergeAction, noteAction, referAction, rejectAction, resolveAction, updateAction } from "./actions";

type Option = { id: string; label: string };

/** A textarea registered in the surrounding form, with its label, hint and localized error. */
function TextArea({ name, label, hint, rows = 3 }: { name: string; label: string; hint?: string; rows?: number }) {
  const { register, formState } = useFormContext();
  const { t } = useT();
  const id = useId();
  const error = formState.errors[name]?.message as string | undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <textarea
        id={id}
        rows={rows}
        dir="auto"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={`w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-slate-300"}`}
        {...register(name)}
      />
      {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
    </div>
  );
}

function Select({ name, label, options, placeholder }: { name: string; label: string; options: Option[]; placeholder: string }) {
  const { register, formState } = useFormContext();
  const { t } = useT();
  const id = useId();
  const error = formState.errors[name]?.message as string | undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">{label}</label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={`min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base ${error ? "border-red-600" : "border-slate-300"}`}
        {...register(name)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>{o.label}</option>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
    </div>
  );
}

/** After a successful action: the page re-renders with the new state and says so. */
function useDone() {
  const router = useRouter();
  const pathname = usePathname();
  return (what: string) => router.replace(`${pathname}?done=${what}`, { scroll: false });
}

function Section({ title, children, open = false, testId, tone = "default" }: { title: string; children: ReactNode; open?: boolean; testId: string; tone?: "default" | "danger" }) {
  return (
    <details open={open} data-testid={testId} className={`group rounded-xl border bg-white shadow-sm ${tone === "danger" ? "border-red-200" : "border-sand-200"}`}>
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-5 py-3 font-bold text-brand-900 marker:hidden">
        {title}
        <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-180">▾</span>
      </summary>
      <div className="border-t border-sand-100 px-5 pb-5 pt-4">{children}</div>
    </details>
  );
}

export function AssignForm({ complaintId, members }: { complaintId: string; members: { id: string; label: string }[] }) {
  const { t } = useT();
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: ZAssignComplaint, defaultValues: { complaintId, memberId: "" }, action: assignAction, onSuccess: () => done("assign") });
  const labels = { memberId: t("complaintsStaff:actions.assign.employee"), complaintId: t("complaintsStaff:actions.assign.title") };
  return (
    <Section title={t("complaintsStaff:actions.assign.title")} open testId="action-assign">
      {members.length === 0 ? (
        <p className="text-sm text-slate-600">{t("complaintsStaff:actions.assign.none")}</p>
      ) : (
        <FormProvider {...form}>
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
            <Select name="memberId" label={labels.memberId} options={members} placeholder={t("complaintsStaff:actions.assign.choose")} />
            <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaintsStaff:actions.submitting") : t("complaintsStaff:actions.assign.submit")}</Button>
          </form>
        </FormProvider>
      )}
    </Section>
  );
}

export function ReferForm({ complaintId, departments, municipalities, lang }: { complaintId: string; departments: Option[]; municipalities: Option[]; lang: Lang }) {
  const { t } = useT();
  const router = useRouter();
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({
    schema: ZReferComplaint,
    defaultValues: { complaintId, departmentId: "", municipalityId: "", reason: "" },
    action: referAction,
    onSuccess: (data) => {
      if (data && !data.stillVisible) router.push(`/${lang}/staff/complaints?referred=1`);
      else done("refer");
    },
  });
  const labels = { departmentId: t("complaintsStaff:actions.refer.department"), municipalityId: t("complaintsStaff:actions.refer.municipality"), reason: t("complaintsStaff:actions.refer.reason"), complaintId: t("complaintsStaff:actions.refer.title") };
  return (
    <Section title={t("complaintsStaff:actions.refer.title")} testId="action-refer">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Select name="departmentId" label={labels.departmentId} options={departments} placeholder={t("complaintsStaff:actions.refer.keep")} />
          <Select name="municipalityId" label={labels.municipalityId} options={municipalities} placeholder={t("complaintsStaff:actions.refer.keep")} />
          <TextArea name="reason" label={labels.reason} hint={t("complaintsStaff:actions.refer.reasonHint")} />
          <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaintsStaff:actions.submitting") : t("complaintsStaff:actions.refer.submit")}</Button>
        </form>
      </FormProvider>
    </Section>
  );
}

/** Internal note or public update: one text, two very different audiences. */
function TextActionForm({ complaintId, kind }: { complaintId: string; kind: "note" | "update" }) {
  const { t } = useT();
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({
    schema: kind === "note" ? ZAddInternalNote : ZPostPublicUpdate,
    defaultValues: { complaintId, body: "" },
    action: (kind === "note" ? noteAction : updateAction) as (v: { complaintId: string; body: string }) => Promise<ActionResult<unknown>>,
    onSuccess: () => {
      form.reset({ complaintId, body: "" });
      done(kind);
    },
  });
  const labels = { body: t(`complaintsStaff:actions.${kind}.body`), complaintId: t(`complaintsStaff:actions.${kind}.title`) };
  return (
    <Section title={t(`complaintsStaff:actions.${kind}.title`)} open={kind === "update"} testId={`action-${kind}`}>
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="body" label={labels.body} hint={t(`complaintsStaff:actions.${kind}.hint`)} />
          <Button type="submit" variant={kind === "note" ? "secondary" : "primary"} disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("complaintsStaff:actions.submitting") : t(`complaintsStaff:actions.${kind}.submit`)}
          </Button>
        </form>
      </FormProvider>
    </Section>
  );
}

export function NoteForm({ complaintId }: { complaintId: string }) {
  return <TextActionForm complaintId={complaintId} kind="note" />;
}

export function UpdateForm({ complaintId }: { complaintId: string }) {
  return <TextActionForm complaintId={complaintId} kind="update" />;
}

export function ResolveForm({ complaintId }: { complaintId: string }) {
  const { t } = useT();
  const done = useDone();
  const [photo, setPhoto] = useState<File | null>(null);
  const [photoError, setPhotoError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: ZResolveComplaintForm,
    defaultValues: { complaintId, note: "" },
    action: (values) => resolveAction({ ...values, photos: photo ? [photo] : [] }),
    onSuccess: () => done("resolve"),
  });
  const serverPhotoError = form.formState.errors.photos?.message as string | undefined;
  const shownPhotoError = photoError ?? serverPhotoError;
  const labels = { note: t("complaintsStaff:actions.resolve.note"), photos: t("complaintsStaff:actions.resolve.photo"), complaintId: t("complaintsStaff:actions.resolve.title") };

  function choose(list: FileList | null) {
    setPhotoError(undefined);
    form.clearErrors("photos" as never);
    const file = list?.[0];
    if (input.current) input.current.value = "";
    if (!file) return;
    if (!file.type.startsWith("image/")) return setPhotoError("validation:fileTypePhoto");
    if (file.size > MAX_BYTES.photo) return setPhotoError(`validation:fileTooLarge?maxMb=${MAX_BYTES.photo / 1024 / 1024}`);
    setPhoto(file);
  }

  return (
    <Section title={t("complaintsStaff:actions.resolve.title")} open testId="action-resolve">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="note" label={labels.note} hint={t("complaintsStaff:actions.resolve.hint")} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-semibold text-slate-800">{labels.photos}</legend>
            {photo ? (
              <div className="flex items-center justify-between gap-2 rounded-lg border border-sand-200 bg-sand-50 px-3 py-2 text-sm" data-testid="resolution-photo">
                <span className="min-w-0 truncate" dir="auto">{photo.name}</span>
                <button type="button" onClick={() => setPhoto(null)} className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-red-700 hover:bg-red-50">
                  {t("complaintsStaff:actions.resolve.removePhoto")}
                </button>
              </div>
            ) : (
              <label className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand-600/50 bg-brand-50/50 px-4 py-3 font-semibold text-brand-700 hover:bg-brand-50 focus-within:outline-2 focus-within:outline-brand-600">
                <Icon name="camera" />
                {t("complaintsStaff:actions.resolve.addPhoto")}
                <input ref={input} type="file" accept="image/*" data-testid="resolution-photo-input" className="sr-only" onChange={(e) => choose(e.currentTarget.files)} />
              </label>
            )}
            {shownPhotoError && <p className="text-sm font-medium text-red-700" data-testid="photo-error">{translateMessage(t, shownPhotoError)}</p>}
          </fieldset>
          <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaintsStaff:actions.submitting") : t("complaintsStaff:actions.resolve.submit")}</Button>
        </form>
      </FormProvider>
    </Section>
  );
}

export function RejectForm({ complaintId }: { complaintId: string }) {
  const { t } = useT();
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: ZRejectComplaint, defaultValues: { complaintId, reason: "" }, action: rejectAction, onSuccess: () => done("reject") });
  const labels = { reason: t("complaintsStaff:actions.reject.reason"), complaintId: t("complaintsStaff:actions.reject.title") };
  return (
    <Section title={t("complaintsStaff:actions.reject.title")} testId="action-reject" tone="danger">
      <FormProvider {...form}>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="reason" label={labels.reason} hint={t("complaintsStaff:actions.reject.hint")} />
          <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? t("complaintsStaff:actions.submitting") : t("complaintsStaff:actions.reject.submit")}</Button>
        </form>
      </FormProvider>
    </Section>
  );
}

/** One button per likely duplicate: merge THIS complaint into it. */
export function MergeButton({ complaintId, intoId, label }: { complaintId: string; intoId: string; label: string }) {
  const { t } = useT();
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: ZMergeComplaint, defaultValues: { complaintId, intoId }, action: mergeAction, onSuccess: () => done("merge") });
  const error = formError ?? (form.formState.errors.intoId?.message as string | undefined);
  return (
    <form onSubmit={onSubmit} noValidate>
      <Button type="submit" variant="secondary" className="w-full" disabled={form.formState.isSubmitting}>{label}</Button>
      {error && <p role="alert" className="mt-1 text-sm font-medium text-red-700">{translateMessage(t, error)}</p>}
    </form>
  );
}
