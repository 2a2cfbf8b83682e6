import { pageParam } from "@/lib/validation";
import Link from "next/link";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { ACCREDITATION_FILTERS, accreditationList } from "@/lib/domain/offices/queries/accreditations";
import { localName } from "@/lib/kernel/locale";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { AccreditationBadge } from "../badges";
import { pageTitle } from "@/lib/i18n/page-title";

export const generateMetadata = pageTitle("accreditations");

export default async function AccreditationsPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ page?: string; status?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "offices.committee", `/${lang}/staff/supervision/accreditations`);
  const t = getT(lang);
  const sp = await searchParams;
  const r = await accreditationList(actor, { status: sp.status, page: pageParam(sp.page) });
  const base = `/${lang}/staff/supervision/accreditations`;
  return (
    <>
      <PageHeader title={t("supervision:accreditations.title")} />
      <nav aria-label={t("supervision:fields.status")} className="mb-4 flex flex-wrap gap-2">
        {ACCREDITATION_FILTERS.map((f) => (
          <Link key={f} href={`${base}?status=${f}`} aria-current={r.status === f ? "page" : undefined} className={`inline-flex min-h-11 items-center rounded-full px-4 text-sm font-bold ${r.status === f ? "bg-brand-600 text-white" : "border border-sand-200 bg-white text-slate-700 hover:bg-sand-50"}`}>
            {f === "all" ? t("supervision:accreditations.filterAll") : t(`supervision:accreditationStatus.${f}`)}
          </Link>
        ))}
      </nav>
      {r.rows.length === 0 ? <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("supervision:accreditations.empty")}</p> : (
        <Table caption={t("supervision:accreditations.title")} head={[t("supervision:fields.number"), t("supervision:fields.office"), t("supervision:fields.serviceTypes"), t("supervision:fields.submittedAt"), t("supervision:fields.status"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
          {r.rows.map((a) => (
            <tr key={a.number} data-testid="accreditation-row">
              <Td><span dir="ltr" className="font-bold tabular-nums">{a.number}</span></Td>
              <Td><p className="font-bold">{localName(lang, a.office)}</p><p className="text-xs text-slate-600" dir="ltr">{a.office.commercialRegNo}</p></Td>
              <Td>{a.serviceTypes.map((s) => t(`supervision:serviceTypes.${s}`)).join("، ")}</Td>
              <Td className="whitespace-nowrap"><DateText date={a.submittedAt} lang={lang} /></Td>
              <Td><AccreditationBadge t={t} status={a.status} /></Td>
              <Td><Link href={`${base}/${a.number}`} className="inline-flex min-h-11 items-center rounded-lg border border-brand-600 px-3 text-sm font-bold text-brand-700 hover:bg-brand-50">{t("supervision:accreditations.open")}</Link></Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={r.page} pageSize={r.pageSize} total={r.total} basePath={base} query={{ status: r.status }} />
    </>
  );
}
