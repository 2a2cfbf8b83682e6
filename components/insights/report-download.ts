import { requireActor } from "@/lib/auth/require-actor";
import { getReport } from "@/lib/domain/insights/queries/reports";
import type { Section } from "@/lib/domain/insights/types";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLang, type Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** The download routes of a stored report (CSV, XLSX): the handler checks insights.reports and the report's scope itself. */
export async function reportDownload(
  params: { lang: string; id: string },
  ext: "csv" | "xlsx",
  render: (lang: Lang, heading: string[], sections: Section[]) => Promise<{ body: string | Uint8Array<ArrayBuffer>; type: string }>,
): Promise<Response> {
  if (!isLang(params.lang)) return new Response(null, { status: 404 });
  const lang = params.lang;
  const t = getT(lang);
  try {
    const actor = await requireActor("insights.reports");
    const r = await getReport(actor, params.id);
    const heading = [t(`insights:reports.reportTitle.${r.period}`, { scope: localName(lang, r.scope) }), t("insights:period", { from: r.from, to: r.to })];
    const { body, type } = await render(lang, heading, r.data.sections);
    return new Response(body, {
      headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="report-${r.period.toLowerCase()}-${r.from}.${ext}"`, "Cache-Control": "no-store" },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(t(`errors:${e.code}` as "errors:FORBIDDEN"), { status: e.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    throw e;
  }
}
