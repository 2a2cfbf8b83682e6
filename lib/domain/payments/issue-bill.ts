import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { billNumberFromSequence } from "@/lib/domain/payments/bill-number";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import { formatAmount } from "@/lib/i18n/money";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The one place that issues bills (SADAD-style). Every area — violations, licenses, office
 * penalties — calls issueBill inside its own command's transaction, so the bill, its lines, the
 * audit row and the "bill issued" SMS commit (or roll back) together with what the bill is for.
 */
export type IssueBillInput = {
  municipalityId: string;
  /** What the bill pays for: a BillKind (payments/handlers.ts), whose handler runs when it is paid. */
  subjectType: string;
  subjectId: string;
  payer: { nationalId?: string; crNumber?: string; name: string; mobile: string };
  lines: { kind: "FEE" | "FINE" | "LATE_FEE"; descriptionAr: string; descriptionEn: string; amountHalalas: number }[];
  /** Default 30. */
  dueInDays?: number;
  /** Default 90; payable until then, refused by the bank notification after. */
  expiresInDays?: number;
  /** Language of the SMS (default Arabic). */
  locale?: Lang;
};

export type IssuedBill = { id: string; number: string; totalHalalas: number; dueAt: Date };

const DAY_MS = 86_400_000;
/** Largest bill the portal issues (10 million SAR): keeps sums far from integer overflow. */
const MAX_TOTAL_HALALAS = 1_000_000_000;

function invalid(key: string): AppError {
  return new AppError("VALIDATION", { message: `payments:bill.errors.${key}` });
}

export async function issueBill(tx: Tx, actor: AnyActor, input: IssueBillInput): Promise<IssuedBill> {
  if (input.lines.length === 0) throw invalid("noLines");
  for (const line of input.lines) {
    if (!Number.isSafeInteger(line.amountHalalas) || line.amountHalalas <= 0) throw invalid("amount");
    if (!line.descriptionAr.trim() || !line.descriptionEn.trim()) throw invalid("description");
  }
  const totalHalalas = input.lines.reduce((sum, l) => sum + l.amountHalalas, 0);
  if (totalHalalas > MAX_TOTAL_HALALAS) throw invalid("amount");
  if (!input.payer.nationalId && !input.payer.crNumber) throw invalid("payer");
  const mobile = normalizeSaudiMobile(input.payer.mobile);
  if (!mobile) throw invalid("mobile");
  const dueInDays = input.dueInDays ?? 30;
  const expiresInDays = input.expiresInDays ?? 90;
  if (!Number.isInteger(dueInDays) || !Number.isInteger(expiresInDays) || dueInDays < 0 || expiresInDays < Math.max(dueInDays, 1)) {
    throw invalid("dates");
  }

  const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, billerCode: true } });
  if (!municipality) throw new AppError("NOT_FOUND");
  if (!municipality.billerCode) throw new AppError("INVALID_STATE", { message: "payments:bill.errors.noBillerCode" });

  // nextval() never gives the same value twice, whatever the concurrency (and is not rolled back).
  const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('bill_number_seq') AS n`;
  const number = billNumberFromSequence(n);
  const issuedAt = new Date();
  const dueAt = new Date(issuedAt.getTime() + dueInDays * DAY_MS);
  const expiresAt = new Date(issuedAt.getTime() + expiresInDays * DAY_MS);

  const bill = await tx.bill.create({
    data: {
      number,
      billerCode: municipality.billerCode,
      municipalityId: municipality.id,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      payerNationalId: input.payer.nationalId ?? null,
      payerCrNumber: input.payer.crNumber ?? null,
      payerName: input.payer.name.trim(),
      payerMobile: mobile,
      totalHalalas,
      issuedAt,
      dueAt,
      expiresAt,
      lines: {
        create: input.lines.map((l, i) => ({
          kind: l.kind,
          descriptionAr: l.descriptionAr.trim(),
          descriptionEn: l.descriptionEn.trim(),
          amountHalalas: l.amountHalalas,
          sortOrder: i,
        })),
      },
    },
    select: { id: true },
  });

  await recordAudit(tx, actor, {
    action: "bill.issue",
    entityType: "Bill",
    entityId: bill.id,
    municipalityId: municipality.id,
    after: { number, totalHalalas, subjectType: input.subjectType, subjectId: input.subjectId, dueAt, expiresAt },
  });

  const locale = input.locale ?? "ar";
  await enqueueSms(tx, {
    to: mobile,
    template: "billIssued",
    params: { billNumber: number, amount: formatAmount(totalHalalas, locale), dueDate: formatGregorian(dueAt, locale) },
    locale,
    dedupeKey: `bill-issued:${bill.id}`,
  });

  return { id: bill.id, number, totalHalalas, dueAt };
}

/**
 * Cancels an unpaid bill (an accepted objection, a withdrawn application). The old status is in the
 * UPDATE's where: a bill the bank has just paid (it holds the row lock while it does) is never
 * cancelled afterwards. No SMS: the area that cancels tells the person in its own words.
 */
export async function cancelBill(tx: Tx, actor: AnyActor, billId: string, reason: string): Promise<void> {
  const cancelledAt = new Date();
  const { count } = await tx.bill.updateMany({
    where: { id: billId, status: "UNPAID" },
    data: { status: "CANCELLED", cancelledAt, cancelReason: reason },
  });
  if (count === 0) {
    const bill = await tx.bill.findUnique({ where: { id: billId }, select: { status: true } });
    if (!bill) throw new AppError("NOT_FOUND");
    throw new AppError("INVALID_STATE", { message: "payments:bill.errors.notUnpaid" });
  }
  const bill = await tx.bill.findUniqueOrThrow({ where: { id: billId }, select: { municipalityId: true, number: true } });
  await recordAudit(tx, actor, {
    action: "bill.cancel",
    entityType: "Bill",
    entityId: billId,
    municipalityId: bill.municipalityId,
    before: { status: "UNPAID" },
    after: { status: "CANCELLED", number: bill.number, reason, cancelledAt },
  });
}
