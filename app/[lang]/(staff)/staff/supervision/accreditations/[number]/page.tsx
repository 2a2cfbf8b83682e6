import { notFound } from "next/navigation";
import { Ltr } from "@/components/ui/ltr";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { accreditationDetail } from "@/lib/domain/offices/queries/accreditations";
import { localName } from "@/lib/kernel/locale";
import { invitationRows } from "@/lib/domain/offices/queries/invitations";
import { InvitationTable } from "@/components/supervision/invitation-table";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { AccreditationBadge } from "../../badges";
import { approveAccreditationAction, rejectAccreditationAction } from "../../actions";
import { ApproveForm, RejectForm } from "../../forms";
import { pageTitle } from "@/lib/i18n/page-title";
import { riyadhDay } from "@/lib/kernel/riyadh-days";

export const generateMetadata = pageTitle("accreditation", "number");

export default async function AccreditationDetailPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/accreditations/${number}`);
  const t = getT(lang);
  const r = await accreditationDetail(actor, number);
  if (!r) notFound();
  const invitations = await invitationRows({ accreditationId: r.id });
  const now = new Date();
  const inTwoYears = new Date(now);
  inTwoYears.setUTCFullYear(inTwoYears.getUTCFullYear() + 2);
  inTwoYears.setUTCDate(inTwoYears.getUTCDate() - 1);
  const dl = "grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm";
  return (
    <>
      <PageHeader title={t("supervision:accreditations.detailTitle", { number: r.number })} subtitle={localName(lang, r.office)} actions={<AccreditationBadge t={t} status={r.status} />} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("supervision:apply.officeSection")}>
          <dl className={dl}>
            <dt className="text-slate-600">{t("supervision:fields.commercialRegNo")}</dt><dd><Ltr className="font-bold">{r.office.commercialRegNo}</Ltr></dd>
            <dt className="text-slate-600">{t("supervision:fields.phone")}</dt><dd><Ltr>{r.office.phone}</Ltr></dd>
            <dt className="text-slate-600">{t("supervision:fields.email")}</dt><dd><Ltr>{r.office.email ?? "—"}</Ltr></dd>
            <dt className="text-slate-600">{t("supervision:fields.applicant")}</dt><dd>{r.applicant && localName(lang, r.applicant)} <bdi dir="ltr">{r.applicant ? formatSaudiMobile(r.applicant.mobile) : ""}</bdi></dd>
            <dt className="text-slate-600">{t("supervision:fields.submittedAt")}</dt><dd><DateText date={r.submittedAt} lang={lang} /></dd>
            <dt className="text-slate-600">{t("supervision:accreditations.requested")}</dt>
            <dd className="flex flex-wrap gap-1">{r.serviceTypes.map((s) => <Badge key={s} tone="blue">{t(`supervision:serviceTypes.${s}`)}</Badge>)}</dd>
            <dt className="text-slate-600">{t("supervision:fields.municipalities")}</dt><dd>{r.requestedMunicipalities.map((m) => localName(lang, m)).join("، ")}</dd>
          </dl>
          {r.notes && <p className="mt-4 rounded-lg bg-sand-50 p-3 text-sm">{r.notes}</p>}
          <h3 className="mt-4 text-sm font-bold text-brand-900">{t("supervision:fields.documents")}</h3>
          {r.documents.length === 0 ? <p className="text-sm text-slate-600">{t("supervision:accreditations.documentsNone")}</p> : (
            <ul className="mt-1 space-y-1 text-sm">{r.documents.map((d) => <li key={d.id}><a className="text-brand-700 underline" href={`/api/files/${d.id}`} dir="auto">{d.originalName}</a></li>)}</ul>
          )}
        </Card>
        <Card title={t("supervision:fields.staff")}>
          <Table caption={t("supervision:fields.staff")} head={[t("common:name"), t("supervision:fields.role"), t("supervision:fields.qualificationNo")]}>
            {r.office.members.map((m) => (
              <tr key={m.id}>
                <Td><p className="font-bold">{localName(lang, m)}</p><p className="text-xs text-slate-600" dir="ltr">{m.nationalId}</p></Td>
                <Td>{t(`supervision:roles.${m.role as "AGENT"}`)}</Td>
                <Td><span dir="ltr">{m.qualificationNo ?? "—"}</span></Td>
              </tr>
            ))}
          </Table>
          <p className="mt-3 text-xs text-slate-600">{t("supervision:accreditations.staffNote")}</p>
          {invitations.length > 0 && (
            <section className="mt-4" aria-labelledby="invited-title" data-testid="accreditation-invitations">
              <h3 id="invited-title" className="mb-2 text-sm font-bold text-brand-900">{t("supervision:invitations.committeeTitle")}</h3>
              <InvitationTable t={t} lang={lang} rows={invitations} />
              <p className="mt-2 text-xs text-slate-600">{t("supervision:invitations.committeeNote")}</p>
            </section>
          )}
        </Card>
      </div>
      {r.availableEvents.length > 0 ? (
        <div className="mt-6 grid gap-6 lg:grid-cols-3">
          <Card title={t("supervision:accreditations.approveTitle")} className="lg:col-span-2">
            <ApproveForm requestId={r.id} municipalities={r.amanahMunicipalities.map((m) => ({ id: m.id, name: localName(lang, m) }))} requested={r.municipalityIds} serviceTypes={r.serviceTypes} today={riyadhDay(now)} inTwoYears={riyadhDay(inTwoYears)} action={approveAccreditationAction} />
          </Card>
          <Card title={t("supervision:accreditations.rejectTitle")}>
            <RejectForm requestId={r.id} action={rejectAccreditationAction} />
          </Card>
        </div>
      ) : (
        <div className="mt-6">
          <Alert
            tone={r.status === "APPROVED" ? "success" : "warning"}
            testId="decision"
            title={r.contractNumber ? t("supervision:accreditations.approved", { contract: r.contractNumber }) : t("supervision:accreditations.decided")}
          >
            {r.decisionReason && <p>{r.decisionReason}</p>}
          </Alert>
        </div>
      )}
    </>
  );
}
