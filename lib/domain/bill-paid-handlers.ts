import { issueLicenseOnPayment, renewLicenseOnPayment } from "@/lib/domain/licensing/on-bill-paid";
import { officeFinePaid } from "@/lib/domain/offices/on-bill-paid";
import { permitFeePaid } from "@/lib/domain/permits/on-bill-paid";
import type { BillPaidHandlers } from "@/lib/domain/payments/handlers";
import { markViolationPaid } from "@/lib/domain/violations/on-bill-paid";
import { bookletPaid } from "@/lib/domain/tenders/on-bill-paid";

/**
 * The composition of "a bill was paid" (lib/domain/payments/handlers.ts): which area's function runs
 * for which kind of bill. Payments imports no area; the bank's route (app/api/payments/notifications)
 * passes this map to processPaymentNotification.
 */
export const billPaidHandlers: BillPaidHandlers = {
  Violation: markViolationPaid,
  LicenseApplication: issueLicenseOnPayment,
  LicenseRenewal: renewLicenseOnPayment,
  OfficePenalty: officeFinePaid,
  Permit: permitFeePaid,
  TenderBooklet: bookletPaid,
};
