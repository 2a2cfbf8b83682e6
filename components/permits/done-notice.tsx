import { ActionNotice } from "@/components/forms/action-notice";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

/**
 * What a permit page says after a step (docs/decisions/027-after-action-feedback.md). The step's form sends the page
 * to `?done=<step>&at=<time>` (usePermitDone, components/permits/forms.tsx) and the page draws this notice above the
 * new state. A notice kept by the form itself vanished as soon as the page re-rendered: the step's section goes away
 * (the permit left the reviewer, the request was answered) or is drawn anew for the permit's next version.
 */
export const PERMIT_DONE = {
  submitted: { key: "permits:office.submitted", testId: "step-done" },
  withdrawn: { key: "permits:ui.withdrawn", testId: "step-done" },
  issued: { key: "permits:staff.issued", testId: "step-done" },
  /** The signatory's issue where building permits are signed along a chain: issued when the chain completes. */
  sentForSigning: { key: "permits:staff.inSigning", testId: "step-done" },
  recorded: { key: "permits:ui.recorded", testId: "form-success" },
  cancelled: { key: "permits:cancel.done", testId: "form-success" },
  cancelRequested: { key: "permits:cancel.requested", testId: "request-cancel-done" },
  cancelDeclined: { key: "permits:cancel.declined", testId: "decline-cancel-done" },
} as const;
export type PermitDone = keyof typeof PERMIT_DONE;

const isPermitDone = (v: string | undefined): v is PermitDone => v !== undefined && Object.hasOwn(PERMIT_DONE, v);

export function PermitDoneNotice({ done, at, lang }: { done?: string; at?: string; lang: Lang }) {
  if (!isPermitDone(done)) return null;
  const { key, testId } = PERMIT_DONE[done];
  return <ActionNotice testId={testId} noticeKey={`${done}:${at ?? ""}`} title={getT(lang)(key)} />;
}
