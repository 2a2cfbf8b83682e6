import { MAX_NOTIFICATION_BYTES, processPaymentNotification, REJECT_HTTP_STATUS } from "@/lib/domain/payments/commands/process-payment-notification";
import { isPayloadTooLarge, readBodyLimited } from "@/lib/http/read-body";
import { SIGNATURE_HEADER } from "@/lib/domain/payments/signature";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";

/**
 * The bank's payment notification (SADAD-style). Thin: the raw body and the signature header go to the
 * domain, which verifies, applies exactly once and answers with a machine-readable status.
 * Contract: docs/decisions/006-payments.md.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  try {
    let raw: string;
    try {
      // Streamed and abandoned at the limit: an 8 MB (or endless chunked) body is never read whole.
      raw = await readBodyLimited(request, MAX_NOTIFICATION_BYTES);
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      return Response.json({ status: "REJECTED", reason: "PAYLOAD_TOO_LARGE" }, { status: REJECT_HTTP_STATUS.PAYLOAD_TOO_LARGE, headers: { "Cache-Control": "no-store" } });
    }
    const { httpStatus, body } = await processPaymentNotification(raw, request.headers.get(SIGNATURE_HEADER), { handlers: billPaidHandlers });
    const headers: Record<string, string> = { "Cache-Control": "no-store" };
    if (httpStatus === 503) headers["Retry-After"] = "60";
    return Response.json(body, { status: httpStatus, headers });
  } catch (err) {
    // The database is unreachable or similar: nothing was recorded; the bank retries later.
    console.error("[payments] notification failed:", err);
    return Response.json(
      { status: "REJECTED", reason: "PROCESSING_FAILED" },
      { status: REJECT_HTTP_STATUS.PROCESSING_FAILED, headers: { "Cache-Control": "no-store", "Retry-After": "60" } },
    );
  }
}
