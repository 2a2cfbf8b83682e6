"use client";

import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { translateMessage } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";
import licensingMessages from "@/lib/i18n/bundles/licensing";
import { registerCheck } from "@/components/forms/register";

/** Wizard step 4: the declaration and the submission (the summary and fee are rendered by the page). */
export const SubmitForm = withT(function SubmitForm({ lang, applicationId, action }: { lang: Lang; applicationId: string; action: FormAction }) {
  const { t } = useT(licensingMessages);
  const router = useRouter();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/schemas").then((m) => m.ZSubmitApplication),
    defaultValues: { applicationId, confirm: false as unknown as true },
    action: (values) => action(values),
    onSuccess: () => router.push(`/${lang}/my/licenses/applications/${applicationId}?submitted=1`),
  });
  const error = form.formState.errors.confirm?.message as string | undefined;
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" data-testid="submit-form">
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ confirm: t("licensing:fields.confirm"), applicationId: t("licensing:fields.number") }} submitCount={form.formState.submitCount} />
        <label className="flex items-start gap-3 rounded-lg border border-sand-200 bg-white p-4">
          <input type="checkbox" className="mt-1 size-5 accent-brand-600" aria-invalid={error ? true : undefined} aria-describedby={error ? "confirm-error" : undefined} {...registerCheck(form, "confirm")} />
          <span className="text-sm text-slate-800">{t("licensing:wizard.confirm")}</span>
        </label>
        {error && <p id="confirm-error" className="text-sm font-bold text-red-700">{translateMessage(t, error)}</p>}
        <SubmitButton className="w-full py-3 text-base sm:w-auto sm:min-w-64" busyLabel={t("licensing:wizard.submitting")}>
          {t("licensing:wizard.submit")}
        </SubmitButton>
      </form>
    </FormProvider>
  );
});
