import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { refusal } from "@/lib/domain/tenders/move";
import { ZBuyBooklet } from "@/lib/domain/tenders/schemas";
import { tenderCtx, tenderWorkflow } from "@/lib/domain/tenders/workflow";
import { AppError } from "@/lib/errors";
import { actorNationalId } from "@/lib/kernel/actor";

const DAY_MS = 86_400_000;

/**
 * A citizen buys a tender's booklet, for themself or for an establishment they own (the bill's payer is then
 * its CR): a SADAD bill, paid like any other; paying it (lib/domain/tenders/on-bill-paid.ts) opens the booklet
 * to the buyer. Only while the tender is open and before its offers deadline; one booklet per buyer and tender
 * (a second purchase is refused, also under concurrency: the unique (tender, buyer) index).
 */
export const buyBooklet = defineCommand({
  name: "tenders.buyBooklet",
  permission: "tenders.buyBooklet",
  schema: ZBuyBooklet,
  async run(tx, actor, input) {
    const nationalId = await actorNationalId(tx, actor);
    const tender = await tx.tender.findUnique({ where: { id: input.tenderId } });
    if (!tender) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = tenderWorkflow.transition(tender.status, "buyBooklet", actor.roles, tenderCtx(tender, now));
    if (!step.ok) throw refusal(step, "tenders:errors.notOnSale");
    // Lock the tender row: two purchases by the same person wait for each other and the second sees the first.
    await tx.$queryRaw`SELECT id FROM "Tender" WHERE id = ${tender.id} FOR UPDATE`;
    const existing = await tx.tenderBookletPurchase.findUnique({ where: { tenderId_buyerUserId: { tenderId: tender.id, buyerUserId: actor.userId } }, select: { id: true } });
    if (existing) throw new AppError("INVALID_STATE", { message: "tenders:errors.alreadyBought" });

    let payer: { nationalId?: string; crNumber?: string; name: string; mobile: string } = { nationalId, name: actor.nameAr, mobile: actor.mobile };
    if (input.crNumber) {
      const est = await tx.establishment.findFirst({ where: { commercialRegNo: input.crNumber, ownerNationalId: nationalId }, select: { commercialRegNo: true, tradeNameAr: true, ownerMobile: true } });
      if (!est) throw new AppError("VALIDATION", { fieldErrors: { crNumber: "tenders:errors.notYourEstablishment" } });
      payer = { crNumber: est.commercialRegNo, name: est.tradeNameAr, mobile: actor.mobile };
    }
    const daysLeft = Math.max(1, Math.ceil((tender.offersDeadline.getTime() - now.getTime()) / DAY_MS));
    const bill = await issueBill(tx, actor, {
      municipalityId: tender.municipalityId,
      subjectType: "TenderBooklet",
      subjectId: tender.id,
      payer,
      lines: [{ kind: "FEE", descriptionAr: `كراسة شروط المنافسة ${tender.number}`, descriptionEn: `Booklet of tender ${tender.number}`, amountHalalas: tender.bookletPriceHalalas }],
      // Payable until the offers deadline: a booklet after it is useless.
      dueInDays: Math.min(7, daysLeft),
      expiresInDays: daysLeft,
      locale: actor.locale,
    });
    const purchase = await tx.tenderBookletPurchase.create({
      data: { tenderId: tender.id, buyerUserId: actor.userId, buyerNationalId: nationalId, buyerCrNumber: payer.crNumber ?? null, buyerName: payer.name, billId: bill.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "tender.buyBooklet",
      entityType: "Tender",
      entityId: tender.id,
      municipalityId: tender.municipalityId,
      after: { purchase: purchase.id, bill: bill.number, crNumber: payer.crNumber ?? null, amountHalalas: bill.totalHalalas },
    });
    return { purchaseId: purchase.id, billNumber: bill.number, totalHalalas: bill.totalHalalas };
  },
});
