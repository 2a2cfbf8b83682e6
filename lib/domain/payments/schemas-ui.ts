import { z, zNationalId } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { SETTLEMENT_MAX_BYTES } from "@/lib/domain/payments/settlement-file";
import { riyadhDay } from "@/lib/kernel/riyadh-days";

/**
 * Schemas of the citizen-facing bill pages and the finance reconciliation page (shared by the
 * browser form and the server). Messages are keys.
 */

/** Latin digits, no spaces or dashes: "١٠٠٠ ٠٠١٢ ٣٤" → "1000001234". */
const compactDigits = (v: unknown) => (typeof v === "string" ? toLatinDigits(v).replace(/[\s-]+/g, "") : v);

export const zBillNumber = z.preprocess(
  compactDigits,
  z
    .string()
    .min(1, { error: "validation:required" })
    .regex(/^\d{10}$/, { error: "payments:inquiry.errors.billNumber" })
    .refine((s) => !/^\d{10}$/.test(s) || isValidBillNumber(s), { error: "payments:inquiry.errors.billNumberCheck" }),
);

export const zCrNumber = z.preprocess(
  compactDigits,
  z
    .string()
    .min(1, { error: "validation:required" })
    .regex(/^\d{10}$/, { error: "payments:inquiry.errors.crNumber" }),
);

/** Public inquiry: the bill number and who pays it (a person's national ID or an establishment's CR). */
export const ZBillInquiry = z.discriminatedUnion("payerType", [
  z.object({ payerType: z.literal("person"), billNumber: zBillNumber, nationalId: zNationalId, crNumber: z.string().optional() }),
  z.object({ payerType: z.literal("establishment"), billNumber: zBillNumber, crNumber: zCrNumber, nationalId: z.string().optional() }),
]);
export type BillInquiryInput = z.input<typeof ZBillInquiry>;
export type BillInquiry = z.output<typeof ZBillInquiry>;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation:invalidFormat" }).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
  error: "validation:invalidFormat",
});

export const RECONCILIATION_MAX_DAYS = 366;

/** The reconciliation page's range: two Riyadh calendar days, inclusive. */
export const ZReconciliationRange = z
  .object({ from: isoDay, to: isoDay })
  .refine((r) => r.from <= r.to, { error: "payments:reconciliation.errors.rangeOrder", path: ["to"] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < RECONCILIATION_MAX_DAYS, {
    error: "payments:reconciliation.errors.rangeTooLong",
    path: ["to"],
  });
export type ReconciliationRange = z.output<typeof ZReconciliationRange>;

/** The default range: the last 30 days including today (Riyadh days). */
export function defaultReconciliationRange(now: Date = new Date()): ReconciliationRange {
  const to = riyadhDay(now);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** Reads ?from=&to= leniently: anything invalid falls back to the default range (and says so). */
export function parseReconciliationRange(sp: { from?: string; to?: string }, now: Date = new Date()): { range: ReconciliationRange; error?: string } {
  const fallback = defaultReconciliationRange(now);
  if (!sp.from && !sp.to) return { range: fallback };
  const parsed = ZReconciliationRange.safeParse({ from: sp.from || fallback.from, to: sp.to || fallback.to });
  if (parsed.success) return { range: parsed.data };
  return { range: fallback, error: parsed.error.issues[0]?.message ?? "validation:invalid" };
}

/** The uploaded settlement file, read as text in the browser. */
export const ZSettlementUpload = z.object({
  fileName: z.string().trim().min(1, { error: "payments:reconciliation.upload.errors.noFile" }).max(255),
  content: z.string().max(SETTLEMENT_MAX_BYTES, { error: "payments:reconciliation.upload.errors.tooLarge" }),
});
