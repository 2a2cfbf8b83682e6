/**
 * Registers every area's onBillPaid handler (lib/domain/payments/events.ts). The payment processing
 * imports this file, so a bill paid through the bank always runs what depends on it, in the same
 * transaction. One import line per area that issues bills:
 */
import "@/lib/domain/violations/on-bill-paid";
import "@/lib/domain/licensing/on-bill-paid";
import "@/lib/domain/offices/on-bill-paid";
