import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { municipalityInScope } from "@/lib/domain/tenders/move";
import { nextTenderNumber } from "@/lib/domain/tenders/numbers";
import { ZPublishTender } from "@/lib/domain/tenders/schemas";
import { AppError } from "@/lib/errors";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";

/**
 * The tenders officer announces a tender: its texts, activity, dates, the booklet (one PDF) and its price.
 * It is public at once (ANNOUNCED); booklets are sold and subscribers told when it is opened.
 */
export const publishTender = defineCommand({
  name: "tenders.publish",
  permission: "tenders.manage",
  schema: ZPublishTender,
  async run(tx, actor, input) {
    const booklet = await checkUploads(input.booklet, "document", "booklet");
    if (booklet.some((b) => b.type.mime !== "application/pdf")) throw new AppError("VALIDATION", { fieldErrors: { booklet: "tenders:errors.bookletPdf" } });
    if (input.offersDeadline.getTime() <= Date.now()) throw new AppError("VALIDATION", { fieldErrors: { offersDeadline: "tenders:errors.deadlinePast" } });
    const municipalityId = await municipalityInScope(tx, actor, input.municipalityId);
    const number = await nextTenderNumber(tx);
    const tender = await tx.tender.create({
      data: {
        number,
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
        createdById: actor.userId,
      },
      select: { id: true, number: true },
    });
    await storeFiles(tx, booklet, { uploadedById: actor.userId, purpose: "TENDER_BOOKLET", tenderId: tender.id });
    await recordAudit(tx, actor, {
      action: "tender.publish",
      entityType: "Tender",
      entityId: tender.id,
      municipalityId,
      after: { number, title: input.titleAr, activity: input.activity, bookletPriceHalalas: input.bookletPrice, offersDeadline: input.offersDeadline },
    });
    return tender;
  },
});
