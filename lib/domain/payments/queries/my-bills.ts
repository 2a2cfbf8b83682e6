import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isOverdue } from "@/lib/domain/payments/ui-format";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

export const MY_BILLS_PAGE_SIZE = 20;

export type BillStatusDTO = "UNPAID" | "PAID" | "EXPIRED" | "CANCELLED";

export type BillLineDTO = { kind: "FEE" | "FINE" | "LATE_FEE"; descriptionAr: string; descriptionEn: string; amountHalalas: number };

export type MyBillDTO = {
  number: string;
  billerCode: string;
  status: BillStatusDTO;
  overdue: boolean;
  totalHalalas: number;
  issuedAt: Date;
  dueAt: Date;
  expiresAt: Date;
  paidAt: Date | null;
  cancelledAt: Date | null;
  municipality: { nameAr: string; nameEn: string };
  payerName: string;
  lines: BillLineDTO[];
  /** Only for a paid bill: the public code on its receipt. */
  receiptCode: string | null;
};

export type MyBillsPage = {
  rows: MyBillDTO[];
  total: number;
  page: number;
  pageSize: number;
  unpaid: { count: number; totalHalalas: number };
};

/**
 * Whose bills the actor may see: bills payable by their national ID, and bills of establishments
 * registered to them (commercial registration whose owner is this national ID). Always part of the
 * `where`; a user without a national ID sees nothing.
 */
export async function myPayerScope(actor: Actor): Promise<{ nationalId: string | null; crNumbers: string[] }> {
  if (!rolesAllow(actor.roles, "bills.mine")) throw new AppError("FORBIDDEN");
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId) return { nationalId: null, crNumbers: [] };
  const owned = await db.establishment.findMany({ where: { ownerNationalId: nationalId }, select: { commercialRegNo: true } });
  return { nationalId, crNumbers: owned.map((e) => e.commercialRegNo) };
}

function scopeWhere(scope: { nationalId: string | null; crNumbers: string[] }): Prisma.BillWhereInput {
  if (!scope.nationalId) return { id: { in: [] } };
  return { OR: [{ payerNationalId: scope.nationalId }, ...(scope.crNumbers.length ? [{ payerCrNumber: { in: scope.crNumbers } }] : [])] };
}

const billSelect = {
  id: true,
  number: true,
  billerCode: true,
  status: true,
  totalHalalas: true,
  issuedAt: true,
  dueAt: true,
  expiresAt: true,
  paidAt: true,
  cancelledAt: true,
  payerName: true,
  municipality: { select: { nameAr: true, nameEn: true } },
  lines: { select: { kind: true, descriptionAr: true, descriptionEn: true, amountHalalas: true }, orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }] },
  payment: { select: { receiptCode: true } },
} satisfies Prisma.BillSelect;

type BillRow = Prisma.BillGetPayload<{ select: typeof billSelect }>;

function toDTO(b: BillRow, now: Date): MyBillDTO {
  return {
    number: b.number,
    billerCode: b.billerCode,
    status: b.status,
    overdue: isOverdue(b, now),
    totalHalalas: b.totalHalalas,
    issuedAt: b.issuedAt,
    dueAt: b.dueAt,
    expiresAt: b.expiresAt,
    paidAt: b.paidAt,
    cancelledAt: b.cancelledAt,
    municipality: b.municipality,
    payerName: b.payerName,
    lines: b.lines,
    receiptCode: b.status === "PAID" ? (b.payment?.receiptCode ?? null) : null,
  };
}

/**
 * The actor's bills: unpaid first (earliest due date first), then paid (latest first), then expired
 * and cancelled. The order needs a CASE, so one SQL query picks the page's ids (with the scope in
 * its WHERE) and Prisma loads them.
 */
export async function listMyBills(actor: Actor, opts: { page?: number; now?: Date } = {}): Promise<MyBillsPage> {
  const scope = await myPayerScope(actor);
  const page = Math.max(1, Math.trunc(opts.page ?? 1) || 1);
  const now = opts.now ?? new Date();
  const empty = { rows: [], total: 0, page, pageSize: MY_BILLS_PAGE_SIZE, unpaid: { count: 0, totalHalalas: 0 } };
  if (!scope.nationalId) return empty;

  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Bill"
    WHERE "payerNationalId" = ${scope.nationalId} OR "payerCrNumber" = ANY(${scope.crNumbers}::text[])
    ORDER BY CASE status WHEN 'UNPAID' THEN 0 WHEN 'PAID' THEN 1 ELSE 2 END,
             CASE WHEN status = 'UNPAID' THEN "dueAt" END ASC,
             COALESCE("paidAt", "cancelledAt", "expiresAt") DESC,
             "issuedAt" DESC, id
    LIMIT ${MY_BILLS_PAGE_SIZE} OFFSET ${(page - 1) * MY_BILLS_PAGE_SIZE}`;

  const where = scopeWhere(scope);
  const [rows, total, unpaid] = await Promise.all([
    db.bill.findMany({ where: { AND: [where, { id: { in: ids.map((r) => r.id) } }] }, select: billSelect }),
    db.bill.count({ where }),
    db.bill.aggregate({ where: { AND: [where, { status: "UNPAID" }] }, _count: true, _sum: { totalHalalas: true } }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: ids.flatMap((r) => (byId.has(r.id) ? [toDTO(byId.get(r.id)!, now)] : [])),
    total,
    page,
    pageSize: MY_BILLS_PAGE_SIZE,
    unpaid: { count: unpaid._count, totalHalalas: unpaid._sum.totalHalalas ?? 0 },
  };
}

/** One of the actor's bills by its number; null when there is none *for this actor* (the page says 404). */
export async function getMyBill(actor: Actor, number: string, now: Date = new Date()): Promise<MyBillDTO | null> {
  const scope = await myPayerScope(actor);
  if (!/^\d{6,16}$/.test(number)) return null;
  const bill = await db.bill.findFirst({ where: { AND: [scopeWhere(scope), { number }] }, select: billSelect });
  return bill ? toDTO(bill, now) : null;
}

export type MyReceiptDTO = MyBillDTO & {
  paidAt: Date;
  receiptCode: string;
  /** The random key of the receipt's QR code (/verify/receipt/<verifyCode>). */
  verifyCode: string;
  bankTxnId: string;
  bankCode: string;
  amountHalalas: number;
  payerNationalId: string | null;
  payerCrNumber: string | null;
};

/** The receipt of one of the actor's paid bills; null when not theirs or not paid. */
export async function getMyReceipt(actor: Actor, number: string, now: Date = new Date()): Promise<MyReceiptDTO | null> {
  const scope = await myPayerScope(actor);
  if (!/^\d{6,16}$/.test(number)) return null;
  const bill = await db.bill.findFirst({
    where: { AND: [scopeWhere(scope), { number, status: "PAID" }] },
    select: { ...billSelect, payerNationalId: true, payerCrNumber: true, payment: { select: { receiptCode: true, verifyCode: true, bankTxnId: true, bankCode: true, amountHalalas: true, paidAt: true } } },
  });
  if (!bill?.payment) return null;
  return {
    ...toDTO(bill, now),
    paidAt: bill.payment.paidAt,
    receiptCode: bill.payment.receiptCode,
    verifyCode: bill.payment.verifyCode,
    bankTxnId: bill.payment.bankTxnId,
    bankCode: bill.payment.bankCode,
    amountHalalas: bill.payment.amountHalalas,
    payerNationalId: bill.payerNationalId,
    payerCrNumber: bill.payerCrNumber,
  };
}
