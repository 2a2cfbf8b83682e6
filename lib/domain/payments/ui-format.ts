/**
 * Pure display helpers for bills and receipts (no sentences here: labels come from locales/).
 */

/** "1000001234" → "1000 0012 34": groups of four, the way people read a bill number aloud. */
export function groupBillNumber(number: string): string {
  return number.replace(/\s+/g, "").replace(/(\d{4})(?=\d)/g, "$1 ");
}

/**
 * A payer's name as the public receipt check shows it: the first name in full, every later part as
 * its first letter and "***" ("عبدالله بن محمد القحطاني" → "عبدالله ب*** م*** ا***").
 */
export function maskName(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "";
  const [first, ...rest] = parts;
  return [first, ...rest.map((p) => `${Array.from(p)[0]}***`)].join(" ");
}

/** UNPAID and past its due date (still payable until it expires). */
export function isOverdue(bill: { status: string; dueAt: Date }, now: Date = new Date()): boolean {
  return bill.status === "UNPAID" && bill.dueAt.getTime() < now.getTime();
}
