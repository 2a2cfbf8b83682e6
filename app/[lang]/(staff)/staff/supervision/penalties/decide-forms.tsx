"use client";

import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { DecisionForm } from "@/components/forms/decision-form";
import type { SchemaSource } from "@/components/forms/schema-source";
import type { ActionResult } from "@/lib/action-result";
import { APPEAL_DECISIONS, PENALTY_DECISIONS } from "@/lib/domain/offices/penalty-schemas";
import type { decideAppealAction, decidePenaltyAction } from "./actions";
import penaltiesMessages from "@/lib/i18n/bundles/penalties";

/** The committee's decision on one card (a penalty or an appeal): two choices side by side and a note. */
function CommitteeDecision<S extends z.ZodType<unknown, FieldValues>, TData>(props: {
  schema: SchemaSource<S>;
  defaultValues: DefaultValues<z.input<S>>;
  action: (values: z.output<S>) => Promise<ActionResult<TData>>;
  decisions: readonly string[];
  idField: string;
  idPrefix: string;
  number: string;
  success: (data: TData | undefined) => string;
}) {
  const { t } = useT(penaltiesMessages);
  const labels = { decision: t("penalties:penaltiesPage.decide"), note: t("penalties:penaltiesPage.note"), [props.idField]: props.number, submit: t("penalties:penaltiesPage.submit") };
  return (
    <DecisionForm
      schema={props.schema}
      defaultValues={props.defaultValues}
      action={props.action}
      options={props.decisions.map((d) => ({ value: d, label: t(`penalties:penaltiesPage.${d as (typeof PENALTY_DECISIONS)[number]}`) }))}
      labels={labels}
      noteHint={t("penalties:penaltiesPage.noteHint")}
      noteRows={3}
      columns={2}
      idPrefix={props.idPrefix}
      ariaLabel={`${labels.decision} ${props.number}`}
      success={props.success}
    />
  );
}

/**
 * The committee confirms (the penalty takes effect at once) or dismisses a proposed penalty. The outcome stays
 * on the card (no refresh: the decided card would leave the "proposed" list before it could be read);
 * the server action revalidates the lists for the next visit.
 */
export const DecidePenaltyForm = withT(function DecidePenaltyForm({ penaltyId, number, action }: { penaltyId: string; number: string; action: typeof decidePenaltyAction }) {
  const { t } = useT(penaltiesMessages);
  return (
    <CommitteeDecision
      schema={() => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZDecidePenalty)}
      defaultValues={{ penaltyId, decision: undefined, note: "" }}
      action={action}
      decisions={PENALTY_DECISIONS}
      idField="penaltyId"
      idPrefix={`p-${penaltyId}`}
      number={number}
      success={(data) =>
        data?.billNumber
          ? t("penalties:penaltiesPage.confirmedFine", { bill: data.billNumber })
          : data?.status === "CONFIRMED" && data.offered > 0
            ? t("penalties:penaltiesPage.confirmedSuspension", { count: data.offered })
            : t("penalties:penaltiesPage.confirmed")
      }
    />
  );
});

/** The committee accepts (lifts the penalty) or rejects an appeal. */
export const DecideAppealForm = withT(function DecideAppealForm({ appealId, number, action }: { appealId: string; number: string; action: typeof decideAppealAction }) {
  const { t } = useT(penaltiesMessages);
  return (
    <CommitteeDecision
      schema={() => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZDecideAppeal)}
      defaultValues={{ appealId, decision: undefined, note: "" }}
      action={action}
      decisions={APPEAL_DECISIONS}
      idField="appealId"
      idPrefix={`a-${appealId}`}
      number={number}
      success={() => t("penalties:penaltiesPage.confirmed")}
    />
  );
});
