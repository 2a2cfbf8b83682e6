import { DateText } from "@/components/ui/date-text";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { requirePageActor } from "@/lib/auth/require-actor";
import { listAudit } from "@/lib/domain/audit/queries/list-audit";
import { parseAuditFilters, type SearchParams } from "@/lib/domain/audit/schemas";
import { getT } from "@/lib/i18n/server";
import { Ltr } from "@/components/ui/ltr";
import { auditActionLabel, auditActorLabel, auditEntityLabel } from "@/lib/domain/audit/labels";
import { langOf } from "@/lib/i18n/params";
import { pageTitle } from "@/lib/i18n/page-title";

const input = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm";

export const generateMetadata = pageTitle("audit");

export default async function AuditLogPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> }) {
  const lang = await langOf(params);
  const actor = await requirePageActor(lang, "audit.read", `/${lang}/staff/audit`);
  const t = getT(lang);
  const raw = await searchParams;
  const filters = parseAuditFilters(raw);
  const result = await listAudit(actor, filters);
  const str = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);

  return (
    <>
      <PageHeader title={t("audit:page.title")} subtitle={t("audit:page.subtitle")} />
      <form method="get" className="mb-6 grid gap-3 rounded-xl border border-sand-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label={t("audit:page.filters")}>
        <label className="flex flex-col gap-1 text-sm font-bold">{t("audit:page.actor")}<input name="actor" defaultValue={str("actor")} className={input} dir="ltr" /></label>
        <label className="flex flex-col gap-1 text-sm font-bold">{t("audit:page.action")}<input name="action" defaultValue={str("action")} className={input} dir="ltr" /></label>
        <label className="flex flex-col gap-1 text-sm font-bold">{t("audit:page.entity")}<input name="entityType" defaultValue={str("entityType")} className={input} dir="ltr" /></label>
        <label className="flex flex-col gap-1 text-sm font-bold">{t("audit:page.from")}<input type="date" name="from" defaultValue={str("from")} className={input} /></label>
        <label className="flex flex-col gap-1 text-sm font-bold">{t("audit:page.to")}<input type="date" name="to" defaultValue={str("to")} className={input} /></label>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-5">
          <button type="submit" className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-bold text-white hover:bg-brand-700">{t("common:filter")}</button>
          <a href={`/${lang}/staff/audit`} className="inline-flex min-h-11 items-center rounded-lg border border-sand-200 px-4 text-sm font-bold hover:bg-sand-100">{t("common:reset")}</a>
        </div>
      </form>
      {result.rows.length === 0 ? (
        <p className="rounded-xl border border-sand-200 bg-white p-6 text-slate-600">{t("audit:page.empty")}</p>
      ) : (
        <Table caption={t("audit:page.title")} head={[t("audit:page.when"), t("audit:page.actor"), t("audit:page.action"), t("audit:page.entity"), t("audit:page.change")]}>
          {result.rows.map((r) => (
            <tr key={r.id} data-testid="audit-row">
              <Td><DateText date={r.at} lang={lang} withTime /></Td>
              <Td><ActorCell label={auditActorLabel(t, r.actorLabel)} /></Td>
              <Td>
                <span className="block font-bold" data-testid="audit-action">{auditActionLabel(t, r.action)}</span>
                <Ltr className="font-mono text-xs text-slate-600" testId="audit-action-code">{r.action}</Ltr>
              </Td>
              <Td>
                <span className="block">{auditEntityLabel(t, r.entityType)}</span>
                <Ltr className="font-mono text-xs text-slate-600">{r.entityId.slice(0, 24)}</Ltr>
              </Td>
              <Td>
                {r.before || r.after ? (
                  <details>
                    <summary className="cursor-pointer py-3 text-sm text-brand-700">{t("audit:page.showChange")}</summary>
                    <pre dir="ltr" className="mt-2 max-w-md overflow-x-auto rounded bg-sand-50 p-2 text-start text-xs">{JSON.stringify({ before: r.before, after: r.after }, null, 2)}</pre>
                  </details>
                ) : "—"}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination lang={lang} page={result.page} pageSize={result.pageSize} total={result.total} basePath={`/${lang}/staff/audit`} query={{ actor: str("actor"), action: str("action"), entityType: str("entityType"), from: str("from"), to: str("to") }} />
    </>
  );
}

/** A person's label (username or national ID) as an identifier; the system as a word with its code. */
function ActorCell({ label }: { label: { name: string; code: string | null } }) {
  if (!label.code) return <Ltr className="font-mono text-xs">{label.name}</Ltr>;
  return (
    <>
      <span className="block">{label.name}</span>
      <Ltr className="font-mono text-xs text-slate-600">{label.code}</Ltr>
    </>
  );
}
