import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { workshopDetail } from "@/lib/domain/offices/queries/workshops";
import { localName, localText } from "@/lib/kernel/locale";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { recordAttendanceAction, registerAttendeesAction } from "../../actions";
import { AttendanceForm, RegisterForm } from "../../forms";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("workshop");

export default async function WorkshopPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/workshops/${id}`);
  const t = getT(lang);
  const w = await workshopDetail(actor, id);
  if (!w) notFound();
  const pending = w.attendees.filter((a) => !a.certificateNo).map((a) => ({ id: a.memberId, name: localName(lang, a), role: a.role, office: localName(lang, a.office) }));
  const candidates = w.candidates.map((c) => ({ id: c.id, name: localName(lang, c), role: c.role, office: localName(lang, c.office) }));
  return (
    <>
      <PageHeader
        title={localText(lang, w, "title")}
        subtitle={<span className="inline-flex flex-wrap items-center gap-3"><Badge tone="blue">{t(`supervision:topics.${w.topic as "LICENSING_BASICS"}`)}</Badge><DateText date={w.startsAt} lang={lang} withTime /><span>{w.location}</span></span>}
      />
      <div className="space-y-6">
        <Card title={t("supervision:workshops.attendees")}>
          <p className="mb-3 text-sm text-slate-600">{t("supervision:workshops.seats", { taken: formatNumber(w.taken, lang), capacity: formatNumber(w.capacity, lang) })}</p>
          {w.attendees.length === 0 ? <p className="text-slate-600">{t("supervision:workshops.noAttendees")}</p> : (
            <Table caption={t("supervision:workshops.attendees")} head={[t("common:name"), t("supervision:fields.office"), t("supervision:fields.status"), t("supervision:fields.certificate")]}>
              {w.attendees.map((a) => (
                <tr key={a.memberId} data-testid="attendee-row">
                  <Td><p className="font-bold">{localName(lang, a)}</p><p className="text-xs text-slate-600">{t(`supervision:roles.${a.role as "AGENT"}`)}</p></Td>
                  <Td>{localName(lang, a.office)}</Td>
                  <Td>{a.certificateNo ? <Badge tone="green">{t("supervision:workshops.attended")}</Badge> : w.held && !a.attended && a.certificateNo === null ? <Badge tone="amber">{t("supervision:workshops.pending")}</Badge> : <Badge tone="slate">{t("supervision:workshops.pending")}</Badge>}</Td>
                  <Td><bdi dir="ltr" className="font-bold tabular-nums">{a.certificateNo ?? "—"}</bdi></Td>
                </tr>
              ))}
            </Table>
          )}
          <div className="mt-6">
            {w.held ? <AttendanceForm workshopId={w.id} pending={pending} action={recordAttendanceAction} /> : <Alert tone="info" title={t("supervision:workshops.attendanceLater")} />}
          </div>
        </Card>
        <Card title={t("supervision:workshops.registerTitle")}>
          <RegisterForm workshopId={w.id} candidates={candidates} action={registerAttendeesAction} />
        </Card>
      </div>
    </>
  );
}
