/**
 * The development bank, from a terminal: pays a bill through the portal's real notification endpoint
 * with a valid signature.
 *
 *   npm run bank:pay -- <billNumber> [--amount 150.50] [--txn <bankTxnId>] [--url http://localhost:3000]
 *
 * The amount defaults to the bill's total (read from the portal's database: DATABASE_URL, else the
 * embedded one of `npm start`); the secret is PAYMENT_WEBHOOK_SECRET, else .data/payment-secret (written
 * by `npm start`). Repeat a --txn to see the idempotent answer. Exit code 0 when ACCEPTED, 2 when refused.
 */
import { parseArgs } from "node:util";
import { loadDotEnv } from "./lib/tasks";
import { readPaymentSecret } from "./lib/payment-secret";

loadDotEnv();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { amount: { type: "string" }, txn: { type: "string" }, url: { type: "string" }, bank: { type: "string" } },
});
const billNumber = positionals.join("");
if (!billNumber) {
  console.error("usage: npm run bank:pay -- <billNumber> [--amount 150.50] [--txn <bankTxnId>] [--url http://localhost:3000]");
  process.exit(1);
}
const secret = readPaymentSecret();
if (!secret) {
  console.error("bank:pay: no PAYMENT_WEBHOOK_SECRET and no .data/payment-secret: start the portal once with `npm start`, or set the variable.");
  process.exit(1);
}
// The embedded database of `npm start` (scripts/lib/database.ts: local-only cluster, fixed non-secret password).
process.env.DATABASE_URL ||= `postgresql://postgres:amanah-local@127.0.0.1:${process.env.AMANAH_PG_PORT || 54329}/amanah`;

await import("./lib/server-only-hook"); // the amount look-up reads the database (server-only code)
const { compactNumber } = await import("@/lib/kernel/check-digits");
const { riyalsToHalalas } = await import("@/lib/domain/payments/schemas-bank");
const { simulateBankPayment } = await import("@/lib/domain/payments/bank-simulator");

const amount = values.amount?.trim();
if (amount !== undefined && !/^\d{1,8}(\.\d{1,2})?$/.test(amount)) {
  console.error(`bank:pay: --amount must be riyals with at most two decimals, got ${amount}`);
  process.exit(1);
}
const baseUrl = values.url ?? process.env.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT || 3000}`;
try {
  const result = await simulateBankPayment({
    baseUrl,
    secret,
    billNumber: compactNumber(billNumber),
    amountHalalas: amount === undefined ? undefined : riyalsToHalalas(amount),
    bankTxnId: values.txn,
    bankCode: values.bank ?? "SIMBANK",
  });
  console.log(`POST ${baseUrl}/api/payments/notifications (bankTxnId ${result.bankTxnId}) → HTTP ${result.httpStatus}`);
  console.log(JSON.stringify(result.body, null, 2));
  // The receipt's public page is keyed by a random token only the payer's receipt (QR code) carries, not by this number.
  if (result.body.status === "ACCEPTED") console.log(`receipt number: ${result.body.receiptCode} (the payer's receipt page shows its verification QR code)`);
  process.exit(result.body.status === "ACCEPTED" ? 0 : 2);
} catch (err) {
  console.error(`bank:pay: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
