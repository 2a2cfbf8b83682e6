import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AwardTenderForm, StepForm } from "@/components/tenders/step-forms";
import { activityName, TenderStatusBadge } from "@/components/tenders/parts";
import { TenderForm } from "@/components/tenders/tender-form";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getTenderForStaff, publishingMunicipalities } from "@/lib/domain/tenders/queries/tenders";
import { toRiyadhInput } from "@/lib/domain/tenders/schemas";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { awardTenderAction, editTenderAction, tenderStepAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const lang = await langOf(params);
  const { number } = await params;
  return { title: `${decodeURIComponent(number).slice(0, 16)} — ${getT(lang)("tenders:staff.title")}` };
}

/** One tender for the officer: facts, the steps the workflow allows now, the award, the edit form, the buyers. */
export default async function StaffTenderPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const actor = await requirePageActor(lang, "tenders.manage", `/${lang}/staff/tenders/${number}`);
  const t = getT(lang);
  const tender = await getTenderForStaff(actor, number);
  if (!tender) notFound();
  const municipalities = tender.canEdit ? (await publishingMunicipalities(actor)).map((m) => ({ id: m.id, name: localName(lang, m) })) : [];
  return (
    <div className="space-y-6">
      <PageHeader title={localText(lang, tender, "title")} subtitle={<span className="flex flex-wrap items-center gap-3"><bdi dir="ltr" className="font-mono font-bold" data-testid="tender-number">{tender.number}</bdi><TenderStatusBadge lang={lang} status={tender.status} /><Link className="text-sm text-brand-700 underline" href={`/${lang}/tenders/${tender.number}`}>{t("tenders:staff.viewIt")}</Link></span>} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label={t("tenders:fields.activity")}>{activityName(lang, tender.activity)}</Fact>
            <Fact label={t("tenders:fields.municipality")}>{localName(lang, tender.municipality)}</Fact>
            <Fact label={t("tenders:fields.bookletPriceShort")}><span className="tabular-nums">{formatHalalas(tender.bookletPriceHalalas, lang)}</span></Fact>
            <Fact label={t("tenders:staff.currentBooklet")}>{tender.bookletFile ? <a className="text-brand-700 underline" href={`/api/files/${tender.bookletFile.id}`}>{tender.bookletFile.originalName}</a> : "—"}</Fact>
            <Fact label={t("tenders:fields.questionsUntil")}><DateText date={tender.questionsUntil} lang={lang} withTime /></Fact>
            <Fact label={t("tenders:fields.offersDeadline")}><DateText date={tender.offersDeadline} lang={lang} withTime /></Fact>
            <Fact label={t("tenders:fields.openingAt")}><DateText date={tender.openingAt} lang={lang} withTime /></Fact>
            {tender.awardedTo && <Fact label={t("tenders:fields.awardedTo")}><span data-testid="awarded-to">{tender.awardedTo}</span></Fact>}
            {tender.awardHalalas !== null && <Fact label={t("tenders:fields.awardAmountShort")}>{formatHalalas(tender.awardHalalas, lang)}</Fact>}
          </dl>
        </Card>
        <div className="space-y-5">
          <Card title={t("tenders:staff.steps")}>
            {tender.steps.length > 0 ? <StepForm id={tender.id} steps={tender.steps} action={tenderStepAction} /> : <p className="text-sm text-slate-600" data-testid="no-steps">{t("tenders:staff.stepsNone")}</p>}
          </Card>
          {(tender.canAward || tender.awardedTo) && (
            <Card title={t("tenders:staff.awardTitle")}>
              <AwardTenderForm tenderId={tender.id} awarded={!tender.canAward} action={awardTenderAction} />
            </Card>
          )}
        </div>
      </div>
      {tender.canEdit && (
        <Card title={t("tenders:staff.editTitle")}>
          <p className="mb-4 text-sm text-slate-600">{t("tenders:staff.editHint")}</p>
          <TenderForm
            lang={lang}
            municipalities={municipalities}
            action={editTenderAction}
            tenderId={tender.id}
            initial={{ titleAr: tender.titleAr, titleEn: tender.titleEn, descriptionAr: tender.descriptionAr, descriptionEn: tender.descriptionEn, activity: tender.activity as never, municipalityId: tender.municipalityId, bookletPrice: (tender.bookletPriceHalalas / 100).toFixed(2), questionsUntil: toRiyadhInput(tender.questionsUntil), offersDeadline: toRiyadhInput(tender.offersDeadline), openingAt: toRiyadhInput(tender.openingAt) }}
          />
        </Card>
      )}
      <section aria-labelledby="buyers-title">
        <h2 id="buyers-title" className="mb-3 text-lg font-bold text-brand-900">{t("tenders:staff.purchasesCaption")}</h2>
        {tender.purchases.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("tenders:staff.none")}</p>
        ) : (
          <Table caption={t("tenders:staff.purchasesCaption")} head={[t("tenders:staff.buyer"), t("tenders:staff.crNumber"), t("tenders:staff.billNumber"), t("tenders:fields.status"), t("tenders:staff.boughtAt")]}>
            {tender.purchases.map((p) => (
              <tr key={p.billNumber} data-testid="booklet-buyer" data-paid={p.paid ? "yes" : "no"}>
                <Td>{p.buyerName}</Td>
                <Td>{p.crNumber ? <bdi dir="ltr">{p.crNumber}</bdi> : "—"}</Td>
                <Td><bdi dir="ltr" className="font-mono">{p.billNumber}</bdi></Td>
                <Td>{p.paid ? t("tenders:staff.paid") : t("tenders:staff.unpaid")}</Td>
                <Td><DateText date={p.createdAt} lang={lang} /></Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
