import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComplaintMap } from "@/components/complaints/complaint-map";
import { activityName, TenderStatusBadge } from "@/components/tenders/parts";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Fact } from "@/components/ui/facts";
import { getAuction } from "@/lib/domain/tenders/queries/auctions";
import { formatHalalas } from "@/lib/i18n/money";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName, localText } from "@/lib/kernel/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string; number: string }> }): Promise<Metadata> {
  const lang = await langOf(params);
  const { number } = await params;
  const a = await getAuction(number);
  return { title: a ? `${a.number} — ${localText(lang, a, "title")}` : getT(lang)("tenders:public.auctionsTitle") };
}

/** Public: one auction — the site on the map, area, activity, opening price, session and result. */
export default async function AuctionPage({ params }: { params: Promise<{ lang: string; number: string }> }) {
  const lang = await langOf(params);
  const { number } = await params;
  const t = getT(lang);
  const a = await getAuction(number);
  if (!a) notFound();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <Link href={`/${lang}/auctions`} className="text-sm font-bold text-brand-700 underline">{t("tenders:detail.backAuctions")}</Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <bdi dir="ltr" className="font-mono text-sm font-bold text-slate-600" data-testid="auction-number">{a.number}</bdi>
        <TenderStatusBadge lang={lang} status={a.status} auction />
      </div>
      <h1 className="mt-2 text-2xl font-bold text-brand-900 sm:text-3xl">{localText(lang, a, "title")}</h1>
      <p className="mt-2 text-slate-700">{localText(lang, a, "site")}</p>
      <div className="mt-6 grid gap-5 md:grid-cols-2">
        <Card>
          <dl className="grid gap-4">
            <Fact label={t("tenders:fields.activity")}>{activityName(lang, a.activity)}</Fact>
            <Fact label={t("tenders:fields.municipality")}>{localName(lang, a.municipality)}</Fact>
            <Fact label={t("tenders:fields.area")}><span className="tabular-nums">{formatNumber(a.areaM2, lang)}</span></Fact>
            <Fact label={t("tenders:fields.openingPriceShort")}><span className="tabular-nums">{formatHalalas(a.openingPriceHalalas, lang)}</span></Fact>
            <Fact label={t("tenders:fields.sessionAt")}><DateText date={a.sessionAt} lang={lang} withTime /></Fact>
          </dl>
        </Card>
        <Card title={t("tenders:fields.location")}>
          <ComplaintMap label={t("tenders:fields.location")} className="h-64" zoom={15} points={[{ id: a.id, lat: a.latitude, lng: a.longitude, label: localText(lang, a, "site") }]} />
          <p className="mt-2 text-sm">
            <a className="text-brand-700 underline" href={`https://www.openstreetmap.org/?mlat=${a.latitude}&mlon=${a.longitude}#map=17/${a.latitude}/${a.longitude}`} target="_blank" rel="noopener noreferrer">{t("tenders:fields.openMap")}</a>{" "}
            <bdi dir="ltr" className="tabular-nums text-slate-500">{a.latitude.toFixed(5)}, {a.longitude.toFixed(5)}</bdi>
          </p>
        </Card>
      </div>
      {a.winnerName && (
        <section className="mt-6 rounded-xl border-2 border-brand-600 bg-brand-50 p-5" data-testid="auction-result" aria-labelledby="result-title">
          <h2 id="result-title" className="text-lg font-bold text-brand-900">{t("tenders:detail.auctionResult")}</h2>
          <dl className="mt-3 grid gap-4 sm:grid-cols-2">
            <Fact label={t("tenders:fields.winnerName")}>{a.winnerName}</Fact>
            {a.winningBidHalalas !== null && <Fact label={t("tenders:fields.winningBidShort")}><span className="tabular-nums">{formatHalalas(a.winningBidHalalas, lang)}</span></Fact>}
          </dl>
        </section>
      )}
      {a.status === "CANCELLED" && <div className="mt-6"><Alert tone="warning" title={t("tenders:detail.auctionCancelled")}>{a.resultNote}</Alert></div>}
    </div>
  );
}
