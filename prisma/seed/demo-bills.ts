/**
 * Demo bills so that "My bills", the public inquiry and the receipt work on a fresh portal: an unpaid
 * and a paid bill for the demo citizen, and an unpaid one for the demo resident. Their numbers and the
 * receipt code lie below the ranges the sequences draw from (bill_number_seq starts at 1000001,
 * receipt_code_seq at 100001), so they can never collide with a real bill. Check digits are Damm
 * (lib/domain/payments/bill-number.ts; the unit test of this file verifies them).
 * Dates are relative to the seed run; the seed never rewrites an existing bill.
 */
import { MUNICIPALITY_CODES } from "./places";

export type DemoBillSeed = {
  number: string;
  municipalityCode: string;
  payerNationalId: string;
  payerName: string;
  payerMobile: string;
  issuedDaysAgo: number;
  dueInDays: number;
  expiresInDays: number;
  lines: { kind: "FEE" | "FINE" | "LATE_FEE"; descriptionAr: string; descriptionEn: string; amountHalalas: number }[];
  payment?: { bankTxnId: string; bankCode: string; paidDaysAgo: number; receiptCode: string };
};

export const DEMO_BILLS: readonly DemoBillSeed[] = [
  {
    number: "0009990013",
    municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
    payerNationalId: "1087654321",
    payerName: "عبدالله بن محمد القحطاني",
    payerMobile: "966501234567",
    issuedDaysAgo: 3,
    dueInDays: 27,
    expiresInDays: 87,
    lines: [
      { kind: "FEE", descriptionAr: "رسوم تجديد رخصة محل تجاري (سنة واحدة)", descriptionEn: "Shop license renewal fee (one year)", amountHalalas: 50_000 },
      { kind: "FEE", descriptionAr: "رسوم لوحة إعلانية على الواجهة", descriptionEn: "Storefront sign fee", amountHalalas: 20_000 },
    ],
  },
  {
    number: "0009990021",
    municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
    payerNationalId: "1087654321",
    payerName: "عبدالله بن محمد القحطاني",
    payerMobile: "966501234567",
    issuedDaysAgo: 40,
    dueInDays: -10,
    expiresInDays: 50,
    lines: [{ kind: "FEE", descriptionAr: "رسوم إصدار شهادة إشغال", descriptionEn: "Occupancy certificate fee", amountHalalas: 15_000 }],
    payment: { bankTxnId: "DEMO-SEED-0001", bankCode: "RJHI", paidDaysAgo: 35, receiptCode: "R0990011" },
  },
  {
    number: "0009990037",
    municipalityCode: MUNICIPALITY_CODES.KHOBAR,
    payerNationalId: "2123456788",
    payerName: "أحمد سليم خان",
    payerMobile: "966551112233",
    issuedDaysAgo: 2,
    dueInDays: 28,
    expiresInDays: 88,
    lines: [{ kind: "FEE", descriptionAr: "رسوم رخصة حفر", descriptionEn: "Excavation permit fee", amountHalalas: 35_000 }],
  },
];
