import { notFound } from "next/navigation";
import { Facts, LongFact } from "@/components/ui/facts";
import { Attachments } from "@/components/violations/attachments";
import { ObjectionStatusBadge, ViolationStatusBadge } from "@/components/violations/badges";
import { BillStatusBadge } from "@/components/payments/bill-parts";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getMyViolation } from "@/lib/domain/violations/queries/my-violations";
import { formatGregorian } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { formatHalalas } from "@/lib/i18n/money";
import { langOf } from "@/lib/i18n/params";
import { ObjectionForm } from "./objection-form-deferred";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { localName, localText } from "@/lib/kernel/locale";
import { fileObjectionAction } from "./actions";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myViolation");

export default async function MyViolationPage({ params }: { params: Promise<{ lang: string; id: string }> }) {
  const lang = await langOf(params);
  const { id } = await params;
  const actor = await requirePageActor(lang, "violations.mine", `/${lang}/my/violations/${id}`);
  const t = getT(lang);
  const v = await getMyViolation(actor, id);
  if (!v) notFound();
  const o = v.objection;

  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <PageHeader
        title={t("violations:my.detailTitle", { number: v.number })}
        subtitle={localText(lang, v.establishment, "tradeName")}
        actions={<ButtonLink variant="ghost" href={`/${lang}/my/violations`}>{t("violations:my.back")}</ButtonLink>}
      />

      <Card title={localText(lang, v.article, "title")} action={<ViolationStatusBadge lang={lang} status={v.status} />}>
        <Facts
          items={[
            { label: t("violations:fields.number"), value: <span dir="ltr" className="tabular-nums">{v.number}</span> },
            { label: t("violations:fields.category"), value: `${v.article.code} · ${localText(lang, v.article, "category")}` },
            { label: t("violations:fields.fine"), value: <span className="font-bold tabular-nums">{formatHalalas(v.fineHalalas, lang)}{v.isRepeat ? ` · ${t("violations:fields.repeat")}` : ""}</span> },
            { label: t("violations:fields.date"), value: <DateText date={v.createdAt} lang={lang} withTime /> },
            { label: t("violations:fields.establishment"), value: <>{localText(lang, v.establishment, "tradeName")} · <span dir="ltr">{v.establishment.commercialRegNo}</span></> },
            { label: t("violations:fields.municipality"), value: localName(lang, v.municipality) },
            {
              label: t("violations:fields.location"),
              value: (
                <a className="text-brand-700 underline" href={`https://www.openstreetmap.org/?mlat=${v.latitude}&mlon=${v.longitude}#map=18/${v.latitude}/${v.longitude}`} target="_blank" rel="noopener noreferrer">
                  <span dir="ltr" className="tabular-nums">{v.latitude.toFixed(5)}, {v.longitude.toFixed(5)}</span>
                  <span className="sr-only">{t("violations:map")}</span>
                </a>
              ),
            },
            ...(v.notes ? [{ label: t("violations:fields.notes"), value: <span className="whitespace-pre-line">{v.notes}</span> }] : []),
          ]}
        />
      </Card>

      {v.bill && (
        <div data-testid="violation-bill">
          <Card title={t("violations:fields.bill")} action={<BillStatusBadge lang={lang} status={v.bill.status} of="fine" />}>
            <div className="flex flex-wrap items-end justify-between gap-4">
              <Facts
                items={[
                  { label: t("violations:fields.billNumber"), value: <span dir="ltr" className="text-lg font-bold tabular-nums">{groupBillNumber(v.bill.number)}</span> },
                  { label: t("violations:fields.fine"), value: <span className="text-lg font-bold tabular-nums">{formatHalalas(v.bill.totalHalalas, lang)}</span> },
                  { label: t("violations:fields.dueAt"), value: <DateText date={v.bill.dueAt} lang={lang} /> },
                ]}
              />
              {v.bill.status === "UNPAID" && <ButtonLink href={`/${lang}/my/bills/${v.bill.number}`}>{t("violations:my.payBill")}</ButtonLink>}
            </div>
          </Card>
        </div>
      )}

      <Card title={t("violations:fields.photos")}>
        <Attachments lang={lang} files={v.photos} kind="photos" />
      </Card>

      {o ? (
        <div data-testid="objection">
          <Card title={t("violations:my.objectionTitle")} action={<ObjectionStatusBadge lang={lang} status={o.status} />}>
            <div className="space-y-4">
              {o.status === "PENDING" && <Alert tone="info">{t("violations:my.objectionPendingNote")}</Alert>}
              <Facts
                items={[
                  { label: t("violations:my.filedAt"), value: <DateText date={o.filedAt} lang={lang} /> },
                  o.decidedAt
                    ? { label: t("violations:my.decidedAt"), value: <DateText date={o.decidedAt} lang={lang} /> }
                    : { label: t("violations:my.slaDueAt"), value: <DateText date={o.slaDueAt} lang={lang} /> },
                  ...(o.reducedToHalalas !== null ? [{ label: t("violations:my.reducedTo"), value: formatHalalas(o.reducedToHalalas, lang) }] : []),
                ]}
              />
              <LongFact label={t("violations:my.reason")}>{o.reason}</LongFact>
              {o.decisionNote && <LongFact label={t("violations:my.decisionNote")} testId="decision-note">{o.decisionNote}</LongFact>}
              <LongFact label={t("violations:my.documents")} block>
                <Attachments lang={lang} files={o.documents} kind="documents" />
              </LongFact>
            </div>
          </Card>
        </div>
      ) : v.canObject ? (
        <Card title={t("violations:object.title")}>
          <p className="mb-4 text-sm text-slate-700">{t("violations:my.objectUntil", { date: formatGregorian(v.objectionDeadline, lang) })}</p>
          <ObjectionForm violationId={v.id} action={fileObjectionAction} />
        </Card>
      ) : v.status === "ISSUED" ? (
        <Alert tone="warning">{t("violations:my.windowClosed")}</Alert>
      ) : null}
    </div>
  );
}
