import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { Facts } from "@/components/ui/facts";
import { timelineEventText, timelineNumberLabel } from "@/lib/domain/permits/timeline";
import type { PermitState } from "@/lib/domain/permits/workflow";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/i18n/settings";
import { formatHalalas } from "@/lib/i18n/money";
import { localName } from "@/lib/kernel/locale";
import { TableScroll } from "@/components/ui/table";

type Named = { nameAr: string; nameEn: string };

const TONE: Record<PermitState, "green" | "amber" | "red" | "slate" | "blue"> = {
  DRAFT: "slate", IN_REVIEW: "blue", RETURNED: "amber", AWAITING_PAYMENT: "amber", AWAITING_SIGNATURE: "blue", ISSUED: "green", COMPLETED: "green", REJECTED: "red", WITHDRAWN: "slate", CANCELLED: "red",
};

export function PermitStatusBadge({ status, lang }: { status: PermitState; lang: Lang }) {
  return <Badge tone={TONE[status]} status={status} testId="permit-status">{getT(lang)(`permits:status.${status}`)}</Badge>;
}

type DetailPermit = {
  number: string; status: string; deedNo: string; planNo: string; parcelNo: string; latitude: number | null; longitude: number | null; landAreaM2: number | null; floors: number | null;
  use: string | null; builtUpAreaM2: number | null; setbackFrontM: number | null; setbackRearM: number | null; setbackSideM: number | null; ownerName: string; feeHalalas: number | null;
  kind: Named; district: Named; municipality: Named; office: Named; currentDepartment: Named | null; slaDueAt: Date | null;
};

/** The permit's data, as every page shows it. */
export function PermitFacts({ p, lang }: { p: DetailPermit; lang: Lang }) {
  const t = getT(lang);
  const ltr = (v: string | number | null) => (v === null ? "—" : <bdi dir="ltr" className="tabular-nums">{v}</bdi>);
  return (
    <Facts
      items={[
        { label: t("permits:fields.number"), value: ltr(p.number), testId: "permit-number" },
        { label: t("permits:fields.kind"), value: localName(lang, p.kind) },
        { label: t("permits:fields.owner"), value: p.ownerName },
        { label: t("permits:fields.office"), value: localName(lang, p.office) },
        { label: t("permits:fields.municipality"), value: localName(lang, p.municipality) },
        { label: t("permits:fields.district"), value: localName(lang, p.district) },
        { label: t("permits:fields.deedNo"), value: ltr(p.deedNo) },
        { label: t("permits:fields.planNo"), value: ltr(p.planNo) },
        { label: t("permits:fields.parcelNo"), value: ltr(p.parcelNo) },
        { label: t("permits:ui.location"), value: p.latitude !== null && p.longitude !== null ? ltr(`${p.latitude}, ${p.longitude}`) : "—" },
        { label: t("permits:fields.landAreaM2"), value: ltr(p.landAreaM2) },
        { label: t("permits:fields.builtUpAreaM2"), value: ltr(p.builtUpAreaM2) },
        { label: t("permits:fields.floors"), value: ltr(p.floors) },
        { label: t("permits:fields.use"), value: p.use ? t(`permits:uses.${p.use as "RESIDENTIAL"}`) : "—" },
        { label: t("permits:ui.setbacks"), value: ltr([p.setbackFrontM, p.setbackRearM, p.setbackSideM].map((v) => v ?? "—").join(" / ")) },
        ...(p.currentDepartment ? [{ label: t("permits:ui.withDepartment"), value: localName(lang, p.currentDepartment), testId: "current-department" }] : []),
        ...(p.slaDueAt ? [{ label: t("permits:fields.dueAt"), value: <DateText date={p.slaDueAt} lang={lang} withTime /> }] : []),
        ...(p.feeHalalas !== null ? [{ label: t("permits:fields.fee"), value: formatHalalas(p.feeHalalas, lang) }] : []),
      ]}
    />
  );
}

type Step = {
  id: string; seq: number; arrivedAt: Date; dueAt: Date; decision: string | null; decidedAt: Date | null; notes: string | null; transferNote: string | null;
  department: Named; fromDepartment: Named | null; toDepartment: Named | null; attachments: { id: string; originalName: string }[];
};

/** Every hop through the departments: arrived, due (its own SLA), decided, with notes and transfers. */
export function StepsTable({ steps, lang }: { steps: Step[]; lang: Lang }) {
  const t = getT(lang);
  if (steps.length === 0) return <p className="text-slate-600">{t("permits:ui.noSteps")}</p>;
  return (
    <TableScroll label={t("permits:ui.stepsTitle")}>
      <table className="w-full min-w-[40rem] text-sm" data-testid="steps-table">
        <caption className="sr-only">{t("permits:ui.stepsTitle")}</caption>
        <thead className="bg-sand-50 text-start text-xs text-slate-600">
          <tr>
            <th scope="col" className="p-3 text-start">#</th>
            <th scope="col" className="p-3 text-start">{t("permits:fields.department")}</th>
            <th scope="col" className="p-3 text-start">{t("permits:ui.arrived")}</th>
            <th scope="col" className="p-3 text-start">{t("permits:fields.dueAt")}</th>
            <th scope="col" className="p-3 text-start">{t("permits:ui.decisionCol")}</th>
            <th scope="col" className="p-3 text-start">{t("permits:fields.notes")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.id} className="border-t border-sand-100 align-top" data-testid="step-row">
              <td className="p-3 tabular-nums">{s.seq}</td>
              <td className="p-3">
                <p className="font-bold">{localName(lang, s.department)}</p>
                {s.fromDepartment && <p className="text-xs text-slate-600">{t("permits:ui.transferredFrom", { from: localName(lang, s.fromDepartment) })}</p>}
              </td>
              <td className="p-3"><DateText date={s.arrivedAt} lang={lang} withTime /></td>
              <td className="p-3"><DateText date={s.dueAt} lang={lang} withTime /></td>
              <td className="p-3">
                {s.decision ? t(`permits:decisions.${s.decision as "ACCEPTED"}`) : <Badge tone="blue">{t("permits:ui.pending")}</Badge>}
                {s.toDepartment && <p className="text-xs text-slate-600">{t("permits:ui.transferredTo", { to: localName(lang, s.toDepartment) })}</p>}
              </td>
              <td className="p-3">
                {s.transferNote && <p className="whitespace-pre-line text-slate-700">{s.transferNote}</p>}
                {s.notes && <p className="whitespace-pre-line">{s.notes}</p>}
                {s.attachments.length > 0 && <p className="text-xs text-slate-600">{t("permits:fields.attachments")}: {s.attachments.map((a) => a.originalName).join("، ")}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The owner's timeline: every event, in the owner's language, with the department it happened in. */
export function Timeline({ history, departments, lang }: { history: { id: bigint; at: Date; event: string; toStatus: string; note: string | null; departmentId: string | null }[]; departments: Map<string, Named>; lang: Lang }) {
  const t = getT(lang);
  return (
    <ol className="space-y-3" data-testid="permit-timeline">
      {history.map((h) => {
        const dept = h.departmentId ? departments.get(h.departmentId) : undefined;
        const numberLabel = timelineNumberLabel(t, h.event);
        return (
          <li key={String(h.id)} className="rounded-lg border border-sand-200 bg-white p-3" data-testid="timeline-item" data-event={h.event}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-bold text-brand-900">{timelineEventText(t, h)}{dept ? ` — ${localName(lang, dept)}` : ""}</p>
              <DateText date={h.at} lang={lang} withTime />
            </div>
            <p className="text-sm text-slate-600">{t(`permits:status.${h.toStatus as "DRAFT"}`)}</p>
            {h.note && (numberLabel ? (
              <p className="mt-1 text-sm" data-testid="timeline-number">{numberLabel}: <bdi dir="ltr" className="font-bold tabular-nums">{h.note}</bdi></p>
            ) : (
              <p dir="auto" className="mt-1 whitespace-pre-line text-start text-sm">{h.note}</p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}

/** A cancelled permit's notice: on which ground, when, and the signatory's reasons (owner, office and staff pages). */
export function PermitCancelled({ p, lang }: { p: { cancelledAt: Date | null; cancelGround: string | null; cancelReason: string | null }; lang: Lang }) {
  const t = getT(lang);
  if (!p.cancelledAt) return null;
  return (
    <Alert tone="error" title={t("permits:cancel.cancelledTitle")} testId="permit-cancelled-notice">
      <p>
        {p.cancelGround && <span className="font-bold" data-testid="cancel-ground">{t(`permits:cancel.grounds.${p.cancelGround as "VIOLATION"}`)}</span>}
        {" — "}{t("permits:cancel.cancelledOn")} <DateText date={p.cancelledAt} lang={lang} />
      </p>
      {p.cancelReason && <p className="mt-1 whitespace-pre-line" dir="auto">{p.cancelReason}</p>}
    </Alert>
  );
}

/** The owner's cancellation request while it waits for the signatory: when it was sent and why (owner and staff pages). */
export function PermitCancelRequest({ p, lang, title }: { p: { status: string; cancelRequestedAt: Date | null; cancelRequestReason: string | null }; lang: Lang; title: string }) {
  const t = getT(lang);
  if (p.status !== "ISSUED" || !p.cancelRequestedAt) return null;
  return (
    <Alert tone="warning" title={title} testId="permit-cancel-request">
      <p>{t("permits:cancel.requestedOn")} <DateText date={p.cancelRequestedAt} lang={lang} withTime /></p>
      {p.cancelRequestReason && <p className="mt-1 whitespace-pre-line" dir="auto">{p.cancelRequestReason}</p>}
    </Alert>
  );
}
