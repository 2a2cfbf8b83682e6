"use client";

import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import { TENDER_ACTIVITIES } from "@/lib/domain/tenders/activities";
import tendersMessages from "@/lib/i18n/bundles/tenders";
import { registerChoice } from "@/components/forms/register";

/** The activities a person follows (checkboxes): saving replaces the whole set. */
export const SubscriptionsForm = withT(function SubscriptionsForm({ current, action }: { current: string[]; action: (input: unknown) => Promise<ActionResult<{ activities: string[] }>> }) {
  const { t } = useT(tendersMessages);
  const [saved, setSaved] = useState<number | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => m.ZSubscribe),
    defaultValues: { activities: current.filter((a): a is (typeof TENDER_ACTIVITIES)[number] => (TENDER_ACTIVITIES as readonly string[]).includes(a)) },
    action,
    onSuccess: (data) => setSaved(data?.activities.length ?? 0),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("tenders:my.subscriptions")}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ activities: t("tenders:my.subscriptions") }} submitCount={form.formState.submitCount} />
        <fieldset>
          <legend className="sr-only">{t("tenders:my.subscriptions")}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {TENDER_ACTIVITIES.map((a) => (
              <label key={a} className="flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-sand-50">
                <input type="checkbox" id={`activity-${a}`} className="size-5 shrink-0 accent-brand-600" {...registerChoice(form, "activities", a, { onChange: () => setSaved(null) })} />
                <span className="text-sm">{t(`tenders:activities.${a}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {saved !== null && <Alert tone="success" testId="subscriptions-saved" title={t("tenders:my.saved", { count: saved })} />}
        <SubmitButton>{t("tenders:my.save")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
