import { Badge } from "@/components/ui/badge";
import type { SlaState } from "@/lib/domain/licensing/office-actions";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const STATUS_TONE: Record<ApplicationState, "green" | "amber" | "red" | "slate" | "blue"> = {
  DRAFT: "slate",
  SUBMITTED: "blue",
  OFFICE_REVIEW: "blue",
  RETURNED: "amber",
  FIELD_INSPECTION: "blue",
  HEALTH_REVIEW: "blue",
  OFFICE_APPROVAL: "blue",
  AWAITING_PAYMENT: "amber",
  ISSUED: "green",
  REJECTED: "red",
  WITHDRAWN: "slate",
};
const SLA_TONE = { overdue: "red", soon: "amber", ok: "green" } as const;

export function ApplicationStatusBadge({ lang, status }: { lang: Lang; status: ApplicationState }) {
  return <Badge tone={STATUS_TONE[status]}>{getT(lang)(`licensing:status.${status}`)}</Badge>;
}

export function SlaBadge({ lang, sla }: { lang: Lang; sla: SlaState }) {
  return (
    <span data-testid="sla-badge" data-sla={sla}>
      <Badge tone={SLA_TONE[sla]}>{getT(lang)(`licensingOffice:sla.${sla}`)}</Badge>
    </span>
  );
}

export function KindBadge({ lang, kind }: { lang: Lang; kind: "COMMERCIAL" | "HEALTH" }) {
  return <Badge tone={kind === "HEALTH" ? "green" : "slate"}>{getT(lang)(`licensingOffice:kind.${kind}`)}</Badge>;
}
