import type { Tx } from "@/lib/db";
import type { PaidBill } from "@/lib/domain/payments/handlers";
import { movePermit } from "@/lib/domain/permits/move";
import { AppError } from "@/lib/errors";

/**
 * The permit's fee bill is paid (inside the payment's transaction): AWAITING_PAYMENT → AWAITING_SIGNATURE, on the
 * signatory's queue. Idempotent: a second notification of the same payment changes nothing.
 */
export async function permitFeePaid(tx: Tx, bill: PaidBill): Promise<void> {
  const p = await tx.permit.findFirst({ where: { id: bill.subjectId, billId: bill.id }, select: { id: true, number: true, status: true, version: true, municipalityId: true } });
  if (!p) throw new AppError("NOT_FOUND");
  if (p.status !== "AWAITING_PAYMENT") return;
  await movePermit(tx, { system: "payments" }, p, { event: "pay", role: "SYSTEM", note: bill.number });
}
