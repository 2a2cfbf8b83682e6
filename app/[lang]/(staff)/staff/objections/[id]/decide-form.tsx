"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { DecisionForm } from "@/components/forms/decision-form";
import { useAnnounce } from "@/components/forms/notice-slot";
import { Field } from "@/components/forms/field";
import { DECISIONS } from "@/lib/domain/violations/workflow";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import type { decideObjectionAction } from "./actions";
import violationsMessages from "@/lib/i18n/bundles/violations";

export const DecideForm = withT(function DecideForm({ lang, objectionId, fineHalalas, action }: { lang: Lang; objectionId: string; fineHalalas: number; action: typeof decideObjectionAction }) {
  const { t } = useT(violationsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  const labels = { decision: t("violations:decide.decision"), note: t("violations:decide.note"), reducedTo: t("violations:decide.reducedTo"), objectionId: t("violations:decide.title"), submit: t("violations:decide.submit") };
  return (
    <DecisionForm
      schema={() => import("@/lib/domain/violations/schemas").then((m) => m.ZDecideObjection)}
      defaultValues={{ objectionId, decision: undefined, note: "", reducedTo: "" }}
      action={action}
      options={DECISIONS.map((d) => ({ value: d, label: t(`violations:decide.${d}`) }))}
      labels={labels}
      noteHint={t("violations:decide.noteHint")}
      extra={(decision) =>
        decision === "REDUCE" && (
          <Field name="reducedTo" label={labels.reducedTo} hint={t("violations:decide.reducedHint", { amount: formatHalalas(fineHalalas, lang) })} dir="ltr" inputMode="decimal" autoComplete="off" />
        )
      }
      success={() => {
        // The decided objection is drawn without this form: said in the shell's slot (decision 052).
        announce({ title: t("violations:decide.success"), testId: "form-success" });
        router.refresh();
        return null;
      }}
    />
  );
});
