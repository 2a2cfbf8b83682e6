"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Select, type SelectOption } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { CHAIN_STEP_FIELDS } from "@/lib/domain/signatures/schemas";
import signaturesMessages from "@/lib/i18n/bundles/signatures";

/**
 * The signing chain of one document type in one municipality (lib/domain/signatures/commands/chains.ts): one
 * select per step, in signing order; the later ones left empty make a shorter chain.
 */
export const ChainForm = withT(function ChainForm({ action, municipalityId, documentType, title, positions, current, cancelHref }: {
  action: FormAction<{ changed: boolean }>;
  municipalityId: string;
  documentType: string;
  title: string;
  positions: SelectOption[];
  /** The chain's positions now, in order. */
  current: string[];
  cancelHref: string;
}) {
  const { t } = useT(signaturesMessages);
  const router = useRouter();
  const [saved, setSaved] = useState<"saved" | "unchanged" | null>(null);
  const defaults = Object.fromEntries(CHAIN_STEP_FIELDS.map((f, i) => [f, current[i] ?? ""])) as Record<(typeof CHAIN_STEP_FIELDS)[number], string>;
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/signatures/schemas").then((m) => m.ZSetChain),
    defaultValues: { municipalityId, documentType, ...defaults },
    action: action as never,
    onSuccess: (data) => {
      setSaved((data as { changed?: boolean } | undefined)?.changed === false ? "unchanged" : "saved");
      router.refresh();
    },
  });
  const labels = Object.fromEntries(CHAIN_STEP_FIELDS.map((f, i) => [f, t("signatures:chains.stepN", { n: i + 1 })]));
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={title} data-testid="chain-form">
        {saved && <Alert tone="success" testId="chain-saved" title={t(saved === "saved" ? "signatures:chains.saved" : "signatures:chains.unchanged")} />}
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        <p className="text-sm text-slate-600">{t("signatures:chains.stepHint")}</p>
        <ol className="grid gap-4 sm:grid-cols-2">
          {CHAIN_STEP_FIELDS.map((f) => (
            <li key={f}>
              <Select name={f} label={labels[f]!} placeholder="—" options={positions} />
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap gap-3">
          <SubmitButton className="min-h-11">{t("signatures:chains.save")}</SubmitButton>
          <ButtonLink variant="secondary" href={cancelHref}>{t("signatures:chains.back")}</ButtonLink>
        </div>
      </form>
    </FormProvider>
  );
});
