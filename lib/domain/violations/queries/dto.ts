import "server-only";
import type { DbOrTx } from "@/lib/db";

export const PAGE_SIZE = 20;
export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };
export const pageOf = (page: number | undefined) => Math.max(1, Math.trunc(Number(page)) || 1);
export const skipTake = (page: number) => ({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });

export type BillDTO = { id: string; number: string; status: "UNPAID" | "PAID" | "EXPIRED" | "CANCELLED"; totalHalalas: number; dueAt: Date };
export type FileDTO = { id: string; name: string; mime: string; sizeBytes: number };

export type ViolationRowDTO = {
  id: string;
  number: string;
  status: "ISSUED" | "OBJECTED" | "CANCELLED" | "PAID";
  createdAt: Date;
  fineHalalas: number;
  isRepeat: boolean;
  article: { code: string; titleAr: string; titleEn: string };
  establishment: { tradeNameAr: string; tradeNameEn: string | null; commercialRegNo: string; ownerNationalId: string; ownerName: string };
  municipality: { nameAr: string; nameEn: string };
  bill: BillDTO | null;
};

export const violationRowSelect = {
  id: true,
  number: true,
  status: true,
  createdAt: true,
  fineHalalas: true,
  isRepeat: true,
  billId: true,
  article: { select: { code: true, titleAr: true, titleEn: true } },
  establishment: {
    select: {
      tradeNameAr: true,
      tradeNameEn: true,
      commercialRegNo: true,
      ownerNationalId: true,
      ownerName: true,
      municipality: { select: { nameAr: true, nameEn: true } },
    },
  },
} as const;

type Row = {
  id: string;
  number: string;
  status: ViolationRowDTO["status"];
  createdAt: Date;
  fineHalalas: number;
  isRepeat: boolean;
  billId: string | null;
  article: ViolationRowDTO["article"];
  establishment: ViolationRowDTO["establishment"] & { municipality: ViolationRowDTO["municipality"] };
};

/** Rows → DTOs with their current bill (Violation.billId has no relation: bills belong to payments). */
export async function toRows(db: DbOrTx, rows: Row[]): Promise<ViolationRowDTO[]> {
  const billIds = rows.flatMap((r) => (r.billId ? [r.billId] : []));
  const bills = billIds.length
    ? await db.bill.findMany({ where: { id: { in: billIds } }, select: { id: true, number: true, status: true, totalHalalas: true, dueAt: true } })
    : [];
  const byId = new Map(bills.map((b) => [b.id, b]));
  return rows.map(({ billId, establishment: { municipality, ...establishment }, ...r }) => ({
    ...r,
    establishment,
    municipality,
    bill: billId ? (byId.get(billId) ?? null) : null,
  }));
}
