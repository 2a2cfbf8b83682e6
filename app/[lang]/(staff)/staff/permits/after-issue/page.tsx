import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateText } from "@/components/ui/date-text";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SrOnly, Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { staffAfterIssueList } from "@/lib/domain/permits/after-issue/queries/after-issue";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { localName } from "@/lib/kernel/locale";
import { pageParam } from "@/lib/validation";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("permitsAfterIssue:staff.listTitle") };
}

/** The municipality's after-issue desk: issued permits of its municipalities (find one by number), and connection requests awaiting clearance. */
export default async function StaffAfterIssuePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "permits.certify", `/${lang}/staff/permits/after-issue`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 20) : "";
  const data = await staffAfterIssueList(actor, { q, page: pageParam(sp.page) });
  const base = `/${lang}/staff/permits/after-issue`;
  return (
    <>
      <PageHeader title={t("permitsAfterIssue:staff.listTitle")} subtitle={t("permitsAfterIssue:staff.listSubtitle")} />
      <form method="get" role="search" className="mb-6 flex flex-col gap-3 rounded-xl border border-sand-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="q" className="text-sm font-bold text-slate-800">{t("permitsAfterIssue:staff.searchLabel")}</label>
          <input id="q" name="q" dir="ltr" autoComplete="off" defaultValue={q} className="min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-start text-base" />
        </div>
        <div className="flex gap-2">
          <Button type="submit">{t("permitsAfterIssue:staff.search")}</Button>
          {q && <Link href={base} className={buttonClass("ghost")}>{t("permitsAfterIssue:staff.clear")}</Link>}
        </div>
      </form>

      <Card title={t("permitsAfterIssue:staff.pendingTitle")} className="mb-6">
        {data.pendingConnections.length === 0 ? (
          <p className="text-sm text-slate-600">{t("permitsAfterIssue:staff.pendingEmpty")}</p>
        ) : (
          <ul className="divide-y divide-sand-100">
            {data.pendingConnections.map((c) => (
              <li key={c.number} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span><bdi dir="ltr" className="font-bold tabular-nums">{c.number}</bdi> · {c.permit.ownerName} · <DateText date={c.requestedAt} lang={lang} /></span>
                <Link className="font-bold text-brand-700 underline" href={`${base}/${encodeURIComponent(c.permit.number)}`}>{t("permitsAfterIssue:staff.open")}<span className="sr-only"> {c.permit.number}</span></Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {data.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("permitsAfterIssue:staff.empty")}</p>
      ) : (
        <Table caption={t("permitsAfterIssue:staff.table")} head={[t("permitsAfterIssue:fields.permitNumber"), t("permitsAfterIssue:fields.owner"), t("permitsAfterIssue:fields.district"), t("permitsAfterIssue:fields.plan"), t("permitsAfterIssue:fields.issuedAt"), t("permitsAfterIssue:fields.status"), t("permitsAfterIssue:staff.inspections"), <SrOnly key="actions">{t("a11y:actionsColumn")}</SrOnly>]}>
          {data.rows.map((r) => (
            <tr key={r.number} data-testid="after-issue-row">
              <Td><bdi dir="ltr" className="font-bold tabular-nums">{r.number}</bdi></Td>
              <Td>{r.ownerName}<span className="block text-xs text-slate-500">{localName(lang, r.kind)}</span></Td>
              <Td>{localName(lang, r.district)}</Td>
              <Td><bdi dir="ltr">{r.planNo} / {r.parcelNo}</bdi></Td>
              <Td>{r.issuedAt && <DateText date={r.issuedAt} lang={lang} />}</Td>
              <Td><Badge status={r.status}>{t(`permitsAfterIssue:permitStatus.${r.status}`)}</Badge></Td>
              <Td>{r._count.inspections}</Td>
              <Td><Link className="font-bold text-brand-700 underline" href={`${base}/${encodeURIComponent(r.number)}`}>{t("permitsAfterIssue:staff.open")}<span className="sr-only"> {r.number}</span></Link></Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={data.page} pageSize={data.pageSize} total={data.total} basePath={base} query={{ q: q || undefined }} />
    </>
  );
}
