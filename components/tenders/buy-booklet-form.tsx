"use client";

import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useAnnounce } from "@/components/forms/notice-slot";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import tendersMessages from "@/lib/i18n/bundles/tenders";

type Bought = { billNumber: string; totalHalalas: number; purchaseId: string };

/** Buys a tender's booklet: for oneself, or for one of one's establishments (the bill is then in its CR's name). */
export const BuyBookletForm = withT(function BuyBookletForm({ tenderId, establishments, action }: { tenderId: string; establishments: { crNumber: string; name: string }[]; action: (input: unknown) => Promise<ActionResult<Bought>> }) {
  const { t } = useT(tendersMessages);
  const announce = useAnnounce();
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => m.ZBuyBooklet),
    defaultValues: { tenderId, crNumber: "" },
    action,
    // The page re-renders with the purchase in place of this form: the bill is said in the section's notice slot.
    onSuccess: (data) => {
      if (data) announce({ title: t("tenders:detail.boughtSuccess", { billNumber: data.billNumber }), testId: "booklet-bought" });
    },
  });
  const labels = { crNumber: t("tenders:detail.buyFor"), tenderId: t("tenders:detail.buyTitle") };
  return (
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("tenders:detail.buyTitle")}>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
        {establishments.length > 0 && (
          <RadioGroup name="crNumber" legend={labels.crNumber} options={[{ value: "", label: t("tenders:detail.buySelf") }, ...establishments.map((e) => ({ value: e.crNumber, label: <span>{e.name} <bdi dir="ltr" className="tabular-nums text-slate-500">{e.crNumber}</bdi></span> }))]} />
        )}
        <SubmitButton busyLabel={t("tenders:detail.buying")}>{t("tenders:detail.buyButton")}</SubmitButton>
      </form>
    </FormProvider>
  );
});
