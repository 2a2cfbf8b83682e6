import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuctionForm } from "@/components/tenders/auction-form";
import { AwardAuctionForm, StepForm } from "@/components/tenders/step-forms";
import { activityName, TenderStatusBadge } from "@/components/tenders/parts";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/require-actor";
import { getAuctionForStaff } from "@/lib/domain/tenders/queries/auctions";
import { publishingMunicipalities } from "@/lib/domain/tenders/queries/tenders";
import { toRiyadhInput } from "@/lib/domain/tenders/schemas";
import { formatHalalas } from "@/lib/i18n/money";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";
import { auctionStepAction, awardAuctionAction, editAuctionAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const lang = await langOf(params);
  const { number } = await params;
  return { title: `${decodeURIComponent(number).slice(0, 16)} — ${getT(lang)("tenders:staff.title")}` };
}

/** One auction for the officer: facts, the steps allowed now, the result form, the edit form. */
export default async function StaffAuctionPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const actor = await requirePageActor(lang, "tenders.manage", `/${lang}/staff/auctions/${number}`);
  const t = getT(lang);
  const a = await getAuctionForStaff(actor, number);
  if (!a) notFound();
  const municipalities = a.canEdit ? (await publishingMunicipalities(actor)).map((m) => ({ id: m.id, name: localName(lang, m) })) : [];
  return (
    <div className="space-y-6">
      <PageHeader title={localText(lang, a, "title")} subtitle={<span className="flex flex-wrap items-center gap-3"><bdi dir="ltr" className="font-mono font-bold">{a.number}</bdi><TenderStatusBadge lang={lang} status={a.status} auction /><Link className="text-sm text-brand-700 underline" href={`/${lang}/auctions/${a.number}`}>{t("tenders:staff.viewIt")}</Link></span>} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card>
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label={t("tenders:fields.site")}>{localText(lang, a, "site")}</Fact>
            <Fact label={t("tenders:fields.activity")}>{activityName(lang, a.activity)}</Fact>
            <Fact label={t("tenders:fields.municipality")}>{localName(lang, a.municipality)}</Fact>
            <Fact label={t("tenders:fields.area")}>{formatNumber(a.areaM2, lang)}</Fact>
            <Fact label={t("tenders:fields.openingPriceShort")}>{formatHalalas(a.openingPriceHalalas, lang)}</Fact>
            <Fact label={t("tenders:fields.sessionAt")}><DateText date={a.sessionAt} lang={lang} withTime /></Fact>
            {a.winnerName && <Fact label={t("tenders:fields.winnerName")}>{a.winnerName}</Fact>}
            {a.winningBidHalalas !== null && <Fact label={t("tenders:fields.winningBidShort")}>{formatHalalas(a.winningBidHalalas, lang)}</Fact>}
          </dl>
        </Card>
        <div className="space-y-5">
          <Card title={t("tenders:staff.steps")}>
            {a.steps.length > 0 ? <StepForm id={a.id} auction steps={a.steps} action={auctionStepAction} /> : <p className="text-sm text-slate-600">{t("tenders:staff.stepsNone")}</p>}
          </Card>
          {(a.canAward || a.winnerName) && (
            <Card title={t("tenders:staff.awardAuctionTitle")}>
              <AwardAuctionForm auctionId={a.id} awarded={!a.canAward} action={awardAuctionAction} />
            </Card>
          )}
        </div>
      </div>
      {a.canEdit && (
        <Card title={t("tenders:staff.editAuctionTitle")}>
          <p className="mb-4 text-sm text-slate-600">{t("tenders:staff.editAuctionHint")}</p>
          <AuctionForm lang={lang} municipalities={municipalities} action={editAuctionAction} auctionId={a.id} initial={{ titleAr: a.titleAr, titleEn: a.titleEn, siteAr: a.siteAr, siteEn: a.siteEn, latitude: String(a.latitude) as never, longitude: String(a.longitude) as never, areaM2: String(a.areaM2) as never, activity: a.activity as never, municipalityId: a.municipalityId, openingPrice: (a.openingPriceHalalas / 100).toFixed(2), sessionAt: toRiyadhInput(a.sessionAt) }} />
        </Card>
      )}
    </div>
  );
}
