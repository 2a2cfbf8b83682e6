import { compactNumber, dammDigit, dammValid, padded } from "@/lib/kernel/check-digits";

/** Bill numbers: the readable-number rules (Damm check digit) are in lib/kernel/check-digits.ts. */
export const BILL_NUMBER_LENGTH = 10;

/** 10 digits: the 9-digit zero-padded sequence value and its Damm check digit. */
export function billNumberFromSequence(n: bigint | number): string {
  const body = padded(n, BILL_NUMBER_LENGTH - 1);
  return body + String(dammDigit(body));
}

/** A well-formed bill number (10 digits, valid check digit); accepts "١٠٠٠ ٠٠١٢ ٣٤" and spaces. */
export function isValidBillNumber(s: string): boolean {
  const c = compactNumber(s);
  return c.length === BILL_NUMBER_LENGTH && dammValid(c);
}
