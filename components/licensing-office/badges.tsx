import { Badge } from "@/components/ui/badge";
import type { SlaState } from "@/lib/domain/licensing/office-actions";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const SLA_TONE = { overdue: "red", soon: "amber", ok: "green" } as const;

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
