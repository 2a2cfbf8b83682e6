import { dashboardParams } from "@/components/insights/links";
import { sectionsCsv } from "@/components/insights/tabular";
import { requireActor } from "@/lib/auth/require-actor";
import { addDays } from "@/lib/domain/insights/days";
import { loadDashboard } from "@/lib/domain/insights/queries/dashboard";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** The dashboard as CSV (same scope, period and comparison as the page). The handler checks insights.view itself. */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response(null, { status: 404 });
  const t = getT(lang);
  try {
    const actor = await requireActor("insights.view");
    const sp = Object.fromEntries(new URL(request.url).searchParams);
    const dash = await loadDashboard(actor, { level: sp.level, m: sp.m || undefined, d: sp.d || undefined, from: sp.from, to: sp.to, compare: sp.compare });
    const scope = dash.department ? localName(lang, dash.department) : dash.municipality ? localName(lang, dash.municipality) : t("insights:levels.amanah");
    const heading = [t("insights:title"), scope, t("insights:period", { from: dash.period.from, to: addDays(dash.period.to, -1) }), t("insights:comparedWith", { from: dash.comparison.from, to: addDays(dash.comparison.to, -1) })];
    const p = dashboardParams(dash);
    return new Response(sectionsCsv(lang, heading, dash.sections), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="insights-${p.level}-${p.from}-${p.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(t(`errors:${e.code}` as "errors:FORBIDDEN"), { status: e.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
