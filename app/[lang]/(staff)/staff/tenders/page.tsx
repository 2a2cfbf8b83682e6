import Link from "next/link";
import { activityName, TenderStatusBadge } from "@/components/tenders/parts";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { staffOverview } from "@/lib/domain/tenders/queries/auctions";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localText } from "@/lib/kernel/locale";
import { pageParam } from "@/lib/validation";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("staffTenders");

/** The tenders officer's desk: every tender and auction of their scope. */
export default async function StaffTendersPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "tenders.manage", `/${lang}/staff/tenders`);
  const t = getT(lang);
  const page = pageParam((await searchParams).page);
  const { tenders, auctions } = await staffOverview(actor, page);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("tenders:staff.title")}
        subtitle={t("tenders:staff.subtitle")}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/${lang}/staff/tenders/new`}>{t("tenders:staff.newTender")}</ButtonLink>
            <ButtonLink variant="secondary" href={`/${lang}/staff/auctions/new`}>{t("tenders:staff.newAuction")}</ButtonLink>
          </div>
        }
      />
      <section aria-labelledby="tenders-title">
        <h2 id="tenders-title" className="mb-3 text-lg font-bold text-brand-900">{t("tenders:staff.tenders")}</h2>
        {tenders.rows.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("tenders:staff.none")}</p>
        ) : (
          <Table caption={t("tenders:staff.tenders")} head={[t("tenders:fields.number"), t("tenders:fields.title"), t("tenders:fields.activity"), t("tenders:fields.offersDeadline"), t("tenders:fields.purchases"), t("tenders:fields.status")]}>
            {tenders.rows.map((r) => (
              <tr key={r.number} data-testid="staff-tender-row" data-number={r.number}>
                <Td><Link className="font-mono font-bold text-brand-700 underline" dir="ltr" href={`/${lang}/staff/tenders/${r.number}`}>{r.number}</Link></Td>
                <Td>{localText(lang, r, "title")}</Td>
                <Td>{activityName(lang, r.activity)}</Td>
                <Td><DateText date={r.offersDeadline} lang={lang} withTime /></Td>
                <Td className="tabular-nums">{r.purchases}</Td>
                <Td><TenderStatusBadge lang={lang} status={r.status} /></Td>
              </tr>
            ))}
          </Table>
        )}
        <Pagination lang={lang} page={tenders.page} pageSize={tenders.pageSize} total={tenders.total} basePath={`/${lang}/staff/tenders`} query={{}} />
      </section>
      <section aria-labelledby="auctions-title">
        <h2 id="auctions-title" className="mb-3 text-lg font-bold text-brand-900">{t("tenders:staff.auctions")}</h2>
        {auctions.length === 0 ? (
          <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("tenders:staff.none")}</p>
        ) : (
          <Table caption={t("tenders:staff.auctions")} head={[t("tenders:fields.auctionNumber"), t("tenders:fields.title"), t("tenders:fields.activity"), t("tenders:fields.sessionAt"), t("tenders:fields.status")]}>
            {auctions.map((a) => (
              <tr key={a.number} data-testid="staff-auction-row" data-number={a.number}>
                <Td><Link className="font-mono font-bold text-brand-700 underline" dir="ltr" href={`/${lang}/staff/auctions/${a.number}`}>{a.number}</Link></Td>
                <Td>{localText(lang, a, "title")}</Td>
                <Td>{activityName(lang, a.activity)}</Td>
                <Td><DateText date={a.sessionAt} lang={lang} withTime /></Td>
                <Td><TenderStatusBadge lang={lang} status={a.status} auction /></Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </div>
  );
}
