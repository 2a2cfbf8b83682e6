import { toLatinDigits } from "@/lib/kernel/digits";

/**
 * Readable numbers with a check digit (bills, violations, receipts, complaints, licenses, offices):
 * numbers people read aloud and type at a bank: a zero-padded sequence value plus a Damm check
 * digit. Damm catches every single mistyped digit and every swap of two adjacent digits, with a
 * check digit that is always 0–9 (no "X" as in ISBN). The sequences (bill_number_seq,
 * violation_number_seq, receipt_code_seq) make the numbers unique; the check digit makes typos
 * fail before they reach the database.
 */
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/** The Damm check digit of a string of Latin digits. */
export function dammDigit(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new RangeError(`dammDigit: not digits: ${digits}`);
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]![Number(ch)]!;
  return interim;
}

/** True when the last digit is the Damm check digit of the others (a whole valid number yields 0). */
export function dammValid(digitsWithCheck: string): boolean {
  return /^\d{2,}$/.test(digitsWithCheck) && dammDigit(digitsWithCheck) === 0;
}

export function padded(n: bigint | number, width: number): string {
  const v = typeof n === "bigint" ? n : BigInt(n);
  if (typeof n === "number" && !Number.isSafeInteger(n)) throw new RangeError(`not an integer: ${n}`);
  if (v < 0n) throw new RangeError(`negative sequence value: ${v}`);
  const s = v.toString().padStart(width, "0");
  if (s.length > width) throw new RangeError(`sequence value ${v} does not fit in ${width} digits`);
  return s;
}

/** Removes what people add when they type a number: spaces, dashes; Arabic-Indic digits become Latin. */
export function compactNumber(s: string): string {
  return toLatinDigits(s).replace(/[\s\u00a0-]+/g, "");
}

/**
 * `prefix` + the zero-padded sequence value (at least `width` digits) + its Damm digit, e.g.
 * checkDigitNumber("V", 100001) → "V1000014". Used for violation numbers and receipt codes.
 */
export function checkDigitNumber(prefix: string, n: bigint | number, width = 6): string {
  const v = typeof n === "bigint" ? n : BigInt(n);
  const body = padded(v, Math.max(width, v.toString().length));
  return `${prefix}${body}${dammDigit(body)}`;
}

/** Whether `s` is `prefix` + digits with a valid Damm digit (case-insensitive prefix, typing normalised). */
export function isValidCheckDigitNumber(prefix: string, s: string): boolean {
  const c = compactNumber(s).toUpperCase();
  if (!c.startsWith(prefix.toUpperCase())) return false;
  return dammValid(c.slice(prefix.length));
}
