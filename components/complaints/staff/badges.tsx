import { ComplaintStatusBadge } from "@/components/complaints/citizen-view";
import { Badge } from "@/components/ui/badge";
import type { ComplaintState } from "@/lib/domain/complaints/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

export function StaffComplaintStatusBadge({ lang, status }: { lang: Lang; status: ComplaintState }) {
  return <ComplaintStatusBadge lang={lang} status={status} ns="complaintsStaff" />;
}

/** Overdue / escalation / reopened markers of a queue row. */
export function ComplaintFlags({ lang, overdue, escalationLevel, reopenCount }: { lang: Lang; overdue: boolean; escalationLevel: number; reopenCount: number }) {
  const t = getT(lang);
  if (!overdue && escalationLevel === 0 && reopenCount === 0) return null;
  return (
    <span className="mt-1 flex flex-wrap gap-1">
      {overdue && <Badge tone="red">{t("complaintsStaff:queue.overdue")}</Badge>}
      {escalationLevel > 0 && <Badge tone="amber">{t("complaintsStaff:queue.escalated", { level: escalationLevel })}</Badge>}
      {reopenCount > 0 && <Badge tone="blue">{t("complaintsStaff:queue.reopened")}</Badge>}
    </span>
  );
}
