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
import insightsMessages from "@/lib/i18n/bundles/insights";
import { registerChoice } from "@/components/forms/register";

export type SubscriptionRow = { scopeKey: string; name: string; weekly: boolean; monthly: boolean };
const PERIODS = ["WEEKLY", "MONTHLY"] as const;

/** The periodic reports a leader receives: a weekly and a monthly checkbox per scope; saving replaces the set. */
export const InsightSubscriptionsForm = withT(function InsightSubscriptionsForm({ rows, action }: { rows: SubscriptionRow[]; action: (input: unknown) => Promise<ActionResult<{ count: number }>> }) {
  const { t } = useT(insightsMessages);
  const [saved, setSaved] = useState<number | null>(null);
  const current = rows.flatMap((r) => [...(r.weekly ? [`WEEKLY:${r.scopeKey}`] : []), ...(r.monthly ? [`MONTHLY:${r.scopeKey}`] : [])]);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/insights/schemas").then((m) => m.ZInsightSubscriptions),
    defaultValues: { items: current },
    action,
    onSuccess: (data) => setSaved(data?.count ?? 0),
  });
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("insights:subscriptions.title")}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ items: t("insights:subscriptions.title") }} submitCount={form.formState.submitCount} />
        <ul className="divide-y divide-sand-200 rounded-xl border border-sand-200 bg-white">
          {rows.map((r) => (
            <li key={r.scopeKey} className="p-4">
              <fieldset>
                <legend className="mb-2 font-bold text-slate-900">{r.name}</legend>
                <div className="flex flex-wrap gap-x-6 gap-y-1">
                  {PERIODS.map((p) => (
                    <label key={p} className="flex min-h-11 items-center gap-3 rounded-lg px-2 hover:bg-sand-50">
                      <input
                        type="checkbox"
                        className="size-5 shrink-0 accent-brand-600"
                        aria-label={t("insights:subscriptions.itemLabel", { kind: t(`insights:reports.kind.${p}`), scope: r.name })}
                        {...registerChoice(form, "items", `${p}:${r.scopeKey}`, { onChange: () => setSaved(null) })}
                      />
                      <span className="text-sm">{t(`insights:subscriptions.period.${p}`)}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          ))}
        </ul>
        {saved !== null && <Alert tone="success" testId="subscriptions-saved" title={t("insights:subscriptions.saved", { count: saved })} />}
        <SubmitButton>{t("insights:subscriptions.save")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
