import { Badge } from "@/components/ui/badge";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const VIOLATION_TONE = { ISSUED: "amber", OBJECTED: "blue", CANCELLED: "slate", PAID: "green" } as const;
const OBJECTION_TONE = { PENDING: "blue", ACCEPTED: "green", REDUCED: "green", REJECTED: "red" } as const;

export function ViolationStatusBadge({ lang, status }: { lang: Lang; status: keyof typeof VIOLATION_TONE }) {
  return <Badge tone={VIOLATION_TONE[status]} status={status} testId="violation-status">{getT(lang)(`violations:status.${status}`)}</Badge>;
}

export function ObjectionStatusBadge({ lang, status }: { lang: Lang; status: keyof typeof OBJECTION_TONE }) {
  return <Badge tone={OBJECTION_TONE[status]} status={status} testId="objection-status">{getT(lang)(`violations:objectionStatus.${status}`)}</Badge>;
}
