import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { BillNumber, BillStatusBadge, HowToPay, Money } from "@/components/payments/bill-parts";
import { StatCard } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/button";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyBills, type MyBillDTO } from "@/lib/domain/payments/queries/my-bills";
import { formatHalalas } from "@/lib/i18n/money";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";
import { Fact } from "@/components/ui/facts";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myBills");

export default async function MyBillsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "bills.mine", `/${lang}/my/bills`);
  const t = getT(lang);
  const sp = await searchParams;
  const result = await listMyBills(actor, { page: pageParam(sp.page) });
  const firstUnpaid = result.rows.find((b) => b.status === "UNPAID");

  return (
    <>
      <PageHeader title={t("payments:myBills.title")} subtitle={t("payments:myBills.subtitle")} />
      <div className="mb-6 grid gap-4 sm:grid-cols-2">
        <StatCard label={t("payments:myBills.groups.unpaid")} value={t("payments:myBills.unpaidSummary", { count: result.unpaid.count })} />
        <StatCard label={t("payments:myBills.totalDue")} value={formatHalalas(result.unpaid.totalHalalas, lang)} />
      </div>
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("payments:myBills.empty")}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
          <ul aria-label={t("payments:myBills.listCaption")} className="space-y-4">
            {result.rows.map((bill) => (
              <li key={bill.number}>
                <BillCard bill={bill} lang={lang} />
              </li>
            ))}
          </ul>
          {firstUnpaid && (
            <aside className="xl:sticky xl:top-4 xl:self-start">
              <HowToPay lang={lang} billerCode={firstUnpaid.billerCode} number={firstUnpaid.number} />
            </aside>
          )}
        </div>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/my/bills`} query={{}} />
    </>
  );
}

function BillCard({ bill, lang }: { bill: MyBillDTO; lang: Lang }) {
  const t = getT(lang);
  const muted = bill.status === "EXPIRED" || bill.status === "CANCELLED";
  return (
    <article data-testid="bill-card" data-status={bill.status} className={`rounded-xl border bg-white p-5 shadow-sm ${bill.overdue ? "border-red-200" : "border-sand-200"} ${muted ? "opacity-80" : ""}`}>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs font-bold text-slate-500">{t("payments:myBills.billNumber")}</p>
          <BillNumber number={bill.number} className="text-2xl text-brand-900" />
        </div>
        <div className="text-end">
          <BillStatusBadge status={bill.status} overdue={bill.overdue} lang={lang} />
          <p className="mt-2 text-2xl font-bold text-brand-800">
            <Money halalas={bill.totalHalalas} lang={lang} />
          </p>
        </div>
      </header>
      <ul className="mt-3 space-y-1 border-t border-sand-100 pt-3 text-sm">
        {bill.lines.map((l, i) => (
          <li key={i} className="flex justify-between gap-3">
            <span>{localText(lang, l, "description")}</span>
            <Money halalas={l.amountHalalas} lang={lang} className="text-slate-700" />
          </li>
        ))}
      </ul>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Fact label={t("payments:myBills.municipality")}>{localName(lang, bill.municipality)}</Fact>
        <Fact label={t("payments:myBills.billerCode")}>
          <span dir="ltr" className="tabular-nums">{bill.billerCode}</span>
        </Fact>
        {bill.status === "PAID" && bill.paidAt ? (
          <Fact label={t("payments:myBills.paidAt")}><DateText date={bill.paidAt} lang={lang} /></Fact>
        ) : (
          <Fact label={t("payments:myBills.dueAt")}><DateText date={bill.dueAt} lang={lang} /></Fact>
        )}
        <Fact label={t("payments:myBills.issuedAt")}><DateText date={bill.issuedAt} lang={lang} /></Fact>
      </dl>
      <footer className="mt-4 flex flex-wrap gap-2">
        <Link href={`/${lang}/my/bills/${bill.number}`} className={buttonClass("secondary")}>
          {t("payments:myBills.details")}
        </Link>
        {bill.status === "PAID" && bill.receiptCode && (
          <Link href={`/${lang}/my/bills/${bill.number}/receipt`} className={buttonClass("primary")}>
            {t("payments:myBills.receipt")}
          </Link>
        )}
      </footer>
    </article>
  );
}
