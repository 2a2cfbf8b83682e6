import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { fineRange, fineWithin } from "@/lib/domain/violations/rules";
import { ZRecordViolation } from "@/lib/domain/violations/schemas";
import { ownerLocale } from "@/lib/kernel/actor";
import { municipalityScope } from "@/lib/auth/scope";
import { isRepeatOffence } from "@/lib/domain/violations/queries/repeat";
import { AppError } from "@/lib/errors";
import { formatAmount } from "@/lib/i18n/money";
import { localText } from "@/lib/kernel/locale";

export const VIOLATION_PREFIX = "V";

/**
 * A field inspector records a violation against an establishment of their municipalities. In one
 * transaction: the violation (number from violation_number_seq + Damm digit), its photos, the bill
 * (issued at once, payable by the owner), the audit row and the owner's SMS. The fine must be within
 * the article's range — the multiplied range for a repeat offence, decided here, not by the browser.
 */
export const recordViolation = defineCommand({
  name: "violations.record",
  permission: "violations.record",
  schema: ZRecordViolation,
  async run(tx, actor, input) {
    // Files first: a refused photo leaves nothing behind, in the database or on disk.
    const photos = await checkUploads(input.photos, "photo", "photos");

    const establishment = await tx.establishment.findFirst({
      where: { id: input.establishmentId, municipality: municipalityScope(actor) },
      select: { id: true, commercialRegNo: true, tradeNameAr: true, tradeNameEn: true, ownerNationalId: true, ownerName: true, ownerMobile: true, municipalityId: true },
    });
    if (!establishment) throw new AppError("NOT_FOUND");
    const article = await tx.violationArticle.findFirst({ where: { id: input.articleId, active: true } });
    if (!article) throw new AppError("VALIDATION", { fieldErrors: { articleId: "violations:record.errors.chooseArticle" } });

    const observedAt = new Date();
    const isRepeat = await isRepeatOffence(tx, establishment.id, article.id, observedAt);
    const range = fineRange(article, isRepeat);
    if (!fineWithin(range, input.fine)) {
      throw new AppError("VALIDATION", {
        fieldErrors: {
          fine: `violations:record.errors.fineRange?min=${formatAmount(range.minHalalas, "en")}&max=${formatAmount(range.maxHalalas, "en")}`,
        },
      });
    }

    const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('violation_number_seq') AS n`;
    const number = checkDigitNumber(VIOLATION_PREFIX, n);
    const violation = await tx.violation.create({
      data: {
        number,
        establishmentId: establishment.id,
        articleId: article.id,
        municipalityId: establishment.municipalityId,
        inspectorId: actor.userId,
        fineHalalas: input.fine,
        isRepeat,
        notes: input.notes || null,
        latitude: input.latitude,
        longitude: input.longitude,
        observedAt,
      },
      select: { id: true, number: true },
    });
    await storeFiles(tx, photos, { uploadedById: actor.userId, violationId: violation.id });

    const locale = await ownerLocale(tx, establishment.ownerNationalId);
    const bill = await issueBill(tx, actor, {
      municipalityId: establishment.municipalityId,
      subjectType: "Violation",
      subjectId: violation.id,
      payer: { nationalId: establishment.ownerNationalId, crNumber: establishment.commercialRegNo, name: establishment.ownerName, mobile: establishment.ownerMobile },
      lines: [
        {
          kind: "FINE",
          descriptionAr: `غرامة مخالفة رقم ${number}: ${article.titleAr}${isRepeat ? " (تكرار)" : ""}`,
          descriptionEn: `Fine for violation ${number}: ${article.titleEn}${isRepeat ? " (repeat)" : ""}`,
          amountHalalas: input.fine,
        },
      ],
      locale,
    });
    await tx.violation.update({ where: { id: violation.id }, data: { billId: bill.id } });

    await recordAudit(tx, actor, {
      action: "violations.record",
      entityType: "Violation",
      entityId: violation.id,
      municipalityId: establishment.municipalityId,
      after: { number, commercialRegNo: establishment.commercialRegNo, article: article.code, fineHalalas: input.fine, isRepeat, billNumber: bill.number, photos: photos.length },
    });
    await enqueueSms(tx, {
      to: establishment.ownerMobile,
      template: "violationIssued",
      params: {
        violationNumber: number,
        tradeName: localText(locale, establishment, "tradeName"),
        amount: formatAmount(input.fine, locale),
        billNumber: bill.number,
      },
      locale,
      dedupeKey: `violation-issued:${violation.id}`,
    });
    return { violationId: violation.id, number, billNumber: bill.number, fineHalalas: input.fine, isRepeat };
  },
});
