import type { T } from "@/lib/i18n/core";

/**
 * What a permit's timeline row says. The workflow's moves are named by their event; the after-issue part's rows carry
 * what happened in the name (`inspection.SKELETON.PASS`, `certificate.INSULATION`, `complete`, `electricity.*`: see
 * lib/domain/permits/after-issue/commands), so their text is built from the stage, result or certificate.
 */
const INSPECTION = /^inspection\.(FOUNDATION|SKELETON|FINISHING|INSULATION)\.(PASS|FAIL)$/;
const CERTIFICATE = /^certificate\.(INSULATION|COMPLETION)$/;

export function timelineEventText(t: T, h: { event: string; toStatus: string }): string {
  const inspection = INSPECTION.exec(h.event);
  if (inspection) {
    const [, stage, result] = inspection as unknown as [string, "FOUNDATION", "PASS"];
    return t("permits:events.inspection", { stage: t(`permitsAfterIssue:stage.${stage}`), result: t(`permitsAfterIssue:result.${result}`) });
  }
  const certificate = CERTIFICATE.exec(h.event);
  if (certificate) return t("permits:events.certificate", { certificate: t(`permitsAfterIssue:certificate.${certificate[1] as "INSULATION"}`) });
  switch (h.event) {
    case "complete": return t("permits:events.complete");
    case "electricity.requested": return t("permits:events.electricityRequested");
    case "electricity.cleared": return t("permits:events.electricityCleared");
    case "issue": return h.toStatus === "AWAITING_SIGNATURE" ? t("permits:events.issueSigning") : t("permits:events.issue");
    default: return t(`permits:events.${h.event as "submit"}`);
  }
}

/** The label of a row whose note is a document's number (the bill, the certificate, the request, the clearance); null when the note is someone's words. */
export function timelineNumberLabel(t: T, event: string): string | null {
  if (event === "pay") return t("permits:timelineNumber.bill");
  if (event === "complete" || CERTIFICATE.test(event)) return t("permits:timelineNumber.certificate");
  if (event === "electricity.requested") return t("permits:timelineNumber.request");
  if (event === "electricity.cleared") return t("permits:timelineNumber.clearance");
  return null;
}
