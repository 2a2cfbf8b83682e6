import type { Tx } from "@/lib/db";

/**
 * The one domain event of payments: a bill was paid. Areas that issue bills register a handler for
 * their subjectType (a violation becomes PAID, a license is issued …). Handlers run INSIDE the
 * payment transaction: if one throws, the payment is rolled back and the bank's notification is
 * refused, so a bill is never PAID while what depends on it is not.
 *
 * Registrations are imported in lib/domain/payments/handlers.ts (one import line per area).
 */
export type PaidBill = { id: string; subjectType: string; subjectId: string; number: string };
export type BillPaidHandler = (tx: Tx, bill: PaidBill) => Promise<void>;

const handlers = new Map<string, BillPaidHandler[]>();

export function onBillPaid(subjectType: string, handler: BillPaidHandler): void {
  const list = handlers.get(subjectType) ?? [];
  // Module re-evaluation (dev reloads) must not register the same function twice.
  if (!list.includes(handler)) list.push(handler);
  handlers.set(subjectType, list);
}

/** Runs every handler registered for the bill's subjectType, in registration order. */
export async function emitBillPaid(tx: Tx, bill: PaidBill): Promise<void> {
  for (const handler of handlers.get(bill.subjectType) ?? []) await handler(tx, bill);
}

/** Tests only: removes the handlers of one subjectType. */
export function clearBillPaidHandlers(subjectType: string): void {
  handlers.delete(subjectType);
}
