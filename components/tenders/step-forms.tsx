"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { DecisionForm } from "@/components/forms/decision-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { FieldIdScope } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionNotice } from "@/components/forms/action-notice";
import { useAnnounce } from "@/components/forms/notice-slot";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import type { StaffStep, TenderState } from "@/lib/domain/tenders/workflow";
import tendersMessages from "@/lib/i18n/bundles/tenders";

type StepDone = { status: TenderState; notified: number };

/** The steps the DTO offers (open, close, cancel) as one decision form; the page refreshes after. */
export const StepForm = withT(function StepForm({ id, auction = false, steps, action }: { id: string; auction?: boolean; steps: StaffStep[]; action: (input: unknown) => Promise<ActionResult<StepDone>> }) {
  const { t } = useT(tendersMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const stepKey = auction ? "tenders:staff.auctionStep" : "tenders:staff.step";
  const statusKey = auction ? "tenders:auctionStatus" : "tenders:status";
  const common = {
    options: steps.map((s) => ({ value: s, label: t(`${stepKey}.${s as "open"}`) })),
    labels: { decision: t("tenders:staff.stepLabel"), note: t("tenders:staff.stepNote"), submit: t("tenders:staff.stepSubmit"), event: t("tenders:staff.stepLabel") },
    decisionName: "event",
    noteRows: 2,
    idPrefix: "step",
    ariaLabel: t("tenders:staff.steps"),
    success: (d: StepDone | undefined) => {
      // Said in the page's notice slot: a cancelled tender has no step left, and the form is not drawn again.
      if (d) announce({ title: `${t("tenders:staff.stepDone", { status: t(`${statusKey}.${d.status}`) })}${d.notified ? ` ${t("tenders:staff.notified", { count: d.notified })}` : ""}`, testId: "form-success" });
      router.refresh();
      return null;
    },
  };
  return auction ? (
    <DecisionForm schema={() => import("@/lib/domain/tenders/schemas").then((m) => m.ZAuctionStep)} defaultValues={{ auctionId: id, event: undefined as never, note: "" }} action={action} {...common} />
  ) : (
    <DecisionForm schema={() => import("@/lib/domain/tenders/schemas").then((m) => m.ZTenderStep)} defaultValues={{ tenderId: id, event: undefined as never, note: "" }} action={action} {...common} />
  );
});

/**
 * Records the award of a closed tender. The page keeps rendering it once the tender is awarded (`awarded`), so
 * the success notice survives the refresh that follows the action instead of vanishing with the form.
 */
export const AwardTenderForm = withT(function AwardTenderForm({ tenderId, awarded, action }: { tenderId: string; awarded: boolean; action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const { t } = useT(tendersMessages);
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => m.ZAwardTender),
    defaultValues: { tenderId, awardedTo: "", awardedCrNumber: "", amount: "" as never, note: "" },
    action,
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  if (done) return <ActionNotice tone="success" testId="award-done" title={t("tenders:staff.awardDone")} />;
  if (awarded) return <Alert tone="success" testId="award-recorded" title={t("tenders:staff.awardDone")} />;
  const labels = { awardedTo: t("tenders:fields.awardedTo"), awardedCrNumber: t("tenders:fields.awardedCrNumber"), amount: t("tenders:fields.awardAmount"), note: t("tenders:fields.resultNote"), tenderId: t("tenders:fields.number") };
  return (
    <FieldIdScope prefix="award">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("tenders:staff.awardTitle")}>
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Field name="awardedTo" label={labels.awardedTo} />
          <Field name="awardedCrNumber" label={labels.awardedCrNumber} dir="ltr" inputMode="numeric" autoComplete="off" />
          <Field name="amount" label={labels.amount} hint={t("tenders:staff.priceHint")} dir="ltr" inputMode="decimal" autoComplete="off" />
          <TextArea name="note" label={labels.note} rows={2} />
          <SubmitButton>{t("tenders:staff.awardSubmit")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});

/** Records the result of a closed auction; like the tender's award form it stays on the page once `awarded`. */
export const AwardAuctionForm = withT(function AwardAuctionForm({ auctionId, awarded, action }: { auctionId: string; awarded: boolean; action: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const { t } = useT(tendersMessages);
  const router = useRouter();
  const [done, setDone] = useState(false);
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/tenders/schemas").then((m) => m.ZAwardAuction),
    defaultValues: { auctionId, winnerName: "", winningBid: "" as never, note: "" },
    action,
    onSuccess: () => {
      setDone(true);
      router.refresh();
    },
  });
  if (done) return <ActionNotice tone="success" testId="award-done" title={t("tenders:staff.awardDone")} />;
  if (awarded) return <Alert tone="success" testId="award-recorded" title={t("tenders:staff.awardDone")} />;
  const labels = { winnerName: t("tenders:fields.winnerName"), winningBid: t("tenders:fields.winningBid"), note: t("tenders:fields.resultNote"), auctionId: t("tenders:fields.auctionNumber") };
  return (
    <FieldIdScope prefix="award">
      <FormProvider {...form}>
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("tenders:staff.awardAuctionTitle")}>
          <ErrorSummary errors={form.formState.errors} formError={formError} labels={labels} submitCount={form.formState.submitCount} />
          <Field name="winnerName" label={labels.winnerName} />
          <Field name="winningBid" label={labels.winningBid} hint={t("tenders:staff.priceHint")} dir="ltr" inputMode="decimal" autoComplete="off" />
          <TextArea name="note" label={labels.note} rows={2} />
          <SubmitButton>{t("tenders:staff.awardSubmit")}</SubmitButton>
        </form>
      </FormProvider>
    </FieldIdScope>
  );
});
