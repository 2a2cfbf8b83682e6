import type { Metadata } from "next";
import Link from "next/link";
import { ComplaintMap } from "@/components/complaints/complaint-map";
import { activityName, param, TenderFilters, TenderStatusBadge, TenderTabs } from "@/components/tenders/parts";
import { DateText } from "@/components/ui/date-text";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { listAuctions } from "@/lib/domain/tenders/queries/auctions";
import { formatHalalas } from "@/lib/i18n/money";
import { formatNumber } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localText } from "@/lib/kernel/locale";
import { pageParam } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("tenders:public.auctionsTitle") };
}

type Search = Promise<{ q?: string | string[]; activity?: string | string[]; status?: string | string[]; page?: string | string[] }>;

/** Public: auctions of municipal sites for investment — the list and the sites on a map. */
export default async function AuctionsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Search }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const filters = { q: param(sp.q), activity: param(sp.activity, 32), status: param(sp.status, 16) };
  const list = await listAuctions({ ...filters, page: pageParam(sp.page) });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("tenders:public.auctionsTitle")}</h1>
      <p className="mt-1 text-slate-600">{t("tenders:public.auctionsSubtitle")}</p>
      <TenderTabs lang={lang} current="auctions" />
      <TenderFilters lang={lang} {...filters} auction />
      {list.rows.length > 0 && (
        <section className="mt-5" aria-labelledby="map-title">
          <h2 id="map-title" className="mb-2 text-base font-bold text-brand-900">{t("tenders:public.mapTitle")}</h2>
          <ComplaintMap label={t("tenders:public.mapTitle")} className="h-72" zoom={11} points={list.rows.map((a) => ({ id: a.id, lat: a.latitude, lng: a.longitude, label: `${a.number} — ${localText(lang, a, "title")}`, href: `/${lang}/auctions/${a.number}` }))} />
        </section>
      )}
      <div className="mt-5">
        {list.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("tenders:public.empty")}</p>
        ) : (
          <Table caption={t("tenders:public.auctionsCaption")} head={[t("tenders:fields.auctionNumber"), t("tenders:fields.title"), t("tenders:fields.activity"), t("tenders:fields.area"), t("tenders:fields.openingPriceShort"), t("tenders:fields.sessionAt"), t("tenders:fields.status")]}>
            {list.rows.map((a) => (
              <tr key={a.id} data-testid="auction-row" data-number={a.number}>
                <Td><Link href={`/${lang}/auctions/${a.number}`} className="font-mono font-bold text-brand-700 underline" dir="ltr">{a.number}</Link></Td>
                <Td><Link href={`/${lang}/auctions/${a.number}`} className="font-bold text-brand-900 hover:underline">{localText(lang, a, "title")}</Link><p className="text-xs text-slate-600">{localText(lang, a, "site")}</p></Td>
                <Td>{activityName(lang, a.activity)}</Td>
                <Td className="tabular-nums">{formatNumber(a.areaM2, lang)}</Td>
                <Td className="tabular-nums">{formatHalalas(a.openingPriceHalalas, lang)}</Td>
                <Td><DateText date={a.sessionAt} lang={lang} withTime /></Td>
                <Td><TenderStatusBadge lang={lang} status={a.status} auction /></Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination lang={lang} page={list.page} pageSize={list.pageSize} total={list.total} basePath={`/${lang}/auctions`} query={filters} />
      </div>
    </div>
  );
}
