import { describe, expect, it } from "vitest";
import { billNumberFromSequence, isValidBillNumber } from "@/lib/domain/payments/bill-number";
import { checkDigitNumber, dammDigit, isValidCheckDigitNumber } from "@/lib/kernel/check-digits";

/** Sequence values to try: the start of bill_number_seq, some random ones, the largest that fits. */
const SAMPLES: number[] = [
  1_000_001, 1_000_002, 1_000_010, 1_234_567, 999_999_999, 0, 1,
  ...Array.from({ length: 300 }, (_, i) => (i * 2_654_435_761) % 1_000_000_000),
];

describe("billNumberFromSequence", () => {
  it("is 10 digits: the zero-padded sequence and a Damm check digit", () => {
    const n = billNumberFromSequence(1_000_001);
    expect(n).toHaveLength(10);
    expect(n.slice(0, 9)).toBe("001000001");
    expect(Number(n[9])).toBe(dammDigit("001000001"));
    expect(billNumberFromSequence(1_000_001n)).toBe(n);
    // The published Damm example: 572 → check digit 4.
    expect(dammDigit("572")).toBe(4);
  });

  it("refuses values that do not fit or are not integers", () => {
    expect(() => billNumberFromSequence(1_000_000_000)).toThrow(RangeError);
    expect(() => billNumberFromSequence(-1)).toThrow(RangeError);
    expect(() => billNumberFromSequence(1.5)).toThrow(RangeError);
  });

  it("gives distinct numbers for distinct sequence values", () => {
    const numbers = SAMPLES.map(billNumberFromSequence);
    expect(new Set(numbers).size).toBe(new Set(SAMPLES).size);
  });
});

describe("isValidBillNumber", () => {
  it("accepts what it issued, also typed with spaces or Arabic-Indic digits", () => {
    const n = billNumberFromSequence(1_234_567);
    expect(isValidBillNumber(n)).toBe(true);
    const arabic = n.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    expect(isValidBillNumber(arabic)).toBe(true);
    expect(isValidBillNumber(n.replace(/(\d{4})(?=\d)/g, "$1 "))).toBe(true);
    expect(isValidBillNumber(`${arabic.slice(0, 4)} ${arabic.slice(4)}`)).toBe(true);
  });

  it("refuses the wrong length, letters and empty input", () => {
    const n = billNumberFromSequence(1_234_567);
    expect(isValidBillNumber(n.slice(1))).toBe(false);
    expect(isValidBillNumber(`${n}0`)).toBe(false);
    expect(isValidBillNumber(`${n.slice(0, 9)}A`)).toBe(false);
    expect(isValidBillNumber("")).toBe(false);
  });

  it("catches every single mistyped digit", () => {
    let tried = 0;
    for (const seq of SAMPLES) {
      const n = billNumberFromSequence(seq);
      for (let pos = 0; pos < n.length; pos++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === n[pos]) continue;
          const typo = n.slice(0, pos) + d + n.slice(pos + 1);
          tried++;
          if (isValidBillNumber(typo)) throw new Error(`typo ${typo} of ${n} passed the check`);
        }
      }
    }
    expect(tried).toBe(SAMPLES.length * 10 * 9);
  });

  it("catches every swap of two adjacent different digits", () => {
    let tried = 0;
    for (const seq of SAMPLES) {
      const n = billNumberFromSequence(seq);
      for (let pos = 0; pos < n.length - 1; pos++) {
        if (n[pos] === n[pos + 1]) continue;
        const swapped = n.slice(0, pos) + n[pos + 1] + n[pos] + n.slice(pos + 2);
        tried++;
        if (isValidBillNumber(swapped)) throw new Error(`transposition ${swapped} of ${n} passed the check`);
      }
    }
    expect(tried).toBeGreaterThan(SAMPLES.length * 3);
  });

  it("catches every single-digit error and adjacent swap for ALL 2-digit bodies (exhaustive over the Damm table)", () => {
    for (let a = 0; a <= 9; a++)
      for (let b = 0; b <= 9; b++) {
        const body = `${a}${b}`;
        const full = body + dammDigit(body);
        for (let pos = 0; pos < 3; pos++)
          for (let d = 0; d <= 9; d++) {
            if (String(d) === full[pos]) continue;
            expect(dammDigit(full.slice(0, pos) + d + full.slice(pos + 1))).not.toBe(0);
          }
        for (let pos = 0; pos < 2; pos++) {
          if (full[pos] === full[pos + 1]) continue;
          expect(dammDigit(full.slice(0, pos) + full[pos + 1] + full[pos] + full.slice(pos + 2))).not.toBe(0);
        }
      }
  });
});

describe("checkDigitNumber", () => {
  it("adds a prefix and a Damm digit, and validates it back", () => {
    const v = checkDigitNumber("V", 100_001);
    expect(v).toMatch(/^V100001\d$/);
    expect(isValidCheckDigitNumber("V", v)).toBe(true);
    expect(isValidCheckDigitNumber("V", v.toLowerCase())).toBe(true);
    expect(isValidCheckDigitNumber("R", v)).toBe(false);
    const typo = `V100002${v.at(-1)}`;
    expect(isValidCheckDigitNumber("V", typo)).toBe(false);
    expect(checkDigitNumber("R", 7, 6)).toMatch(/^R000007\d$/);
    expect(checkDigitNumber("R", 12_345_678, 6)).toMatch(/^R12345678\d$/); // grows past the width
  });
});
