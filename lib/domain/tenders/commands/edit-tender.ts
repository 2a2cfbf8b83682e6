import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { municipalityInScope, refusal } from "@/lib/domain/tenders/move";
import { ZEditTender } from "@/lib/domain/tenders/schemas";
import { tenderCtx, tenderWorkflow } from "@/lib/domain/tenders/workflow";
import { AppError } from "@/lib/errors";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";

/**
 * Edits a tender while it may be edited (the workflow's `edit`: announced or open, before the offers
 * deadline). After the deadline, or once closed, awarded or cancelled, the edit is refused and nothing changes.
 * A new booklet replaces the old one (the old file stays attached to nobody's purchase: buyers keep the row).
 */
export const editTender = defineCommand({
  name: "tenders.edit",
  permission: "tenders.manage",
  schema: ZEditTender,
  async run(tx, actor, input) {
    const booklet = await checkUploads(input.booklet, "document", "booklet");
    if (booklet.some((b) => b.type.mime !== "application/pdf")) throw new AppError("VALIDATION", { fieldErrors: { booklet: "tenders:errors.bookletPdf" } });
    const tender = await tx.tender.findUnique({ where: { id: input.tenderId } });
    if (!tender) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = tenderWorkflow.transition(tender.status, "edit", actor.roles, tenderCtx(tender, now));
    if (!step.ok) throw refusal(step, "tenders:errors.editAfterDeadline");
    if (input.offersDeadline.getTime() <= now.getTime()) throw new AppError("VALIDATION", { fieldErrors: { offersDeadline: "tenders:errors.deadlinePast" } });
    const municipalityId = await municipalityInScope(tx, actor, input.municipalityId);
    const data = {
      titleAr: input.titleAr,
      titleEn: input.titleEn,
      descriptionAr: input.descriptionAr,
      descriptionEn: input.descriptionEn,
      activity: input.activity,
      municipalityId,
      bookletPriceHalalas: input.bookletPrice,
      questionsUntil: input.questionsUntil,
      offersDeadline: input.offersDeadline,
      openingAt: input.openingAt,
    };
    // The old status AND the old deadline in the where: a concurrent close or edit makes this one fail.
    const { count } = await tx.tender.updateMany({ where: { id: tender.id, status: tender.status, offersDeadline: tender.offersDeadline, updatedAt: tender.updatedAt }, data });
    if (count !== 1) throw new AppError("CONFLICT", { message: "tenders:errors.changedMeanwhile" });
    if (booklet.length > 0) {
      await tx.storedFile.updateMany({ where: { tenderId: tender.id }, data: { tenderId: null, purpose: "TENDER_BOOKLET_OLD" } });
      await storeFiles(tx, booklet, { uploadedById: actor.userId, purpose: "TENDER_BOOKLET", tenderId: tender.id });
    }
    await recordAudit(tx, actor, {
      action: "tender.edit",
      entityType: "Tender",
      entityId: tender.id,
      municipalityId,
      before: { titleAr: tender.titleAr, activity: tender.activity, bookletPriceHalalas: tender.bookletPriceHalalas, questionsUntil: tender.questionsUntil, offersDeadline: tender.offersDeadline, openingAt: tender.openingAt },
      after: { ...data, newBooklet: booklet.length > 0 },
    });
    return { id: tender.id, number: tender.number };
  },
});
