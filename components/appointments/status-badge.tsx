import { Badge } from "@/components/ui/badge";
import type { AppointmentState } from "@/lib/domain/appointments/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const TONE = { BOOKED: "amber", CHECKED_IN: "green", NO_SHOW: "red", CANCELLED: "slate" } as const;

export function AppointmentStatusBadge({ lang, status }: { lang: Lang; status: AppointmentState }) {
  return <Badge tone={TONE[status]} status={status} testId="appointment-status">{getT(lang)(`appointments:status.${status}`)}</Badge>;
}
