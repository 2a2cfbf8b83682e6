import { Badge } from "@/components/ui/badge";
import { formatGregorian, formatNumber } from "@/lib/i18n/dates";
import type { T } from "@/lib/i18n/core";
import type { Lang } from "@/lib/i18n/settings";

const TONE = { ACTIVE: "green", SUSPENDED: "red", REVOKED: "slate", PENDING: "amber" } as const;

/** An office's public status: accredited, suspended (until when) or revoked. */
export function PublicStatusBadge({ t, lang, status, suspendedUntil }: { t: T; lang: Lang; status: string; suspendedUntil: Date | null }) {
  const label = status === "SUSPENDED" && suspendedUntil ? t("supervision:office.suspendedUntil", { date: formatGregorian(suspendedUntil, lang) }) : t(`supervision:officeStatus.${status as "ACTIVE"}`);
  return (
    <span data-testid="office-status" data-status={status}>
      <Badge tone={TONE[status as keyof typeof TONE] ?? "slate"}>{label}</Badge>
    </span>
  );
}

/** The citizens' rating as "4.5 / 5", or "no ratings". */
export function ratingText(t: T, lang: Lang, average: number | null): string {
  return average === null ? t("supervision:public.noRating") : t("supervision:public.ratingValue", { avg: formatNumber(average, lang) });
}

export function hoursText(t: T, lang: Lang, hours: number | null): string {
  return hours === null ? "—" : t("supervision:public.hours", { n: formatNumber(Math.round(hours), lang) });
}
