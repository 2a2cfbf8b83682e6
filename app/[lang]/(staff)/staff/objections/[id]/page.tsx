import { notFound } from "next/navigation";
import { Facts, LongFact } from "@/components/ui/facts";
import { Attachments } from "@/components/violations/attachments";
import { ObjectionStatusBadge } from "@/components/violations/badges";
import { BillStatusBadge } from "@/components/payments/bill-parts";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getObjectionForDecision } from "@/lib/domain/violations/queries/objections";
import { getT } from "@/lib/i18n/server";
import { formatHalalas } from "@/lib/i18n/money";
import { langOf } from "@/lib/i18n/params";
import { DecideForm } from "./decide-form";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { localText } from "@/lib/kernel/locale";
import { decideObjectionAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("objection");

export default async function ObjectionPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "violations.decideObjection", `/${lang}/staff/objections/${id}`);
  const t = getT(lang);
  const o = await getObjectionForDecision(actor, id);
  if (!o) notFound();
  const v = o.violation;

  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <PageHeader
        title={t("violations:objections.detailTitle", { number: v.number })}
        subtitle={localText(lang, v.establishment, "tradeName")}
        actions={<ButtonLink variant="ghost" href={`/${lang}/staff/objections`}>{t("violations:objections.back")}</ButtonLink>}
      />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card title={t("violations:objections.objectionCard")} action={<ObjectionStatusBadge lang={lang} status={o.status} />}>
          <div className="space-y-4">
            <Facts
              items={[
                { label: t("violations:objections.filedAt"), value: <DateText date={o.filedAt} lang={lang} withTime /> },
                {
                  label: t("violations:objections.slaDueAt"),
                  value: (
                    <span className="inline-flex flex-wrap items-center gap-2">
                      <DateText date={o.slaDueAt} lang={lang} />
                      {o.overdue && <Badge tone="red">{t("violations:objections.overdue")}</Badge>}
                    </span>
                  ),
                },
              ]}
            />
            <LongFact label={t("violations:my.reason")} testId="objection-reason">{o.reason}</LongFact>
            <LongFact label={t("violations:my.documents")} block>
              <Attachments lang={lang} files={o.documents} kind="documents" />
            </LongFact>
          </div>
        </Card>
        <Card title={t("violations:objections.violationCard")}>
          <div className="space-y-4">
            <Facts
              items={[
                { label: t("violations:fields.article"), value: `${v.article.code} — ${localText(lang, v.article, "title")}` },
                { label: t("violations:fields.fine"), value: <span className="font-bold tabular-nums">{formatHalalas(v.fineHalalas, lang)}</span> },
                { label: t("violations:fields.owner"), value: <>{v.establishment.ownerName} · <span dir="ltr">{v.establishment.ownerNationalId}</span></> },
                { label: t("violations:fields.crNumber"), value: <span dir="ltr">{v.establishment.commercialRegNo}</span> },
                { label: t("violations:fields.date"), value: <DateText date={v.createdAt} lang={lang} /> },
                ...(v.bill
                  ? [{ label: t("violations:fields.bill"), value: <span className="inline-flex flex-wrap items-center gap-2"><span dir="ltr" className="tabular-nums">{groupBillNumber(v.bill.number)}</span><BillStatusBadge lang={lang} status={v.bill.status} of="fine" /></span> }]
                  : []),
                ...(v.notes ? [{ label: t("violations:fields.notes"), value: <span className="whitespace-pre-line">{v.notes}</span> }] : []),
              ]}
            />
            <Attachments lang={lang} files={v.photos} kind="photos" />
          </div>
        </Card>
      </div>
      {o.canDecide ? (
        <Card title={t("violations:decide.title")}>
          <DecideForm lang={lang} objectionId={o.id} fineHalalas={v.fineHalalas} action={decideObjectionAction} />
        </Card>
      ) : (
        <Alert tone="info" title={t("violations:objections.decidedAlready")}>
          {o.decisionNote}
          {o.reducedToHalalas !== null ? ` · ${t("violations:my.reducedTo")}: ${formatHalalas(o.reducedToHalalas, lang)}` : ""}
        </Alert>
      )}
    </div>
  );
}
