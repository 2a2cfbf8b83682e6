"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormProvider, useFormContext } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { Checkbox } from "@/components/forms/checkbox";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { useFieldId } from "@/components/forms/ids";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { AUDIENCES, CATEGORIES, CHANNELS, type ServiceFormInput } from "@/lib/domain/catalogue/schemas";
import { translateMessage } from "@/lib/i18n/core";
import { ActionNotice } from "@/components/forms/action-notice";
import { useAnnounce } from "@/components/forms/notice-slot";
import catalogueMessages from "@/lib/i18n/bundles/catalogue";
import { registerChoice } from "@/components/forms/register";

const FIELD_NAMES = [
  "code", "category", "audience", "nameAr", "nameEn", "descriptionAr", "descriptionEn", "departmentAr", "departmentEn", "channels", "livePath", "requiresLogin",
  "requirementsAr", "requirementsEn", "documentsAr", "documentsEn", "stepsAr", "stepsEn", "feeRiyals", "feeAr", "feeEn", "durationAr", "durationEn",
] as const;

export const EMPTY_SERVICE: ServiceFormInput = {
  code: "", category: "TRANSACTIONAL", audience: "CITIZEN", nameAr: "", nameEn: "", descriptionAr: "", descriptionEn: "", departmentAr: "", departmentEn: "",
  channels: ["WEB"], livePath: "", requiresLogin: false, requirementsAr: "", requirementsEn: "", documentsAr: "", documentsEn: "", stepsAr: "", stepsEn: "",
  feeRiyals: "", feeAr: "", feeEn: "", durationAr: "", durationEn: "",
};

function Channels({ legend }: { legend: string }) {
  const { t } = useT(catalogueMessages);
  const form = useFormContext();
  const { formState } = form;
  const id = useFieldId("channels");
  const message = formState.errors.channels?.message as string | undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} className="space-y-1 rounded-lg border border-sand-200 p-3">
      <legend className="px-1 text-sm font-bold text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-3">
        {CHANNELS.map((c) => (
          <label key={c} className="flex min-h-11 items-center gap-2 rounded-lg px-2 hover:bg-sand-50"><input type="checkbox" className="size-5 accent-brand-600" {...registerChoice(form, "channels", c)} />{t(`catalogue:channels.${c}`)}</label>
        ))}
      </div>
      {message && <p id={`${id}-error`} className="text-sm font-bold text-red-700">{translateMessage(t, message)}</p>}
    </fieldset>
  );
}

/** The administrator's form for a new service or an edit (the same fields; the code is fixed once saved). */
export const ServiceForm = withT(function ServiceForm({ mode, initial, action, lang }: { mode: "create" | "edit"; initial: ServiceFormInput; action: FormAction<{ code: string }>; lang: string }) {
  const { t } = useT(catalogueMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/catalogue/schemas").then((m) => (mode === "create" ? m.ZCreateService : m.ZUpdateService)),
    defaultValues: initial,
    action: action as never,
    onSuccess: (d) => {
      if (mode === "create") {
        // Said on the new service's page, where this goes (the shell's slot keeps it across the navigation, once).
        const { code } = d as { code: string };
        const page = `/${lang}/staff/catalogue/${encodeURIComponent(code)}`;
        announce({ title: t("catalogue:admin.created", { code }), testId: "service-created", onPath: page });
        router.push(page);
      } else {
        setSaved(true);
        router.refresh();
      }
    },
  });
  const label = (k: (typeof FIELD_NAMES)[number]) => t(`catalogue:admin.fields.${k}`);
  const labels = Object.fromEntries(FIELD_NAMES.map((k) => [k, label(k)]));
  const lines = t("catalogue:admin.hints.lines");
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5" data-testid="service-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        {saved && <ActionNotice testId="form-success" title={t("catalogue:admin.saved")} />}
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="code" label={label("code")} hint={t("catalogue:admin.hints.code")} dir="ltr" readOnly={mode === "edit"} />
          <Select name="category" label={label("category")} options={CATEGORIES.map((c) => ({ value: c, label: t(`catalogue:categories.${c}.title`) }))} />
          <Select name="audience" label={label("audience")} options={AUDIENCES.map((a) => ({ value: a, label: t(`catalogue:audiences.${a}`) }))} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="nameAr" label={label("nameAr")} dir="rtl" />
          <Field name="nameEn" label={label("nameEn")} dir="ltr" />
          <TextArea name="descriptionAr" label={label("descriptionAr")} dir="rtl" rows={3} />
          <TextArea name="descriptionEn" label={label("descriptionEn")} dir="ltr" rows={3} />
          <Field name="departmentAr" label={label("departmentAr")} dir="rtl" />
          <Field name="departmentEn" label={label("departmentEn")} dir="ltr" />
        </div>
        <Channels legend={label("channels")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="livePath" label={label("livePath")} hint={t("catalogue:admin.hints.livePath")} dir="ltr" />
          <div className="sm:pt-7"><Checkbox name="requiresLogin" label={label("requiresLogin")} /></div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["requirements", "documents", "steps"] as const).flatMap((k) => [
            <TextArea key={`${k}Ar`} name={`${k}Ar`} label={label(`${k}Ar`)} hint={lines} dir="rtl" rows={5} />,
            <TextArea key={`${k}En`} name={`${k}En`} label={label(`${k}En`)} hint={lines} dir="ltr" rows={5} />,
          ])}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field name="feeRiyals" label={label("feeRiyals")} hint={t("catalogue:admin.hints.feeRiyals")} dir="ltr" inputMode="decimal" />
          <Field name="feeAr" label={label("feeAr")} dir="rtl" />
          <Field name="feeEn" label={label("feeEn")} dir="ltr" />
          <Field name="durationAr" label={label("durationAr")} dir="rtl" />
          <Field name="durationEn" label={label("durationEn")} dir="ltr" />
        </div>
        <SubmitButton data-testid="service-save">{mode === "create" ? t("catalogue:admin.create") : t("catalogue:admin.actions.edit")}</SubmitButton>
      </form>
    </FormProvider>
  );
});

/** Publish / retire: the buttons the DTO's actions allow (the workflow decides, the page does not). */
export const StatusActions = withT(function StatusActions({ code, actions, publish, retire }: { code: string; actions: string[]; publish: FormAction<{ status: string }>; retire: FormAction<{ status: string }> }) {
  const { t } = useT(catalogueMessages);
  const router = useRouter();
  const [pending, start] = useTransition();
  // Message KEYS are kept, and translated when rendered: a refusal's namespace may still be loading (decision 037).
  const [message, setMessage] = useState<{ tone: "success" | "error"; key: string } | null>(null);
  const run = (action: FormAction<{ status: string }>, ok: string) =>
    start(async () => {
      const r = await action({ code });
      setMessage(r.ok ? { tone: "success", key: ok } : { tone: "error", key: r.formError ?? "errors:INTERNAL" });
      router.refresh();
    });
  return (
    <div className="space-y-3">
      {message && <Alert tone={message.tone} testId="status-message" title={translateMessage(t, message.key)} />}
      <div className="flex flex-wrap gap-2">
        {actions.includes("publish") && <Button type="button" disabled={pending} onClick={() => run(publish, "catalogue:admin.published")} data-testid="service-publish">{t("catalogue:admin.actions.publish")}</Button>}
        {actions.includes("retire") && <Button type="button" variant="danger" disabled={pending} onClick={() => run(retire, "catalogue:admin.retired")} data-testid="service-retire">{t("catalogue:admin.actions.retire")}</Button>}
      </div>
    </div>
  );
});
