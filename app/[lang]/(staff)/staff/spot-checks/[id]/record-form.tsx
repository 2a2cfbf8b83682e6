"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { DecisionForm } from "@/components/forms/decision-form";
import { useAnnounce } from "@/components/forms/notice-slot";
import { SPOT_CHECK_RESULTS } from "@/lib/domain/offices/penalty-schemas";
import type { recordSpotCheckAction } from "./actions";
import penaltiesMessages from "@/lib/i18n/bundles/penalties";

/** The inspector's result: big touch targets (this page is used on a phone at the shop). */
export const RecordSpotCheckForm = withT(function RecordSpotCheckForm({ spotCheckId, action }: { spotCheckId: string; action: typeof recordSpotCheckAction }) {
  const { t } = useT(penaltiesMessages);
  const router = useRouter();
  const announce = useAnnounce();
  return (
    <DecisionForm
      schema={() => import("@/lib/domain/offices/penalty-schemas").then((m) => m.ZRecordSpotCheck)}
      defaultValues={{ spotCheckId, result: undefined, note: "" }}
      action={action}
      decisionName="result"
      large
      options={SPOT_CHECK_RESULTS.map((r) => ({ value: r, label: t(`penalties:spot.${r}`) }))}
      labels={{ decision: t("penalties:spot.result"), result: t("penalties:spot.result"), note: t("penalties:spot.note"), spotCheckId: t("penalties:spot.result"), submit: t("penalties:spot.submit") }}
      noteHint={t("penalties:spot.noteHint")}
      submitClassName="w-full sm:w-auto"
      success={(d) => {
        // The page re-renders with the recorded result instead of this form: the outcome is said in the shell's slot
        // (decision 052), the proposed penalty's number with it.
        announce({ title: d?.penalty ? t("penalties:spot.recordedFinding", { number: d.penalty.number, kind: t(`penalties:kind.${d.penalty.kind as "FINE"}`) }) : t("penalties:spot.recorded"), testId: "form-success" });
        router.refresh();
        return null;
      }}
    />
  );
});
