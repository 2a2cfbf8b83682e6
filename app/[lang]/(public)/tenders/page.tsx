import type { Metadata } from "next";
import Link from "next/link";
import { activityName, param, TenderFilters, TenderStatusBadge, TenderTabs } from "@/components/tenders/parts";
import { DateText } from "@/components/ui/date-text";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { listTenders } from "@/lib/domain/tenders/queries/tenders";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localText } from "@/lib/kernel/locale";
import { pageParam } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("tenders:public.title") };
}

type Search = Promise<{ q?: string | string[]; activity?: string | string[]; status?: string | string[]; page?: string | string[] }>;

/** Public: every tender of the Amanah, filtered by number or words, activity and status (GET, paginated). */
export default async function TendersPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Search }) {
  const lang = await langOf(params);
  const t = getT(lang);
  const sp = await searchParams;
  const filters = { q: param(sp.q), activity: param(sp.activity, 32), status: param(sp.status, 16) };
  const list = await listTenders({ ...filters, page: pageParam(sp.page) });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("tenders:public.title")}</h1>
      <p className="mt-1 text-slate-600">{t("tenders:public.subtitle")}</p>
      <TenderTabs lang={lang} current="tenders" />
      <TenderFilters lang={lang} {...filters} />
      <p className="mt-4 text-sm text-slate-700">
        {t("tenders:public.subscribeHint")} <Link href={`/${lang}/my/tenders`} className="font-bold text-brand-700 underline">{t("tenders:public.subscribeLink")}</Link>
        {" · "}
        <Link href={`/${lang}/inquiry`} className="font-bold text-brand-700 underline">{t("tenders:public.inquiryLink")}</Link>
      </p>
      <div className="mt-4">
        {list.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="tenders-empty">{t("tenders:public.empty")}</p>
        ) : (
          <Table caption={t("tenders:public.caption")} head={[t("tenders:fields.number"), t("tenders:fields.title"), t("tenders:fields.activity"), t("tenders:fields.offersDeadline"), t("tenders:fields.bookletPriceShort"), t("tenders:fields.status")]}>
            {list.rows.map((r) => (
              <tr key={r.id} data-testid="tender-row" data-number={r.number}>
                <Td><Link href={`/${lang}/tenders/${r.number}`} className="font-mono font-bold text-brand-700 underline" dir="ltr">{r.number}</Link></Td>
                <Td><Link href={`/${lang}/tenders/${r.number}`} className="font-bold text-brand-900 hover:underline">{localText(lang, r, "title")}</Link></Td>
                <Td>{activityName(lang, r.activity)}</Td>
                <Td><DateText date={r.offersDeadline} lang={lang} withTime /></Td>
                <Td className="tabular-nums">{formatHalalas(r.bookletPriceHalalas, lang)}</Td>
                <Td><TenderStatusBadge lang={lang} status={r.status} /></Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination lang={lang} page={list.page} pageSize={list.pageSize} total={list.total} basePath={`/${lang}/tenders`} query={filters} />
      </div>
    </div>
  );
}
