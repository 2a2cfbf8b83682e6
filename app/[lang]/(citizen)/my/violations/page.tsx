import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { ViolationStatusBadge } from "@/components/violations/badges";
import { BillStatusBadge } from "@/components/payments/bill-parts";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listMyViolations } from "@/lib/domain/violations/queries/my-violations";
import { getT } from "@/lib/i18n/server";
import { formatHalalas } from "@/lib/i18n/money";
import { langOf } from "@/lib/i18n/params";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("myViolations");

export default async function MyViolationsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "violations.mine", `/${lang}/my/violations`);
  const t = getT(lang);
  const sp = await searchParams;
  const result = await listMyViolations(actor, { page: pageParam(sp.page) });

  return (
    <>
      <PageHeader title={t("violations:my.title")} subtitle={t("violations:my.subtitle")} />
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("violations:my.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {result.rows.map((v) => (
            <li key={v.id} data-testid="my-violation">
              <Link
                href={`/${lang}/my/violations/${v.id}`}
                className="block rounded-xl border border-sand-200 bg-white p-4 shadow-sm transition-colors hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs text-slate-500">
                      {t("violations:fields.number")} <span dir="ltr" className="font-bold tabular-nums text-slate-700">{v.number}</span>
                    </p>
                    <p className="mt-1 font-bold text-brand-900">{localText(lang, v.article, "title")}</p>
                    <p className="text-sm text-slate-600">{localText(lang, v.establishment, "tradeName")}</p>
                  </div>
                  <ViolationStatusBadge lang={lang} status={v.status} />
                </div>
                <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
                  <span className="font-bold tabular-nums text-slate-900">{formatHalalas(v.fineHalalas, lang)}</span>
                  {v.bill && (
                    <span className="inline-flex items-center gap-2">
                      <span className="text-slate-600">{t("violations:fields.billNumber")}</span>
                      <span dir="ltr" className="tabular-nums">{groupBillNumber(v.bill.number)}</span>
                      <BillStatusBadge lang={lang} status={v.bill.status} of="fine" />
                    </span>
                  )}
                  <span className="text-slate-600"><DateText date={v.createdAt} lang={lang} /></span>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/my/violations`} query={{}} />
    </>
  );
}
