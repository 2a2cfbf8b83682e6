import type { DbOrTx } from "@/lib/db";
import { violationWorkflow } from "@/lib/domain/violations/workflow";
import { AppError } from "@/lib/errors";

/**
 * While an establishment has an unpaid violation, its license may not be issued or renewed
 * (licensing calls this inside its command's transaction). The message names the bills to pay.
 * A violation counts as unpaid while it is ISSUED or OBJECTED and its bill is UNPAID (a pending
 * objection does not lift the block: the owner may pay and be refunded, or wait for the decision).
 */
export async function unpaidViolationBills(db: DbOrTx, where: { crNumber: string }): Promise<{ violationNumber: string; billNumber: string; totalHalalas: number }[]> {
  const rows = await db.violation.findMany({
    where: { establishment: { commercialRegNo: where.crNumber }, status: { in: violationWorkflow.fromStates("pay") }, billId: { not: null } },
    select: { number: true, billId: true },
    orderBy: { createdAt: "asc" },
  });
  const billIds = rows.map((r) => r.billId as string);
  if (billIds.length === 0) return [];
  const bills = await db.bill.findMany({ where: { id: { in: billIds }, status: "UNPAID" }, select: { id: true, number: true, totalHalalas: true } });
  const byId = new Map(bills.map((b) => [b.id, b]));
  return rows.flatMap((r) => {
    const b = byId.get(r.billId as string);
    return b ? [{ violationNumber: r.number, billNumber: b.number, totalHalalas: b.totalHalalas }] : [];
  });
}

export async function assertNoUnpaidViolations(db: DbOrTx, where: { crNumber: string }): Promise<void> {
  const unpaid = await unpaidViolationBills(db, where);
  if (unpaid.length > 0) {
    const bills = unpaid.map((u) => u.billNumber).join(", ");
    throw new AppError("INVALID_STATE", { message: `violations:rules.unpaidBlocksLicense?${new URLSearchParams({ bills }).toString()}` });
  }
}

/**
 * Payment reminders pause while the owner's objection is pending (the bill itself stays payable).
 * The reminder job (none yet) asks this for each violation bill before texting.
 */
export async function billRemindersPaused(db: DbOrTx, bill: { subjectType: string; subjectId: string }): Promise<boolean> {
  if (bill.subjectType !== "Violation") return false;
  const v = await db.violation.findUnique({ where: { id: bill.subjectId }, select: { status: true } });
  return v?.status === "OBJECTED";
}
