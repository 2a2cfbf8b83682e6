/**
 * Saudi national ID (هوية وطنية, starts with 1) and resident ID (إقامة, starts with 2):
 * ten digits whose last digit is a Luhn-style check digit. Pure, used by zod schemas on both sides.
 */
export function isValidNationalId(value: string): boolean {
  if (!/^[12]\d{9}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    } else {
      sum += digit;
    }
  }
  return sum % 10 === 0;
}

/** Completes nine leading digits with the check digit (used by the seed and test factories). */
export function withCheckDigit(nineDigits: string): string {
  if (!/^[12]\d{8}$/.test(nineDigits)) throw new Error("nineDigits must be 9 digits starting with 1 or 2");
  for (let d = 0; d <= 9; d++) {
    const candidate = nineDigits + d;
    if (isValidNationalId(candidate)) return candidate;
  }
  throw new Error("unreachable: one check digit always fits");
}

export type IdHolderKind = "citizen" | "resident";
export function idHolderKind(id: string): IdHolderKind {
  return id.startsWith("1") ? "citizen" : "resident";
}
