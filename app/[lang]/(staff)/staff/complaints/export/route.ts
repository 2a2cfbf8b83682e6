import { requireActor } from "@/lib/auth/require-actor";
import { EXPORT_LIMIT, exportComplaints } from "@/lib/domain/complaints/queries/staff";
import { parseQueueFilters } from "@/lib/domain/complaints/staff-schemas";
import { toCsv } from "@/lib/domain/payments/csv";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/**
 * The queue as CSV, with the same filters (UTF-8 with BOM and CRLF so Excel shows Arabic; formula
 * cells defused). Never the reporter's name or mobile. The handler checks complaints.export itself:
 * route handlers do not pass through the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response(null, { status: 404 });
  const t = getT(lang);
  try {
    const actor = await requireActor("complaints.export");
    const url = new URL(request.url);
    const filters = parseQueueFilters(Object.fromEntries(url.searchParams));
    const { rows, truncated } = await exportComplaints(actor, filters);
    const iso = (d: Date | null) => (d ? d.toISOString() : "");
    const table = [
      [
        t("complaintsStaff:fields.reference"),
        t("complaintsStaff:fields.category"),
        t("complaintsStaff:fields.department"),
        t("complaintsStaff:fields.municipality"),
        t("complaintsStaff:fields.district"),
        t("complaintsStaff:fields.status"),
        t("complaintsStaff:fields.createdAt"),
        t("complaintsStaff:fields.sla"),
        t("complaintsStaff:fields.overdue"),
        t("complaintsStaff:fields.escalation"),
        t("complaintsStaff:fields.assignee"),
        t("complaintsStaff:fields.source"),
        t("complaintsStaff:fields.resolvedAt"),
        t("complaintsStaff:fields.rating"),
        t("complaintsStaff:fields.reopenCount"),
        t("complaintsStaff:fields.latitude"),
        t("complaintsStaff:fields.longitude"),
        t("complaintsStaff:fields.description"),
      ],
      ...rows.map((c) => [
        c.reference,
        localName(lang, c.category),
        localName(lang, c.department),
        localName(lang, c.municipality),
        localName(lang, c.district, ""),
        t(`complaintsStaff:status.${c.status}`),
        iso(c.createdAt),
        iso(c.slaDueAt),
        c.overdue ? t("complaintsStaff:yes") : t("complaintsStaff:no"),
        c.escalationLevel,
        localName(lang, c.assignee, ""),
        t(`complaintsStaff:source.${c.source}`),
        iso(c.resolvedAt),
        c.rating ?? "",
        c.reopenCount,
        c.latitude ?? "",
        c.longitude ?? "",
        c.description,
      ]),
      ...(truncated ? [[t("complaintsStaff:csv.truncated", { limit: EXPORT_LIMIT })]] : []),
    ];
    const day = new Date().toISOString().slice(0, 10);
    const filename = `${t("complaintsStaff:csv.filename")}-${day}.csv`;
    return new Response(toCsv(table), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="complaints-${day}.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) {
      return new Response(t(`errors:${e.code}` as "errors:FORBIDDEN"), { status: e.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw e;
  }
}
