import { drillCellText } from "@/components/insights/drill-table";
import { labelText } from "@/components/insights/text";
import { requireActor } from "@/lib/auth/require-actor";
import { DRILL_EXPORT_LIMIT, loadDrill, type DrillQuery } from "@/lib/domain/insights/queries/drill";
import { toCsv } from "@/lib/domain/payments/csv";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";

/** The drill-down list as CSV (same filters; at most DRILL_EXPORT_LIMIT rows, said in the file when cut). */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response(null, { status: 404 });
  const t = getT(lang);
  try {
    const actor = await requireActor("insights.view");
    const q = Object.fromEntries(new URL(request.url).searchParams) as DrillQuery;
    const { page, period } = await loadDrill(actor, q, { all: true });
    const table = [
      page.columns.map((c) => labelText(lang, c.label)),
      ...page.rows.map((r) => page.columns.map((c) => (c.kind === "date" && r[c.key] ? String(r[c.key]) : drillCellText(lang, c.kind, r[c.key] ?? null)))),
      ...(page.total > DRILL_EXPORT_LIMIT ? [[t("insights:list.truncated", { limit: DRILL_EXPORT_LIMIT })]] : []),
    ];
    return new Response(toCsv(table), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="insights-${q.ind ?? "list"}-${q.list ?? ""}-${period.from}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(t(`errors:${e.code}` as "errors:FORBIDDEN"), { status: e.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
