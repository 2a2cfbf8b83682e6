import { recordAudit } from "@/lib/domain/audit/record";
import type { Tx } from "@/lib/db";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import type { PaidBill } from "@/lib/domain/payments/handlers";

/**
 * A booklet's bill was paid (inside the payment transaction): the purchase is marked paid — the buyer may
 * now download the booklet — and the buyer is told by SMS. Paid twice (a repeated notification) changes nothing.
 */
export async function bookletPaid(tx: Tx, bill: PaidBill): Promise<void> {
  const purchase = await tx.tenderBookletPurchase.findUnique({ where: { billId: bill.id }, select: { id: true, paidAt: true, buyerUserId: true, tender: { select: { id: true, number: true, municipalityId: true } } } });
  if (!purchase || purchase.paidAt) return;
  const { count } = await tx.tenderBookletPurchase.updateMany({ where: { id: purchase.id, paidAt: null }, data: { paidAt: new Date() } });
  if (count !== 1) return;
  await recordAudit(tx, { system: "payments" }, { action: "tender.bookletPaid", entityType: "Tender", entityId: purchase.tender.id, municipalityId: purchase.tender.municipalityId, after: { purchase: purchase.id, bill: bill.number } });
  const buyer = await tx.user.findUnique({ where: { id: purchase.buyerUserId }, select: { mobile: true, preferredLocale: true } });
  if (buyer) {
    await enqueueSms(tx, { to: buyer.mobile, template: "tenderBookletPaid", params: { number: purchase.tender.number }, locale: buyer.preferredLocale, dedupeKey: `booklet-paid:${purchase.id}` });
  }
}
