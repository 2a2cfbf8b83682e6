import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { BillStatusBadge } from "@/components/payments/bill-parts";
import { requirePageActor } from "@/lib/auth/require-actor";
import { objectionsQueue } from "@/lib/domain/violations/queries/objections";
import { getT } from "@/lib/i18n/server";
import { formatHalalas } from "@/lib/i18n/money";
import { langOf } from "@/lib/i18n/params";
import { localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("objections");

export default async function ObjectionsQueuePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "violations.decideObjection", `/${lang}/staff/objections`);
  const t = getT(lang);
  const sp = await searchParams;
  const result = await objectionsQueue(actor, { page: pageParam(sp.page) });

  return (
    <>
      <PageHeader title={t("violations:objections.title")} subtitle={t("violations:objections.subtitle")} />
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="objections-empty">{t("violations:objections.empty")}</p>
      ) : (
        <Table
          caption={t("violations:objections.title")}
          head={[t("violations:fields.number"), t("violations:fields.establishment"), t("violations:fields.fine"), t("violations:objections.filedAt"), t("violations:objections.slaDueAt"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}
        >
          {result.rows.map((o) => (
            <tr key={o.id} data-testid="objection-row" className={o.overdue ? "bg-red-50/50" : undefined}>
              <Td><span dir="ltr" className="font-bold tabular-nums">{o.violation.number}</span></Td>
              <Td>
                <p className="font-bold">{localText(lang, o.violation.establishment, "tradeName")}</p>
                <p className="text-xs text-slate-600">{localText(lang, o.violation.article, "title")}</p>
              </Td>
              <Td className="whitespace-nowrap">
                <p className="tabular-nums">{formatHalalas(o.violation.fineHalalas, lang)}</p>
                {o.violation.bill && <BillStatusBadge lang={lang} status={o.violation.bill.status} of="fine" />}
              </Td>
              <Td className="whitespace-nowrap"><DateText date={o.filedAt} lang={lang} /></Td>
              <Td className="whitespace-nowrap">
                <DateText date={o.slaDueAt} lang={lang} />
                {o.overdue && <div className="mt-1"><Badge tone="red">{t("violations:objections.overdue")}</Badge></div>}
              </Td>
              <Td>
                <Link href={`/${lang}/staff/objections/${o.id}`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">
                  {t("violations:objections.open")}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/staff/objections`} query={{}} />
    </>
  );
}
