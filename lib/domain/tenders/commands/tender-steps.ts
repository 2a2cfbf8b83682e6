import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { notifySubscribers, refusal } from "@/lib/domain/tenders/move";
import { ZAwardTender, ZTenderStep } from "@/lib/domain/tenders/schemas";
import { tenderCtx, tenderWorkflow, type TenderState } from "@/lib/domain/tenders/workflow";
import { isTenderActivity } from "@/lib/domain/tenders/activities";
import { AppError } from "@/lib/errors";

const STAMP = { OPEN: "openedAt", CLOSED: "closedAt", AWARDED: "awardedAt", CANCELLED: "cancelledAt" } as const;

const REFUSAL_KEY = {
  open: "tenders:errors.openAfterDeadline",
  close: "tenders:errors.closeBeforeDeadline",
  cancel: "tenders:errors.notCancellable",
  award: "tenders:errors.awardNotClosed",
} as const;

/**
 * Opens (subscribers of the activity get an SMS), closes (only after the offers deadline) or cancels a tender.
 * The status changes with the old one in the where: two officers clicking at once cannot both succeed.
 */
export const tenderStep = defineCommand({
  name: "tenders.step",
  permission: "tenders.manage",
  schema: ZTenderStep,
  async run(tx, actor, input) {
    const tender = await tx.tender.findUnique({ where: { id: input.tenderId } });
    if (!tender) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = tenderWorkflow.transition(tender.status, input.event, actor.roles, tenderCtx(tender, now));
    if (!step.ok) throw refusal(step, REFUSAL_KEY[input.event]);
    if (input.event === "cancel" && !input.note) throw new AppError("VALIDATION", { fieldErrors: { note: "tenders:errors.cancelReason" } });
    const to: TenderState = step.to;
    const { count } = await tx.tender.updateMany({
      where: { id: tender.id, status: tender.status },
      data: { status: to, [STAMP[to as keyof typeof STAMP]]: now, ...(input.event === "cancel" ? { resultNote: input.note } : {}) },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    await recordAudit(tx, actor, {
      action: `tender.${input.event}`,
      entityType: "Tender",
      entityId: tender.id,
      municipalityId: tender.municipalityId,
      before: { status: tender.status },
      after: { status: to, note: input.note || undefined },
    });
    let notified = 0;
    if (input.event === "open" && isTenderActivity(tender.activity)) {
      notified = await notifySubscribers(tx, { kind: "tender", id: tender.id, number: tender.number, titleAr: tender.titleAr, titleEn: tender.titleEn, activity: tender.activity });
    }
    return { id: tender.id, number: tender.number, status: to, notified };
  },
});

/** Records the award (the winner, their CR if given, the awarded amount) of a closed tender. */
export const awardTender = defineCommand({
  name: "tenders.award",
  permission: "tenders.manage",
  schema: ZAwardTender,
  async run(tx, actor, input) {
    const tender = await tx.tender.findUnique({ where: { id: input.tenderId } });
    if (!tender) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = tenderWorkflow.transition(tender.status, "award", actor.roles, tenderCtx(tender, now));
    if (!step.ok) throw refusal(step, REFUSAL_KEY.award);
    if (input.amount <= 0) throw new AppError("VALIDATION", { fieldErrors: { amount: "tenders:errors.priceFormat" } });
    const { count } = await tx.tender.updateMany({
      where: { id: tender.id, status: tender.status },
      data: { status: step.to, awardedAt: now, awardedTo: input.awardedTo, awardedCrNumber: input.awardedCrNumber || null, awardHalalas: input.amount, resultNote: input.note || null },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    await recordAudit(tx, actor, {
      action: "tender.award",
      entityType: "Tender",
      entityId: tender.id,
      municipalityId: tender.municipalityId,
      before: { status: tender.status },
      after: { status: step.to, awardedTo: input.awardedTo, awardedCrNumber: input.awardedCrNumber || null, awardHalalas: input.amount },
    });
    return { id: tender.id, number: tender.number, status: step.to };
  },
});
