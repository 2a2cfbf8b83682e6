import { Badge } from "@/components/ui/badge";
import type { HealthCertStatus } from "@/lib/domain/health-certs/status";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";

const TONE = { REQUESTED: "amber", ISSUED: "green", UNFIT: "red", REVOKED: "red", EXPIRED: "slate" } as const;

export function CertStatusBadge({ lang, status }: { lang: Lang; status: HealthCertStatus }) {
  return <Badge tone={TONE[status]} status={status} testId="cert-status">{getT(lang)(`healthCerts:status.${status}`)}</Badge>;
}
