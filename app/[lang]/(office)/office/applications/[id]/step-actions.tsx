"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useT } from "@/components/i18n/use-t";
import { withT } from "@/components/i18n/with-t";
import { ActionNotice } from "@/components/forms/action-notice";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldIdScope } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { FeeBreakdown } from "@/lib/domain/licensing/fees";
import type { OfficeAction } from "@/lib/domain/licensing/office-actions";
import type { ZOfficeStep } from "@/lib/domain/licensing/office-schemas";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import {
  acceptAction,
  approveAction,
  healthApproveAction,
  healthRejectAction,
  healthReturnAction,
  managerRejectAction,
  managerReturnAction,
  rejectAction,
  returnAction,
  takeAction,
} from "./actions";
import { localText } from "@/lib/kernel/locale";
import licensingMessages from "@/lib/i18n/bundles/licensing";
import licensingOfficeMessages from "@/lib/i18n/bundles/licensingOffice";

type StepResult = ActionResult<{ status: ApplicationState; billNumber?: string }>;
type Kind = "step" | "return" | "reject";
const SPEC: Record<Exclude<OfficeAction, "inspect">, { kind: Kind; run: (input: unknown) => Promise<StepResult> }> = {
  take: { kind: "step", run: takeAction },
  accept: { kind: "step", run: acceptAction },
  return: { kind: "return", run: returnAction },
  reject: { kind: "reject", run: rejectAction },
  healthApprove: { kind: "step", run: healthApproveAction },
  healthReturn: { kind: "return", run: healthReturnAction },
  healthReject: { kind: "reject", run: healthRejectAction },
  approve: { kind: "step", run: approveAction },
  managerReturn: { kind: "return", run: managerReturnAction },
  managerReject: { kind: "reject", run: managerRejectAction },
};
const VARIANT: Record<Kind, "primary" | "secondary" | "danger"> = { step: "primary", return: "secondary", reject: "danger" };

/**
 * The actions this office member can take now (decided on the server from their role and the state).
 * Each opens a small confirmation form: an optional note, or the note a return needs, or the reason a
 * rejection needs. What was typed stays when the server refuses (e.g. someone else moved it first).
 */
export const StepActions = withT(function StepActions({ lang, applicationId, actions, feePreview, emptyText }: { lang: Lang; applicationId: string; actions: OfficeAction[]; feePreview: FeeBreakdown | null; emptyText: string }) {
  const { t } = useT(licensingMessages, licensingOfficeMessages);
  const router = useRouter();
  const [open, setOpen] = useState<OfficeAction | null>(null);
  const [done, setDone] = useState<{ status: ApplicationState; billNumber?: string; key: number } | null>(null);

  // The notice says what happened; the list below is the refreshed page's (the action revalidated it), so the
  // next actions are usable at once, without a reload (docs/decisions/027-after-action-feedback.md).
  const notice = done && (
    <ActionNotice testId="step-done" noticeKey={done.key} title={t("licensingOffice:actions.done", { status: t(`licensing:staffStatus.${done.status}`) })}>
      {done.billNumber && <p>{t("licensingOffice:actions.billIssued", { billNumber: groupBillNumber(done.billNumber) })}</p>}
    </ActionNotice>
  );

  if (actions.length === 0) {
    return (
      <div className="space-y-3">
        {notice}
        <p className="text-sm text-slate-600" data-testid="no-actions">{emptyText}</p>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {notice}
      {actions.map((action) => {
        if (action === "inspect") {
          return (
            <ButtonLink key={action} href={`/${lang}/office/applications/${applicationId}/inspect`} className="w-full">
              {t("licensingOffice:actions.inspect")}
            </ButtonLink>
          );
        }
        const spec = SPEC[action];
        if (open !== action) {
          return (
            <Button key={action} type="button" variant={VARIANT[spec.kind]} className="w-full" onClick={() => setOpen(action)}>
              {t(`licensingOffice:actions.${action}`)}
            </Button>
          );
        }
        return (
          <StepForm
            key={action}
            lang={lang}
            action={action}
            kind={spec.kind}
            applicationId={applicationId}
            run={spec.run}
            feePreview={action === "approve" ? feePreview : null}
            onCancel={() => setOpen(null)}
            onDone={(data) => {
              setDone((prev) => ({ ...data, key: (prev?.key ?? 0) + 1 }));
              setOpen(null);
              router.refresh();
            }}
          />
        );
      })}
    </div>
  );
});

function StepForm(props: {
  lang: Lang;
  action: Exclude<OfficeAction, "inspect">;
  kind: Kind;
  applicationId: string;
  run: (input: unknown) => Promise<StepResult>;
  feePreview: FeeBreakdown | null;
  onCancel: () => void;
  onDone: (data: { status: ApplicationState; billNumber?: string }) => void;
}) {
  const { t } = useT(licensingMessages, licensingOfficeMessages);
  const field = props.kind === "reject" ? "reason" : "note";
  const label = t(props.kind === "reject" ? "licensingOffice:actions.rejectReason" : props.kind === "return" ? "licensingOffice:actions.returnNote" : "licensingOffice:actions.note");
  const kind = props.kind;
  const { form, onSubmit, formError } = useActionForm({
    schema: () => import("@/lib/domain/licensing/office-schemas").then((m) => (kind === "reject" ? m.ZOfficeReject : kind === "return" ? m.ZOfficeReturn : m.ZOfficeStep) as typeof ZOfficeStep),
    defaultValues: { applicationId: props.applicationId, [field]: "" } as never,
    action: (values) => props.run(values) as never,
    onSuccess: (data) => {
      const d = data as unknown as { status: ApplicationState; billNumber?: string } | undefined;
      if (d) props.onDone(d);
    },
  });

  return (
    <FieldIdScope prefix={props.action}>
    <FormProvider {...form}>
      <form method="post" onSubmit={onSubmit} noValidate data-testid={`step-form-${props.action}`} className="space-y-3 rounded-lg border border-sand-200 bg-sand-50 p-4">
        <p className="font-bold text-brand-900">{t(`licensingOffice:actions.${props.action}`)}</p>
        <ErrorSummary errors={form.formState.errors} formError={formError} labels={{ [field]: label, applicationId: label }} submitCount={form.formState.submitCount} />
        {props.feePreview && (
          <div className="rounded-lg bg-white p-3 text-sm" data-testid="fee-preview">
            <p className="mb-2 font-bold">{t("licensingOffice:actions.feePreview")}</p>
            <ul className="space-y-1">
              {props.feePreview.lines.map((l, i) => (
                <li key={i} className="flex justify-between gap-3">
                  <span>{localText(props.lang, l, "description")}</span>
                  <span className="shrink-0 tabular-nums">{formatHalalas(l.amountHalalas, props.lang)}</span>
                </li>
              ))}
              <li className="flex justify-between gap-3 border-t border-sand-200 pt-1 font-bold">
                <span>{t("licensingOffice:actions.feeTotal")}</span>
                <span className="shrink-0 tabular-nums" data-testid="fee-total">{formatHalalas(props.feePreview.totalHalalas, props.lang)}</span>
              </li>
            </ul>
          </div>
        )}
        <TextArea name={field} label={label} hint={t("licensingOffice:actions.noteHint")} />
        <div className="flex flex-wrap gap-2">
          <SubmitButton variant={VARIANT[props.kind]} className="flex-1" busyLabel={t("licensingOffice:actions.submitting")}>
            {t("licensingOffice:actions.confirm")}
          </SubmitButton>
          <Button type="button" variant="ghost" onClick={props.onCancel}>
            {t("licensingOffice:actions.cancel")}
          </Button>
        </div>
      </form>
    </FormProvider>
    </FieldIdScope>
  );
}

