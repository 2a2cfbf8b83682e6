"use client";

import { useRouter } from "next/navigation";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { DecisionForm } from "@/components/forms/decision-form";
import { useAnnounce } from "@/components/forms/notice-slot";
import type { recordExamAction } from "./actions";
import healthCertsMessages from "@/lib/i18n/bundles/healthCerts";

export const ExamForm = withT(function ExamForm({ certificateId, action }: { certificateId: string; action: typeof recordExamAction }) {
  const { t } = useT(healthCertsMessages);
  const router = useRouter();
  const announce = useAnnounce();
  return (
    <DecisionForm
      schema={() => import("@/lib/domain/health-certs/schemas").then((m) => m.ZRecordExam)}
      defaultValues={{ certificateId, result: undefined, notes: "" }}
      action={action}
      decisionName="result"
      noteName="notes"
      large
      options={[
        { value: "FIT", label: t("healthCerts:exam.fit") },
        { value: "UNFIT", label: t("healthCerts:exam.unfit") },
      ]}
      labels={{ decision: t("healthCerts:exam.result"), result: t("healthCerts:exam.result"), note: t("healthCerts:exam.notes"), notes: t("healthCerts:exam.notes"), certificateId: t("healthCerts:fields.number"), submit: t("healthCerts:exam.submit") }}
      noteHint={t("healthCerts:exam.notesHint")}
      noteMaxLength={1000}
      submitClassName="w-full sm:w-auto"
      success={(d) => {
        // The page re-renders with the result instead of this form: the outcome is said in the shell's slot (decision 052).
        announce({ title: d?.status === "ISSUED" ? t("healthCerts:exam.successIssued", { number: d.number }) : t("healthCerts:exam.successUnfit"), testId: "form-success" });
        router.refresh();
        return null;
      }}
    />
  );
});
