import { pageParam } from "@/lib/validation";
import { ViolationStatusBadge } from "@/components/violations/badges";
import { BillStatusBadge } from "@/components/payments/bill-parts";
import { ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { can, requirePageActor } from "@/lib/auth/require-actor";
import { lookupViolations, violationOutOfScope } from "@/lib/domain/violations/queries/lookup";
import { OutOfScopeNotice } from "@/components/ui/out-of-scope";
import { getT } from "@/lib/i18n/server";
import { formatHalalas } from "@/lib/i18n/money";
import { langOf } from "@/lib/i18n/params";
import { groupBillNumber } from "@/lib/domain/payments/ui-format";
import { localText } from "@/lib/kernel/locale";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("violationsLookup");

export default async function ViolationLookupPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "violations.lookup", `/${lang}/staff/violations`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q : undefined;
  const result = await lookupViolations(actor, { q, page: pageParam(sp.page) });
  const outOfScope = result.q && result.rows.length === 0 ? await violationOutOfScope(actor, result.q) : null;

  return (
    <>
      <PageHeader
        title={t("violations:lookup.title")}
        subtitle={t("violations:lookup.subtitle")}
        actions={can(actor, "violations.record") ? <ButtonLink href={`/${lang}/staff/violations/new`}>{t("violations:lookup.newViolation")}</ButtonLink> : undefined}
      />
      <form method="get" role="search" className="mb-6 flex flex-wrap items-end gap-3 rounded-xl border border-sand-200 bg-white p-4">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-bold">
          {t("violations:lookup.q")}
          <input name="q" defaultValue={q} dir="ltr" autoComplete="off" className="min-h-11 w-full rounded-lg border border-slate-300 px-3 py-2 text-base font-normal text-start" />
        </label>
        <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-bold text-white hover:bg-brand-700">{t("common:search")}</button>
      </form>
      <h2 className="mb-3 text-base font-bold text-brand-900">{result.q ? t("violations:lookup.results") : t("violations:lookup.latest")}</h2>
      {outOfScope ? (
        <OutOfScopeNotice lang={lang} notice={outOfScope} />
      ) : result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600" data-testid="lookup-empty">{t("violations:lookup.empty")}</p>
      ) : (
        <Table
          caption={t("violations:lookup.title")}
          head={[t("violations:fields.number"), t("violations:fields.establishment"), t("violations:fields.article"), t("violations:fields.fine"), t("violations:fields.status"), t("violations:fields.bill"), t("violations:fields.date")]}
        >
          {result.rows.map((v) => (
            <tr key={v.id} data-testid="violation-row">
              <Td><span dir="ltr" className="font-bold tabular-nums">{v.number}</span></Td>
              <Td>
                <p className="font-bold">{localText(lang, v.establishment, "tradeName")}</p>
                <p className="text-xs text-slate-600"><span dir="ltr">{v.establishment.commercialRegNo}</span> · {v.establishment.ownerName} · <span dir="ltr">{v.establishment.ownerNationalId}</span></p>
              </Td>
              <Td><span className="text-xs text-slate-500">{v.article.code}</span><p>{localText(lang, v.article, "title")}</p></Td>
              <Td className="whitespace-nowrap tabular-nums">{formatHalalas(v.fineHalalas, lang)}</Td>
              <Td><ViolationStatusBadge lang={lang} status={v.status} /></Td>
              <Td>{v.bill ? <div className="flex flex-col items-start gap-1"><span dir="ltr" className="tabular-nums">{groupBillNumber(v.bill.number)}</span><BillStatusBadge lang={lang} status={v.bill.status} of="fine" /></div> : "—"}</Td>
              <Td className="whitespace-nowrap"><DateText date={v.createdAt} lang={lang} /></Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/staff/violations`} query={{ q }} />
    </>
  );
}
