"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { STAFF_ROLES_ADDABLE } from "@/lib/domain/offices/options";
import { ActionNotice } from "@/components/forms/action-notice";
import supervisionMessages from "@/lib/i18n/bundles/supervision";

/** The office manager invites a staff member: an SMS link; they join when they accept with their own identity. */
export const AddMemberForm = withT(function AddMemberForm({ action }: { action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const { t } = useT(supervisionMessages);
  const router = useRouter();
  const [added, setAdded] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/offices/schemas").then((m) => m.ZAddMember),
    defaultValues: { nationalId: "", nameAr: "", nameEn: "", mobile: "", role: "" as never, qualificationNo: "" },
    action: action as never,
    onSuccess: () => {
      setAdded(true);
      form.reset();
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const role = form.watch("role") as string;
  const labels = {
    nationalId: t("supervision:fields.nationalId"),
    nameAr: t("supervision:apply.staffNameAr"),
    nameEn: t("supervision:apply.staffNameEn"),
    mobile: t("supervision:fields.mobile"),
    role: t("supervision:fields.role"),
    qualificationNo: t("supervision:fields.qualificationNo"),
  };
  const hint = role === "HEALTH_SPECIALIST" ? t("supervision:hints.qualificationHealth") : role === "TECH_INSPECTOR" ? t("supervision:hints.qualificationInspector") : t("supervision:hints.qualificationAgent");
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("supervision:team.addTitle")}>
        {added && <ActionNotice testId="form-success" title={t("supervision:team.invited")} />}
        <ErrorSummary errors={e} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <Select name="role" label={labels.role} placeholder={t("supervision:apply.chooseRole")} options={STAFF_ROLES_ADDABLE.map((r) => ({ value: r, label: t(`supervision:roles.${r}`) }))} />
        <Field name="nationalId" label={labels.nationalId} dir="ltr" inputMode="numeric" maxLength={10} />
        <Field name="nameAr" label={labels.nameAr} maxLength={120} />
        <Field name="nameEn" label={labels.nameEn} dir="ltr" maxLength={120} />
        <Field name="mobile" label={labels.mobile} dir="ltr" inputMode="tel" maxLength={14} />
        <Field name="qualificationNo" label={labels.qualificationNo} hint={hint} dir="ltr" maxLength={32} />
        <p className="text-xs text-slate-600">{t("supervision:team.inviteHint")}</p>
        <SubmitButton>{t("supervision:team.add")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
