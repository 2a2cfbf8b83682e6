import { recordAudit } from "@/lib/domain/audit/record";
import type { Tx } from "@/lib/db";
import type { PaidBill } from "@/lib/domain/payments/handlers";

/**
 * A fine (OfficePenalty of kind FINE) is paid when its bill is: the bill is the record of payment
 * (Bill.status PAID, paidAt); the penalty keeps its decision status and the payment is audited against
 * it. Runs inside the payment transaction.
 */
export async function officeFinePaid(tx: Tx, bill: PaidBill): Promise<void> {
  const penalty = await tx.officePenalty.findFirst({ where: { id: bill.subjectId, billId: bill.id }, select: { id: true, number: true, status: true } });
  if (!penalty) return;
  await recordAudit(tx, { system: "payments" }, { action: "offices.finePaid", entityType: "OfficePenalty", entityId: penalty.id, after: { bill: bill.number, penalty: penalty.number, status: penalty.status } });
}
