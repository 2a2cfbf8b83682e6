import { requireActor } from "@/lib/auth/require-actor";
import { toCsv } from "@/lib/domain/payments/csv";
import { reconciliationReport } from "@/lib/domain/payments/queries/reconciliation";
import { parseReconciliationRange } from "@/lib/domain/payments/schemas-ui";
import { AppError, isAppError } from "@/lib/errors";
import { getT, tMessage } from "@/lib/i18n/server";
import { isLang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/**
 * The reconciliation table as CSV (UTF-8 with BOM so Excel shows Arabic; amounts in halalas and in
 * riyals). The handler checks the permission itself: route handlers do not pass through the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) return new Response(null, { status: 404 });
  const t = getT(lang);
  try {
    const actor = await requireActor("payments.reconcile");
    const url = new URL(request.url);
    const { range, error } = parseReconciliationRange({ from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined });
    if (error) throw new AppError("VALIDATION", { message: error });
    const report = await reconciliationReport(actor, range);
    const riyals = (h: number) => (h / 100).toFixed(2);
    const rows = [
      [
        t("payments:reconciliation.day"),
        t("payments:reconciliation.municipality"),
        t("payments:reconciliation.issuedCount"),
        t("payments:reconciliation.issuedSum"),
        t("payments:reconciliation.paidCount"),
        t("payments:reconciliation.paidSum"),
        t("payments:reconciliation.expiredCount"),
        t("payments:reconciliation.expiredSum"),
      ],
      ...report.rows.map((r) => [
        r.day,
        localName(lang, r.municipality),
        r.issued.count,
        riyals(r.issued.halalas),
        r.paid.count,
        riyals(r.paid.halalas),
        r.expired.count,
        riyals(r.expired.halalas),
      ]),
      [t("payments:reconciliation.totals"), "", report.totals.issued.count, riyals(report.totals.issued.halalas), report.totals.paid.count, riyals(report.totals.paid.halalas), report.totals.expired.count, riyals(report.totals.expired.halalas)],
    ];
    return new Response(toCsv(rows), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="reconciliation-${range.from}_${range.to}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) {
      const message = e.code === "VALIDATION" ? t("payments:reconciliation.errors.invalidRange", { reason: tMessage(lang, e.message) }) : t(`errors:${e.code}` as "errors:FORBIDDEN");
      return new Response(message, { status: e.status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    }
    throw e;
  }
}
