"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { CoordinatesField } from "@/components/forms/coordinates-field";
import { DecisionForm } from "@/components/forms/decision-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FilePicker } from "@/components/forms/file-picker";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ActionNotice } from "@/components/forms/action-notice";
import { useAnnounce } from "@/components/forms/notice-slot";
import { z } from "@/lib/validation";
import { PDF_ONLY, type PermitDocumentPurpose } from "@/lib/domain/permits/documents";
import { MAX_FILES_PER_PURPOSE, PERMIT_CANCEL_GROUNDS, PERMIT_USES } from "@/lib/domain/permits/schemas";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";
import permitsMessages from "@/lib/i18n/bundles/permits";

type Named = { id: string; nameAr: string; nameEn: string };

/** The owner authorizes an engineering office (by its license number) for one parcel. */
export const AuthorizeForm = withT(function AuthorizeForm({ lang, municipalities, action }: { lang: Lang; municipalities: (Named & { districts: Named[] })[]; action: FormAction<{ authorizationId: string }> }) {
  const { t } = useT(permitsMessages);
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/schemas").then((m) => m.ZAuthorizeOffice),
    defaultValues: { officeLicenseNo: "", municipalityId: "", districtId: "", deedNo: "", planNo: "", parcelNo: "" },
    action: (v) => action(v),
    onSuccess: () => {
      setDone(true);
      form.reset();
      router.refresh();
    },
  });
  const municipalityId = form.watch("municipalityId");
  const districts = municipalities.find((m) => m.id === municipalityId)?.districts ?? [];
  const labels = {
    officeLicenseNo: t("permits:fields.officeLicenseNo"), municipalityId: t("permits:fields.municipality"), districtId: t("permits:fields.district"),
    deedNo: t("permits:fields.deedNo"), planNo: t("permits:fields.planNo"), parcelNo: t("permits:fields.parcelNo"),
  };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="authorize-form" aria-label={t("permits:ui.authorizeTitle")}>
        {done && <ActionNotice testId="authorize-done" title={t("permits:ui.authorized")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Field name="officeLicenseNo" label={labels.officeLicenseNo} hint={t("permits:ui.officeLicenseHint")} dir="ltr" autoComplete="off" className="sm:max-w-xs" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Select name="municipalityId" label={labels.municipalityId} placeholder={t("permits:ui.choose")} options={municipalities.map((m) => ({ value: m.id, label: localName(lang, m) }))} registerOptions={{ onChange: () => form.setValue("districtId", "") }} />
          <Select name="districtId" label={labels.districtId} placeholder={t("permits:ui.choose")} disabled={!municipalityId} options={districts.map((d) => ({ value: d.id, label: localName(lang, d) }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="deedNo" label={labels.deedNo} hint={t("permits:ui.deedHint")} dir="ltr" inputMode="numeric" autoComplete="off" />
          <Field name="planNo" label={labels.planNo} hint={t("permits:ui.planHint")} dir="ltr" autoComplete="off" />
          <Field name="parcelNo" label={labels.parcelNo} hint={t("permits:ui.parcelHint")} dir="ltr" autoComplete="off" />
        </div>
        <SubmitButton>{t("permits:ui.authorize")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

type KindOption = Named & { code: string; requiredDocuments: string[] };
type AuthOption = { id: string; planNo: string; parcelNo: string; owner: { nameAr: string }; district: { nameAr: string; nameEn: string } };

/** The office's permit form: the owner's parcel (an authorization), the kind, the building data, the map location and the documents. */
export const PermitForm = withT(function PermitForm(props: {
  lang: Lang;
  kinds: KindOption[];
  authorizations: AuthOption[];
  permitId?: string;
  initial: Record<string, string>;
  stored: { purpose: string | null; originalName: string }[];
  action: FormAction<{ permitId: string; number: string }>;
}) {
  const { lang, kinds, authorizations } = props;
  const { t } = useT(permitsMessages);
  const router = useRouter();
  const [files, setFiles] = useState<Record<string, File[]>>({});
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/schemas").then((m) => m.ZPermitForm),
    defaultValues: {
      permitId: props.permitId ?? "", authorizationId: props.initial.authorizationId ?? "", kindId: props.initial.kindId ?? "",
      latitude: props.initial.latitude ?? "", longitude: props.initial.longitude ?? "", landAreaM2: props.initial.landAreaM2 ?? "", floors: props.initial.floors ?? "",
      use: (props.initial.use ?? "") as never, builtUpAreaM2: props.initial.builtUpAreaM2 ?? "", setbackFrontM: props.initial.setbackFrontM ?? "", setbackRearM: props.initial.setbackRearM ?? "", setbackSideM: props.initial.setbackSideM ?? "",
    },
    action: (v) => props.action({ ...v, ...files }),
    onSuccess: (data) => {
      if (data) router.push(`/${lang}/office/permits/${data.permitId}`);
      router.refresh();
    },
  });
  const kindId = form.watch("kindId");
  const kind = kinds.find((k) => k.id === kindId);
  const labels: Record<string, string> = {
    authorizationId: t("permits:fields.authorization"), kindId: t("permits:fields.kind"), latitude: t("permits:fields.latitude"), longitude: t("permits:fields.longitude"),
    landAreaM2: t("permits:fields.landAreaM2"), floors: t("permits:fields.floors"), use: t("permits:fields.use"), builtUpAreaM2: t("permits:fields.builtUpAreaM2"),
    setbackFrontM: t("permits:fields.setbackFrontM"), setbackRearM: t("permits:fields.setbackRearM"), setbackSideM: t("permits:fields.setbackSideM"), permitId: t("permits:fields.number"),
    ...Object.fromEntries((kind?.requiredDocuments ?? []).map((d) => [d, t(`permits:documents.${d as PermitDocumentPurpose}`)])),
  };
  const locked = Boolean(props.permitId);
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" data-testid="permit-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("permits:ui.sections.parcel")}</legend>
          <Select name="authorizationId" label={labels.authorizationId!} placeholder={t("permits:ui.choose")}
            options={authorizations.filter((a) => !locked || a.id === props.initial.authorizationId).map((a) => ({ value: a.id, label: `${a.owner.nameAr} — ${localName(lang, a.district)} — ${t("permits:ui.planParcel", { plan: a.planNo, parcel: a.parcelNo })}` }))} />
          <Select name="kindId" label={labels.kindId!} placeholder={t("permits:ui.choose")} options={kinds.map((k) => ({ value: k.id, label: localName(lang, k) }))} />
          <CoordinatesField
            className="space-y-3 rounded-lg bg-sand-50 p-4"
            legend={t("permits:ui.location")}
            hint={t("permits:ui.locationHint")}
            labels={{ latitude: labels.latitude!, longitude: labels.longitude!, useMyLocation: t("permits:ui.useMyLocation"), locating: t("permits:ui.locating"), locationError: t("permits:ui.locationError") }}
            placeholders={{ latitude: "26.4207", longitude: "50.0888" }}
          />
        </fieldset>
        <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
          <legend className="px-1 text-base font-bold text-brand-900">{t("permits:ui.sections.building")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="landAreaM2" label={labels.landAreaM2!} dir="ltr" inputMode="numeric" autoComplete="off" />
            <Field name="builtUpAreaM2" label={labels.builtUpAreaM2!} dir="ltr" inputMode="numeric" autoComplete="off" />
            <Field name="floors" label={labels.floors!} dir="ltr" inputMode="numeric" autoComplete="off" />
            <Select name="use" label={labels.use!} placeholder={t("permits:ui.choose")} options={PERMIT_USES.map((u) => ({ value: u, label: t(`permits:uses.${u}`) }))} />
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            <Field name="setbackFrontM" label={labels.setbackFrontM!} dir="ltr" inputMode="decimal" autoComplete="off" />
            <Field name="setbackRearM" label={labels.setbackRearM!} dir="ltr" inputMode="decimal" autoComplete="off" />
            <Field name="setbackSideM" label={labels.setbackSideM!} dir="ltr" inputMode="decimal" autoComplete="off" />
          </div>
        </fieldset>
        {kind && (
          <fieldset className="space-y-4 rounded-xl border border-sand-200 bg-white p-5 shadow-sm">
            <legend className="px-1 text-base font-bold text-brand-900">{t("permits:ui.sections.documents")}</legend>
            <p className="text-sm text-slate-600">{t("permits:ui.documentsHint")}</p>
            <div className="grid gap-4 md:grid-cols-2">
              {kind.requiredDocuments.map((d) => {
                const purpose = d as PermitDocumentPurpose;
                const stored = props.stored.filter((s) => s.purpose === d);
                const pdf = PDF_ONLY.has(purpose);
                return (
                  <div key={d} className="min-w-0 rounded-lg border border-sand-200 p-3" data-testid={`doc-${d}`}>
                    <FilePicker
                      name={d}
                      legend={labels[d]!}
                      hint={stored.length ? t("permits:ui.storedFiles", { names: stored.map((s) => s.originalName).join("، ") }) : pdf ? t("permits:ui.pdfOnly") : t("permits:ui.pdfOrImage")}
                      files={files[d] ?? []}
                      onChange={(f) => setFiles((x) => ({ ...x, [d]: f }))}
                      max={MAX_FILES_PER_PURPOSE}
                      kind="document"
                      accept={pdf ? "application/pdf" : "application/pdf,image/jpeg,image/png,image/webp"}
                      types={pdf ? ["application/pdf"] : ["application/pdf", "image/jpeg", "image/png", "image/webp"]}
                      addLabel={t("permits:ui.addFile")}
                      removeLabel={t("permits:ui.removeFile")}
                      tooManyKey={`permits:errors.tooManyFiles?max=${MAX_FILES_PER_PURPOSE}`}
                      icon="license"
                      testIds={{ input: `file-${d}`, list: `files-${d}`, item: `file-item-${d}`, error: `file-error-${d}` }}
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
        )}
        <div className="flex justify-end">
          <SubmitButton className="min-w-48" data-testid="save-permit">{t("permits:ui.save")}</SubmitButton>
        </div>
      </form>
    </FormProvider>
  );
});

/**
 * One step on a permit that needs nothing but a confirmation (submit, issue, withdraw): the version the page showed
 * goes with it. The page draws the step only while it is possible, so its outcome is said in the page's notice slot,
 * which outlives the step's section (components/forms/notice-slot.tsx).
 */
export const StepButton = withT(function StepButton({ permitId, version, label, done, doneSigning, action, tone = "primary", testId }: {
  permitId: string;
  version: number;
  label: string;
  done: string;
  /** The signatory's issue where building permits are signed along a chain: the action answers `signing: true`. */
  doneSigning?: string;
  action: FormAction;
  tone?: "primary" | "secondary" | "danger";
  testId?: string;
}) {
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/schemas").then((m) => m.ZPermitStep),
    defaultValues: { permitId, version },
    action: (v) => action(v),
    onSuccess: (data) => {
      const signing = doneSigning && (data as { signing?: boolean } | undefined)?.signing === true;
      announce({ title: signing ? doneSigning : done, testId: "step-done" });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ permitId: label, version: label }} submitCount={form.formState.submitCount} />
        <SubmitButton variant={tone} data-testid={testId}>{label}</SubmitButton>
      </form>
    </FormProvider>
  );
});

const ZDecision = z.object({
  permitId: z.string(),
  version: z.coerce.number().int(),
  decision: z.enum(["accept", "transfer", "return", "reject"], { error: "permits:errors.chooseDecision" }),
  toDepartmentId: z.string().max(40).optional().default(""),
  notes: z.string().max(2000).optional().default(""),
});

/** A department's decision: accept, transfer (department, notes, attachments), return to the office (reasons) or reject. */
export const ReviewDecision = withT(function ReviewDecision({ lang, permitId, version, events, departments, currentDepartmentId, action }: { lang: Lang; permitId: string; version: number; events: string[]; departments: Named[]; currentDepartmentId: string | null; action: FormAction }) {
  const { t } = useT(permitsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const [attachments, setAttachments] = useState<File[]>([]);
  return (
    <DecisionForm
      schema={ZDecision}
      defaultValues={{ permitId, version, decision: undefined as never, toDepartmentId: "", notes: "" }}
      action={(v) => action({ ...v, attachments })}
      options={events.filter((e) => ["accept", "transfer", "return", "reject"].includes(e)).map((e) => ({ value: e, label: t(`permits:ui.decide.${e as "accept"}`) }))}
      labels={{ decision: t("permits:ui.decision"), note: t("permits:fields.notes"), submit: t("permits:ui.record"), toDepartmentId: t("permits:fields.toDepartment"), attachments: t("permits:fields.attachments") }}
      noteName="notes"
      noteHint={t("permits:ui.notesHint")}
      columns={2}
      extra={(d) =>
        d === "transfer" ? (
          <div className="space-y-4">
            <Select name="toDepartmentId" label={t("permits:fields.toDepartment")} placeholder={t("permits:ui.choose")} options={departments.filter((x) => x.id !== currentDepartmentId).map((x) => ({ value: x.id, label: localName(lang, x) }))} />
            <FilePicker name="attachments" legend={t("permits:fields.attachments")} files={attachments} onChange={setAttachments} max={MAX_FILES_PER_PURPOSE} kind="document" accept="application/pdf,image/jpeg,image/png,image/webp" types={["application/pdf", "image/jpeg", "image/png", "image/webp"]} addLabel={t("permits:ui.addFile")} removeLabel={t("permits:ui.removeFile")} tooManyKey={`permits:errors.tooManyFiles?max=${MAX_FILES_PER_PURPOSE}`} icon="license" testIds={{ input: "file-attachments" }} />
          </div>
        ) : null
      }
      success={() => {
        // The permit leaves this department: the decision form goes with it, the notice stays in the page's slot.
        announce({ title: t("permits:ui.recorded"), testId: "form-success" });
        router.refresh();
        return null;
      }}
    />
  );
});

/** The owner moves a permit of a suspended office to another engineering office. */
export const ReassignForm = withT(function ReassignForm({ permitId, version, action }: { permitId: string; version: number; action: FormAction }) {
  const { t } = useT(permitsMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/schemas").then((m) => m.ZReassignPermit),
    defaultValues: { permitId, version, officeLicenseNo: "" },
    action: (v) => action(v),
    onSuccess: () => router.refresh(),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid="reassign-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ officeLicenseNo: t("permits:fields.officeLicenseNo") }} submitCount={form.formState.submitCount} />
        <Field name="officeLicenseNo" label={t("permits:fields.officeLicenseNo")} dir="ltr" autoComplete="off" className="sm:max-w-xs" />
        <SubmitButton>{t("permits:ui.reassign")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

/** The signatory cancels an issued permit: a ground (one of four) and the reasons the owner reads. */
export const CancelPermitForm = withT(function CancelPermitForm({ permitId, version, action, ground }: { permitId: string; version: number; action: FormAction; ground?: (typeof PERMIT_CANCEL_GROUNDS)[number] }) {
  const { t } = useT(permitsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  return (
    <DecisionForm
      schema={() => import("@/lib/domain/permits/schemas").then((m) => m.ZCancelPermit)}
      defaultValues={{ permitId, version, ground: ground ?? (undefined as never), reason: "" }}
      action={(v) => action(v)}
      options={PERMIT_CANCEL_GROUNDS.map((g) => ({ value: g, label: t(`permits:cancel.grounds.${g}`) }))}
      labels={{ decision: t("permits:cancel.ground"), note: t("permits:cancel.reason"), submit: t("permits:cancel.submit"), ground: t("permits:cancel.ground"), reason: t("permits:cancel.reason") }}
      decisionName="ground"
      noteName="reason"
      noteHint={t("permits:cancel.reasonHint")}
      noteMaxLength={2000}
      columns={2}
      idPrefix="cancel-"
      ariaLabel={t("permits:cancel.title")}
      submitVariant="danger"
      success={() => {
        announce({ title: t("permits:cancel.done"), testId: "form-success" });
        router.refresh();
        return null;
      }}
    />
  );
});

/**
 * A step on a permit that needs reasons and nothing else: the owner's cancellation request, the signatory's
 * declining of it (schema ZRequestPermitCancel: permit, version, reasons of ten characters at least).
 */
export const PermitReasonForm = withT(function PermitReasonForm({ permitId, version, action, label, hint, submit, done, testId }: { permitId: string; version: number; action: FormAction; label: string; hint?: string; submit: string; done: string; testId: string }) {
  const router = useRouter();
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/permits/schemas").then((m) => m.ZRequestPermitCancel),
    defaultValues: { permitId, version, reason: "" },
    action: (v) => action(v),
    onSuccess: () => {
      // The answered request's form goes away with the new state; the notice stays in the page's slot.
      announce({ title: done, testId: `${testId}-done` });
      router.refresh();
    },
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" data-testid={testId}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ reason: label, permitId: label, version: label }} submitCount={form.formState.submitCount} />
        <TextArea name="reason" label={label} hint={hint} rows={3} maxLength={2000} />
        <SubmitButton variant="secondary">{submit}</SubmitButton>
      </form>
    </FormProvider>
  );
});
