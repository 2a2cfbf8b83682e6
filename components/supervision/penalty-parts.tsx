import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import type { PenaltyDTO } from "@/lib/domain/offices/queries/penalties";
import type { T } from "@/lib/i18n/core";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatHalalas } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";

const KIND_TONE = { WARNING: "amber", FINE: "blue", SUSPENSION: "red", REVOCATION: "red" } as const;
const STATUS_TONE = { PROPOSED: "amber", CONFIRMED: "red", DISMISSED: "slate", LIFTED: "green" } as const;
const APPEAL_TONE = { PENDING: "amber", ACCEPTED: "green", REJECTED: "red" } as const;
const SPOT_TONE = { PENDING: "amber", PASSED: "green", FINDING: "red" } as const;
const OFFICE_TONE = { PENDING: "amber", ACTIVE: "green", SUSPENDED: "red", REVOKED: "slate" } as const;

export function PenaltyKindBadge({ t, kind }: { t: T; kind: string }) {
  return <Badge tone={KIND_TONE[kind as keyof typeof KIND_TONE] ?? "slate"}>{t(`penalties:kind.${kind as "FINE"}`)}</Badge>;
}
export function PenaltyStatusBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={STATUS_TONE[status as keyof typeof STATUS_TONE] ?? "slate"}>{t(`penalties:status.${status as "PROPOSED"}`)}</Badge>;
}
export function AppealBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={APPEAL_TONE[status as keyof typeof APPEAL_TONE] ?? "slate"}>{t(`penalties:appealStatus.${status as "PENDING"}`)}</Badge>;
}
export function SpotStatusBadge({ t, status }: { t: T; status: string }) {
  return <Badge tone={SPOT_TONE[status as keyof typeof SPOT_TONE] ?? "slate"}>{t(`penalties:spotStatus.${status as "PENDING"}`)}</Badge>;
}
export function OfficeStatusPill({ t, status }: { t: T; status: string }) {
  return <Badge tone={OFFICE_TONE[status as keyof typeof OFFICE_TONE] ?? "slate"}>{t(`penalties:officeStatus.${status as "ACTIVE"}`)}</Badge>;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 py-2 sm:grid-cols-[11rem_1fr]">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm font-bold text-slate-900">{children}</dd>
    </div>
  );
}

/** The facts of one penalty, as the committee and the office read them. */
export function PenaltyFacts({ t, lang, p, showOffice = true }: { t: T; lang: Lang; p: PenaltyDTO; showOffice?: boolean }) {
  return (
    <dl className="divide-y divide-sand-100">
      {showOffice && <Row label={t("penalties:fields.office")}>{localName(lang, p.office)} <span dir="ltr" className="text-xs text-slate-500">({p.office.code})</span></Row>}
      <Row label={t("penalties:fields.trigger")}>{t(`penalties:trigger.${p.trigger}`)}</Row>
      {p.clause && <Row label={t("penalties:fields.clause")}><bdi dir="ltr" className="text-xs text-slate-500">{p.clause.code}</bdi> {localText(lang, p.clause, "title")}</Row>}
      <Row label={t("penalties:fields.reason")}><span dir="auto" className="whitespace-pre-line">{p.reason}</span></Row>
      {p.fineHalalas !== null && <Row label={t("penalties:fields.fine")}><span className="tabular-nums">{formatHalalas(p.fineHalalas, lang)}</span></Row>}
      {p.suspensionDays !== null && (
        <Row label={t("penalties:fields.period")}>
          {t("penalties:fields.suspensionDays", { count: p.suspensionDays })}
          {p.endsAt && <span className="ms-2 text-slate-600">{t("penalties:fields.until", { date: formatGregorian(p.endsAt, lang) })}</span>}
        </Row>
      )}
      <Row label={t("penalties:fields.proposedAt")}><DateText date={p.proposedAt} lang={lang} /></Row>
      {p.decidedAt && <Row label={t("penalties:fields.decidedAt")}><DateText date={p.decidedAt} lang={lang} /></Row>}
      {p.decisionNote && <Row label={t("penalties:compliance.decisionNote")}>{p.decisionNote}</Row>}
    </dl>
  );
}
