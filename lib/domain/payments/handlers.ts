import type { Tx } from "@/lib/db";

/**
 * The one domain event of payments: a bill was paid. What follows depends on what the bill is for
 * (its `subjectType`, the bill kind): a violation becomes PAID, a license is issued or renewed, an
 * office's fine is recorded. Handlers run INSIDE the payment transaction: if one throws, the payment
 * is rolled back and the bank's notification is refused, so a bill is never PAID while what depends
 * on it is not.
 *
 * Payments knows the kinds, not the areas: the map from kind to handler is assembled in ONE
 * composition file, lib/domain/bill-paid-handlers.ts, and handed to processPaymentNotification by
 * its caller (the bank's route). A new kind of bill = a kind here + one line in that map (the
 * handlers test fails otherwise).
 */
export const BILL_KINDS = ["Violation", "LicenseApplication", "LicenseRenewal", "OfficePenalty", "Permit", "TenderBooklet"] as const;
export type BillKind = (typeof BILL_KINDS)[number];

export type PaidBill = { id: string; subjectType: string; subjectId: string; number: string };
export type BillPaidHandler = (tx: Tx, bill: PaidBill) => Promise<void>;

/** Exactly one handler per bill kind (a map literal cannot hold two for one key; a missing one fails typecheck). */
export type BillPaidHandlers = { readonly [K in BillKind]: BillPaidHandler };

/**
 * Runs the handler of the bill's kind. A kind with no handler in `handlers` does nothing (test-only
 * kinds; every kind the portal issues is in BILL_KINDS, which the type above forces to be handled).
 */
export async function dispatchBillPaid(tx: Tx, bill: PaidBill, handlers: Readonly<Record<string, BillPaidHandler>>): Promise<void> {
  const handler = Object.hasOwn(handlers, bill.subjectType) ? handlers[bill.subjectType] : undefined;
  if (handler) await handler(tx, bill);
}
