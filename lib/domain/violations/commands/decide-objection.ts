import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { requestSignatures } from "@/lib/domain/signatures/request";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { cancelBill, issueBill } from "@/lib/domain/payments/issue-bill";
import { ZDecideObjection } from "@/lib/domain/violations/schemas";
import { ownerLocale } from "@/lib/kernel/actor";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { DECISION_EVENT, objectionWorkflow, violationWorkflow } from "@/lib/domain/violations/workflow";
import { AppError } from "@/lib/errors";
import { createI18n } from "@/lib/i18n/instance";
import { formatAmount } from "@/lib/i18n/money";

/**
 * A reviewer decides a pending objection of their municipalities (note required):
 * - ACCEPT: the bill is cancelled and the violation CANCELLED;
 * - REDUCE: the old bill is cancelled and a new one issued for the reduced amount (0 ≤ amount <
 *   the fine; 0 means nothing is left to pay: the violation is CANCELLED); otherwise back to ISSUED;
 * - REJECT: the bill stands; the violation is ISSUED again.
 * The objection's PENDING status is in the update's where: of two concurrent decisions one wins,
 * the other gets CONFLICT and changes nothing. A fine already paid can only be upheld (REJECT):
 * refunds are not handled here.
 */
export const decideObjection = defineCommand({
  name: "violations.decideObjection",
  permission: "violations.decideObjection",
  schema: ZDecideObjection,
  async run(tx, actor, input) {
    const objection = await tx.objection.findFirst({
      where: { id: input.objectionId, violation: { municipalityId: { in: await visibleMunicipalityIds(tx, actor) } } },
      select: {
        id: true,
        status: true,
        violation: {
          select: {
            id: true,
            number: true,
            status: true,
            fineHalalas: true,
            billId: true,
            municipalityId: true,
            article: { select: { titleAr: true, titleEn: true } },
            establishment: { select: { commercialRegNo: true, ownerNationalId: true, ownerName: true, ownerMobile: true } },
          },
        },
      },
    });
    if (!objection) throw new AppError("NOT_FOUND");
    const event = DECISION_EVENT[input.decision];
    const decided = objectionWorkflow.transition(objection.status, event, actor.roles, undefined);
    if (!decided.ok) {
      if (decided.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
      throw new AppError("CONFLICT", { message: "violations:decide.errors.alreadyDecided" });
    }
    const v = objection.violation;
    const reducedTo = input.decision === "REDUCE" ? (input.reducedTo as number) : null;
    // The violation's own step (null when it can no longer take it: its fine was paid meanwhile). A paid fine
    // can only be upheld — the objection is rejected and the violation stays as it is (refunds are not handled here).
    const moves = violationWorkflow.transition(v.status, event, actor.roles, { objectionWindowOpen: false, hasObjection: true, reducedTo });
    if (!moves.ok && moves.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
    if (!moves.ok && input.decision !== "REJECT") throw new AppError("INVALID_STATE", { message: "violations:decide.errors.alreadyPaid" });

    if (reducedTo !== null && !(reducedTo >= 0 && reducedTo < v.fineHalalas)) {
      throw new AppError("VALIDATION", { fieldErrors: { reducedTo: `violations:decide.errors.reducedRange?max=${formatAmount(v.fineHalalas, "en")}` } });
    }

    // The optimistic lock: only one decision can move the objection out of PENDING.
    const decidedAt = new Date();
    const won = await tx.objection.updateMany({
      where: { id: objection.id, status: objection.status },
      data: { status: decided.to, decidedById: actor.userId, decidedAt, decisionNote: input.note, reducedToHalalas: reducedTo },
    });
    if (won.count !== 1) throw new AppError("CONFLICT", { message: "violations:decide.errors.alreadyDecided" });

    let violationStatus = v.status;
    let newBill: { id: string; number: string } | null = null;
    if (moves.ok) {
      const to = moves.to;
      if (input.decision === "ACCEPT" && v.billId) await cancelBill(tx, actor, v.billId, `objection accepted: ${input.note}`);
      if (input.decision === "REDUCE") {
        if (v.billId) await cancelBill(tx, actor, v.billId, `objection: fine reduced to ${reducedTo} halalas`);
        if (reducedTo !== 0) {
          const locale = await ownerLocale(tx, v.establishment.ownerNationalId);
          newBill = await issueBill(tx, actor, {
            municipalityId: v.municipalityId,
            subjectType: "Violation",
            subjectId: v.id,
            payer: { nationalId: v.establishment.ownerNationalId, crNumber: v.establishment.commercialRegNo, name: v.establishment.ownerName, mobile: v.establishment.ownerMobile },
            lines: [
              {
                kind: "FINE",
                descriptionAr: `غرامة مخالفة رقم ${v.number} بعد تخفيضها بقرار الاعتراض: ${v.article.titleAr}`,
                descriptionEn: `Fine for violation ${v.number}, reduced on objection: ${v.article.titleEn}`,
                amountHalalas: reducedTo as number,
              },
            ],
            locale,
          });
        }
      }
      const moved = await tx.violation.updateMany({
        where: { id: v.id, status: v.status },
        data: {
          status: to,
          ...(reducedTo !== null ? { fineHalalas: reducedTo, billId: newBill ? newBill.id : v.billId } : {}),
        },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      violationStatus = to;
    }

    await recordAudit(tx, actor, {
      action: "violations.decideObjection",
      entityType: "Violation",
      entityId: v.id,
      municipalityId: v.municipalityId,
      before: { status: v.status, objection: objection.status, fineHalalas: v.fineHalalas },
      after: { status: violationStatus, objection: decided.to, reducedToHalalas: reducedTo, newBillNumber: newBill?.number ?? null, note: input.note },
    });

    const locale = await ownerLocale(tx, v.establishment.ownerNationalId);
    const t = createI18n(locale).t as unknown as (key: string, o?: object) => string;
    const billNumber = newBill?.number ?? (v.billId ? (await tx.bill.findUnique({ where: { id: v.billId }, select: { number: true } }))?.number : undefined) ?? "-";
    const outcome =
      input.decision === "REDUCE" && reducedTo !== 0
        ? t("violations:sms.REDUCE", { amount: formatAmount(reducedTo as number, locale), billNumber })
        : input.decision === "REDUCE"
          ? t("violations:sms.ACCEPT")
          : t(`violations:sms.${input.decision}`, { billNumber });
    await enqueueSms(tx, {
      to: v.establishment.ownerMobile,
      template: "objectionDecided",
      params: { violationNumber: v.number, outcome },
      locale,
      dedupeKey: `objection-decided:${objection.id}`,
    });
    // The decision is signed along its chain when the municipality has one (issue 15); nothing otherwise.
    await requestSignatures(tx, actor, "OBJECTION_DECISION", objection.id);
    return { status: decided.to, violationStatus, newBillNumber: newBill?.number ?? null };
  },
});
