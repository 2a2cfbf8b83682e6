"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FilePicker } from "@/components/forms/file-picker";
import { useAnnounce } from "@/components/forms/notice-slot";
import { FieldIdScope } from "@/components/forms/ids";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import type { assignAction, mergeAction, noteAction, referAction, rejectAction, resolveAction, updateAction } from "./actions";
import complaintsStaffMessages from "@/lib/i18n/bundles/complaintsStaff";

type Option = { id: string; label: string };
const toOptions = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));


/**
 * After a successful action: the page re-renders with the new state and the shell's notice slot says so
 * (decision 052) — a closed complaint draws no action form, so the notice cannot live in the form that ran it.
 */
function useDone() {
  const router = useRouter();
  const announce = useAnnounce();
  const { t } = useT(complaintsStaffMessages);
  return () => {
    announce({ title: t("complaintsStaff:detail.done"), testId: "action-done" });
    router.refresh();
  };
}

function Section({ title, children, open = false, testId, tone = "default" }: { title: string; children: ReactNode; open?: boolean; testId: string; tone?: "default" | "danger" }) {
  return (
    <details open={open} data-testid={testId} className={`group rounded-xl border bg-white shadow-sm ${tone === "danger" ? "border-red-200" : "border-sand-200"}`}>
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 px-5 py-3 font-bold text-brand-900 marker:hidden">
        {title}
        <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-180">▾</span>
      </summary>
      <div className="border-t border-sand-100 px-5 pb-5 pt-4"><FieldIdScope prefix={testId}>{children}</FieldIdScope></div>
    </details>
  );
}

export const AssignForm = withT(function AssignForm({ complaintId, members, action }: { complaintId: string; members: { id: string; label: string }[]; action: typeof assignAction }) {
  const { t } = useT(complaintsStaffMessages);
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => m.ZAssignComplaint), defaultValues: { complaintId, memberId: "" }, action, onSuccess: () => done() });
  const labels = { memberId: t("complaintsStaff:actions.assign.employee"), complaintId: t("complaintsStaff:actions.assign.title") };
  return (
    <Section title={t("complaintsStaff:actions.assign.title")} open testId="action-assign">
      {members.length === 0 ? (
        <p className="text-sm text-slate-600">{t("complaintsStaff:actions.assign.none")}</p>
      ) : (
        <FormProvider {...form}>
          <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
            <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
            <Select name="memberId" label={labels.memberId} options={toOptions(members)} placeholder={t("complaintsStaff:actions.assign.choose")} />
            <SubmitButton busyLabel={t("complaintsStaff:actions.submitting")}>{t("complaintsStaff:actions.assign.submit")}</SubmitButton>
          </form>
        </FormProvider>
      )}
    </Section>
  );
});

export const ReferForm = withT(function ReferForm({ complaintId, departments, municipalities, lang, action }: { complaintId: string; departments: Option[]; municipalities: Option[]; lang: Lang; action: typeof referAction }) {
  const { t } = useT(complaintsStaffMessages);
  const router = useRouter();
  const done = useDone();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => m.ZReferComplaint),
    defaultValues: { complaintId, departmentId: "", municipalityId: "", reason: "" },
    action,
    onSuccess: (data) => {
      if (data && !data.stillVisible) {
        // Out of the officer's scope now: this page would answer "not found". The queue says where it went.
        const queue = `/${lang}/staff/complaints`;
        announce({ title: t("complaintsStaff:detail.referredAway"), testId: "referred-away", onPath: queue });
        router.push(queue);
      } else done();
    },
  });
  const labels = { departmentId: t("complaintsStaff:actions.refer.department"), municipalityId: t("complaintsStaff:actions.refer.municipality"), reason: t("complaintsStaff:actions.refer.reason"), complaintId: t("complaintsStaff:actions.refer.title") };
  return (
    <Section title={t("complaintsStaff:actions.refer.title")} testId="action-refer">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Select name="departmentId" label={labels.departmentId} options={toOptions(departments)} placeholder={t("complaintsStaff:actions.refer.keep")} />
          <Select name="municipalityId" label={labels.municipalityId} options={toOptions(municipalities)} placeholder={t("complaintsStaff:actions.refer.keep")} />
          <TextArea name="reason" label={labels.reason} hint={t("complaintsStaff:actions.refer.reasonHint")} />
          <SubmitButton variant="secondary" busyLabel={t("complaintsStaff:actions.submitting")}>{t("complaintsStaff:actions.refer.submit")}</SubmitButton>
        </form>
      </FormProvider>
    </Section>
  );
});

/** Internal note or public update: one text, two very different audiences. */
function TextActionForm({ complaintId, kind, action }: { complaintId: string; kind: "note" | "update"; action: typeof noteAction | typeof updateAction }) {
  const { t } = useT(complaintsStaffMessages);
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => (kind === "note" ? m.ZAddInternalNote : m.ZPostPublicUpdate)),
    defaultValues: { complaintId, body: "" },
    action: action as (v: { complaintId: string; body: string }) => Promise<ActionResult<unknown>>,
    onSuccess: () => {
      form.reset({ complaintId, body: "" });
      done();
    },
  });
  const labels = { body: t(`complaintsStaff:actions.${kind}.body`), complaintId: t(`complaintsStaff:actions.${kind}.title`) };
  return (
    <Section title={t(`complaintsStaff:actions.${kind}.title`)} open={kind === "update"} testId={`action-${kind}`}>
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="body" label={labels.body} hint={t(`complaintsStaff:actions.${kind}.hint`)} />
          <SubmitButton variant={kind === "note" ? "secondary" : "primary"} busyLabel={t("complaintsStaff:actions.submitting")}>
            {t(`complaintsStaff:actions.${kind}.submit`)}
          </SubmitButton>
        </form>
      </FormProvider>
    </Section>
  );
}

export const NoteForm = withT(function NoteForm({ complaintId, action }: { complaintId: string; action: typeof noteAction }) {
  return <TextActionForm complaintId={complaintId} kind="note" action={action} />;
});

export const UpdateForm = withT(function UpdateForm({ complaintId, action }: { complaintId: string; action: typeof updateAction }) {
  return <TextActionForm complaintId={complaintId} kind="update" action={action} />;
});

export const ResolveForm = withT(function ResolveForm({ complaintId, action }: { complaintId: string; action: typeof resolveAction }) {
  const { t } = useT(complaintsStaffMessages);
  const done = useDone();
  const [photos, setPhotos] = useState<File[]>([]);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => m.ZResolveComplaintForm),
    defaultValues: { complaintId, note: "" },
    action: (values) => action({ ...values, photos }),
    onSuccess: () => done(),
  });
  const labels = { note: t("complaintsStaff:actions.resolve.note"), photos: t("complaintsStaff:actions.resolve.photo"), complaintId: t("complaintsStaff:actions.resolve.title") };

  return (
    <Section title={t("complaintsStaff:actions.resolve.title")} open testId="action-resolve">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="note" label={labels.note} hint={t("complaintsStaff:actions.resolve.hint")} />
          <FilePicker
            name="photos"
            legend={labels.photos}
            files={photos}
            onChange={setPhotos}
            max={1}
            addLabel={t("complaintsStaff:actions.resolve.addPhoto")}
            removeLabel={t("complaintsStaff:actions.resolve.removePhoto")}
            tooManyKey="complaintsStaff:errors.onePhoto"
            testIds={{ input: "resolution-photo-input", item: "resolution-photo" }}
          />
          <SubmitButton busyLabel={t("complaintsStaff:actions.submitting")}>{t("complaintsStaff:actions.resolve.submit")}</SubmitButton>
        </form>
      </FormProvider>
    </Section>
  );
});

export const RejectForm = withT(function RejectForm({ complaintId, action }: { complaintId: string; action: typeof rejectAction }) {
  const { t } = useT(complaintsStaffMessages);
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => m.ZRejectComplaint), defaultValues: { complaintId, reason: "" }, action, onSuccess: () => done() });
  const labels = { reason: t("complaintsStaff:actions.reject.reason"), complaintId: t("complaintsStaff:actions.reject.title") };
  return (
    <Section title={t("complaintsStaff:actions.reject.title")} testId="action-reject" tone="danger">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <TextArea name="reason" label={labels.reason} hint={t("complaintsStaff:actions.reject.hint")} />
          <SubmitButton variant="danger" busyLabel={t("complaintsStaff:actions.submitting")}>{t("complaintsStaff:actions.reject.submit")}</SubmitButton>
        </form>
      </FormProvider>
    </Section>
  );
});

/** One button per likely duplicate: merge THIS complaint into it. */
export const MergeButton = withT(function MergeButton({ complaintId, intoId, label, action }: { complaintId: string; intoId: string; label: string; action: typeof mergeAction }) {
  const { t } = useT(complaintsStaffMessages);
  const done = useDone();
  const { form, onSubmit, formError } = useActionForm({ schema: () => import("@/lib/domain/complaints/staff-schemas").then((m) => m.ZMergeComplaint), defaultValues: { complaintId, intoId }, action, onSuccess: () => done() });
  const error = formError ?? (form.formState.errors.intoId?.message as string | undefined);
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate>
        <SubmitButton variant="secondary" className="w-full">{label}</SubmitButton>
        {error && <p role="alert" className="mt-1 text-sm font-bold text-red-700">{translateMessage(t, error)}</p>}
      </form>
    </FormProvider>
  );
});
