import type { Metadata } from "next";
import Link from "next/link";
import { PlainField } from "@/components/forms/plain-field";
import { PlainSelect } from "@/components/forms/plain-select";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { adminListServices } from "@/lib/domain/catalogue/queries/admin-catalogue";
import { ESERVICE_STATES, type EServiceState } from "@/lib/domain/catalogue/workflow";
import { getT } from "@/lib/i18n/server";
import { langOf } from "@/lib/i18n/params";
import { pageParam } from "@/lib/validation";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { title: getT(await langOf(params))("catalogue:admin.title") };
}

const STATUS_TONE = { DRAFT: "amber", PUBLISHED: "green", RETIRED: "slate" } as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** Administrators: every catalogue entry in every state, to add, edit, publish or retire. */
export default async function AdminCataloguePage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<{ q?: string | string[]; status?: string | string[]; page?: string | string[] }> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "catalogue.manage", `/${lang}/staff/catalogue`);
  const t = getT(lang);
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 100);
  const status = (ESERVICE_STATES as readonly string[]).includes(one(sp.status)) ? (one(sp.status) as EServiceState) : null;
  const result = await adminListServices(actor, lang, { q, status, page: pageParam(sp.page) });
  return (
    <>
      <PageHeader title={t("catalogue:admin.title")} subtitle={t("catalogue:admin.subtitle")} actions={<ButtonLink href={`/${lang}/staff/catalogue/new`}>{t("catalogue:admin.new")}</ButtonLink>} />
      <form method="get" role="search" className="mb-6 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <PlainField name="q" type="search" label={t("catalogue:admin.search")} defaultValue={q} dir="auto" />
        <PlainSelect name="status" label={t("catalogue:admin.status")} placeholder={t("catalogue:admin.allStatuses")} defaultValue={status ?? ""} options={ESERVICE_STATES.map((s) => ({ value: s, label: `${t(`catalogue:admin.statuses.${s}`)} (${result.counts[s] ?? 0})` }))} />
        <Button type="submit" className="min-h-11">{t("catalogue:admin.filter")}</Button>
      </form>
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("catalogue:admin.empty")}</p>
      ) : (
        <Table caption={t("catalogue:admin.title")} head={[t("catalogue:admin.fields.code"), t("catalogue:admin.name"), t("catalogue:admin.fields.category"), t("catalogue:admin.status"), t("catalogue:admin.online"), t("catalogue:admin.updated")]}>
          {result.rows.map((r) => (
            <tr key={r.code} data-testid="admin-service-row" data-code={r.code}>
              <Td><bdi dir="ltr" className="font-mono text-xs">{r.code}</bdi></Td>
              <Td><Link href={`/${lang}/staff/catalogue/${encodeURIComponent(r.code)}`} className="font-bold text-brand-700 hover:underline">{r.name}</Link></Td>
              <Td>{t(`catalogue:categories.${r.category}.short`)}</Td>
              <Td><Badge tone={STATUS_TONE[r.status]} status={r.status}>{t(`catalogue:admin.statuses.${r.status}`)}</Badge></Td>
              <Td>{r.live ? t("catalogue:admin.live") : t("catalogue:admin.notLive")}</Td>
              <Td><DateText date={r.updatedAt} lang={lang} /></Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/staff/catalogue`} query={{ q: q || undefined, status: status ?? undefined }} />
    </>
  );
}
