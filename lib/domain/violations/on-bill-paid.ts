import { recordAudit } from "@/lib/domain/audit/record";
import { violationWorkflow } from "@/lib/domain/violations/workflow";
import type { Tx } from "@/lib/db";
import type { PaidBill } from "@/lib/domain/payments/handlers";

/**
 * A paid violation bill makes the violation PAID, in the payment's transaction. Also while an
 * objection is pending (the bill stays payable); never for a cancelled violation (its bill cannot
 * be paid: cancelled bills are refused by the bank endpoint). Idempotent: the status is in the where.
 */
export async function markViolationPaid(tx: Tx, bill: PaidBill): Promise<void> {
  const { count } = await tx.violation.updateMany({
    where: { id: bill.subjectId, billId: bill.id, status: { in: violationWorkflow.fromStates("pay") } },
    data: { status: "PAID" },
  });
  if (count === 1) {
    const v = await tx.violation.findUniqueOrThrow({ where: { id: bill.subjectId }, select: { municipalityId: true } });
    await recordAudit(tx, { system: "payments" }, {
      action: "violations.paid",
      entityType: "Violation",
      entityId: bill.subjectId,
      municipalityId: v.municipalityId,
      after: { status: "PAID", billNumber: bill.number },
    });
  }
}
