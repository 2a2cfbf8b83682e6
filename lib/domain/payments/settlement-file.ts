import { toLatinDigits } from "@/lib/kernel/digits";
import { CsvSyntaxError, parseCsv } from "@/lib/domain/payments/csv";

/**
 * The bank's daily settlement file: CSV with the columns bankTxnId,billNumber,amountHalalas,paidAt,bankCode
 * (a header row with those names is optional). Parsed in memory for reconciliation; nothing is stored.
 */
export const SETTLEMENT_COLUMNS = ["bankTxnId", "billNumber", "amountHalalas", "paidAt", "bankCode"] as const;
export const SETTLEMENT_MAX_BYTES = 2 * 1024 * 1024;
export const SETTLEMENT_MAX_ROWS = 20_000;

export type SettlementRow = { line: number; bankTxnId: string; billNumber: string; amountHalalas: number; paidAt: Date; bankCode: string };

/** Why a file was refused; each has a message `payments:reconciliation.upload.errors.<code>` (with {{line}}). */
export type SettlementErrorCode =
  | "empty"
  | "tooLarge"
  | "tooManyRows"
  | "unterminatedQuote"
  | "columnCount"
  | "bankTxnId"
  | "billNumber"
  | "amount"
  | "paidAt"
  | "bankCode"
  | "duplicateTxn";

export class SettlementFileError extends Error {
  constructor(readonly code: SettlementErrorCode, readonly line?: number) {
    super(line ? `${code} on line ${line}` : code);
    this.name = "SettlementFileError";
  }
  /** The localized message key with its parameter, as AppError field errors carry it. */
  get messageKey(): string {
    return `payments:reconciliation.upload.errors.${this.code}${this.line ? `?line=${this.line}` : ""}`;
  }
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseSettlementFile(text: string): SettlementRow[] {
  if (new TextEncoder().encode(text).length > SETTLEMENT_MAX_BYTES) throw new SettlementFileError("tooLarge");
  let records: { line: number; cells: string[] }[];
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new SettlementFileError("unterminatedQuote", e.line);
    throw e;
  }
  const first = records[0];
  if (first && first.cells.map((c) => c.trim().toLowerCase()).join(",") === SETTLEMENT_COLUMNS.join(",").toLowerCase()) records.shift();
  if (records.length === 0) throw new SettlementFileError("empty");
  if (records.length > SETTLEMENT_MAX_ROWS) throw new SettlementFileError("tooManyRows");

  const seen = new Set<string>();
  return records.map(({ line, cells }) => {
    if (cells.length !== SETTLEMENT_COLUMNS.length) throw new SettlementFileError("columnCount", line);
    const [txn, bill, amount, paid, bank] = cells.map((c) => toLatinDigits(c).trim()) as [string, string, string, string, string];
    if (!/^[A-Za-z0-9._:-]{1,64}$/.test(txn)) throw new SettlementFileError("bankTxnId", line);
    const billNumber = bill.replace(/\s+/g, "");
    if (!/^\d{10}$/.test(billNumber)) throw new SettlementFileError("billNumber", line);
    if (!/^\d{1,10}$/.test(amount) || Number(amount) <= 0 || !Number.isSafeInteger(Number(amount))) throw new SettlementFileError("amount", line);
    const paidAt = new Date(paid);
    if (!ISO_DATE_TIME.test(paid) || Number.isNaN(paidAt.getTime())) throw new SettlementFileError("paidAt", line);
    if (!/^[A-Za-z0-9]{1,10}$/.test(bank)) throw new SettlementFileError("bankCode", line);
    if (seen.has(txn)) throw new SettlementFileError("duplicateTxn", line);
    seen.add(txn);
    return { line, bankTxnId: txn, billNumber, amountHalalas: Number(amount), paidAt, bankCode: bank };
  });
}
