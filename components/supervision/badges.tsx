import { Badge } from "@/components/ui/badge";
import type { T } from "@/lib/i18n/core";

const OFFICE_TONE = { PENDING: "amber", ACTIVE: "green", SUSPENDED: "red", REVOKED: "slate" } as const;
export function OfficeStatusBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={OFFICE_TONE[status as keyof typeof OFFICE_TONE] ?? "slate"}>{t(`supervision:officeStatus.${status as "ACTIVE"}`)}</Badge>;
}
const REQ_TONE = { SUBMITTED: "amber", APPROVED: "green", REJECTED: "red" } as const;
export function AccreditationBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={REQ_TONE[status as keyof typeof REQ_TONE] ?? "slate"}>{t(`supervision:accreditationStatus.${status as "SUBMITTED"}`)}</Badge>;
}
export function FeedbackBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={status === "OPEN" ? "amber" : "green"}>{t(`supervision:feedbackStatus.${status as "OPEN"}`)}</Badge>;
}
