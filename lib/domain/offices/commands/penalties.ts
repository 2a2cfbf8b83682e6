import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { supervisedOfficeId } from "@/lib/auth/office-block";
import { confirmPenalty, liftPenalty, officeScope, textManagers } from "@/lib/domain/offices/penalties";
import { ZAppealPenalty, ZDecideAppeal, ZDecidePenalty } from "@/lib/domain/offices/penalty-schemas";
import type { PenaltyKindCode } from "@/lib/domain/offices/clause-set";
import { AppError } from "@/lib/errors";

const officeSelect = { id: true, code: true, nameAr: true, nameEn: true, status: true, commercialRegNo: true, phone: true, suspendedUntil: true } as const;

/** A committee member confirms a proposed penalty (it takes effect at once) or dismisses it with a reason. */
export const decidePenalty = defineCommand({
  name: "offices.decidePenalty",
  permission: "offices.committee",
  schema: ZDecidePenalty,
  async run(tx, actor, input) {
    const p = await tx.officePenalty.findFirst({
      where: { id: input.penaltyId, office: officeScope(actor) },
      select: { id: true, number: true, kind: true, status: true, reason: true, fineHalalas: true, suspensionDays: true, contractId: true, clause: { select: { titleAr: true, titleEn: true } }, office: { select: officeSelect } },
    });
    if (!p) throw new AppError("NOT_FOUND");
    if (p.status !== "PROPOSED") throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyDecided" });
    const note = input.note || null;
    if (input.decision === "DISMISS") {
      const done = await tx.officePenalty.updateMany({ where: { id: p.id, status: "PROPOSED" }, data: { status: "DISMISSED", decidedById: actor.userId, decidedAt: new Date(), decisionNote: note } });
      if (done.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });
      await recordAudit(tx, actor, { action: "offices.dismissPenalty", entityType: "OfficePenalty", entityId: p.id, before: { status: "PROPOSED" }, after: { status: "DISMISSED", note } });
      return { status: "DISMISSED" as const, billNumber: null, offered: 0 };
    }
    const r = await confirmPenalty(tx, actor, { ...p, kind: p.kind as PenaltyKindCode }, note);
    return { status: "CONFIRMED" as const, ...r };
  },
});

/**
 * The office manager appeals a confirmed penalty within 15 days of the decision — also while the office
 * is suspended (offices.appeal is one of the doors a suspended office keeps: lib/auth/office-block.ts).
 */
export const appealPenalty = defineCommand({
  name: "offices.appealPenalty",
  permission: "offices.appeal",
  schema: ZAppealPenalty,
  async run(tx, actor, input) {
    const officeId = supervisedOfficeId(actor);
    if (!officeId) throw new AppError("NOT_FOUND");
    const p = await tx.officePenalty.findFirst({
      where: { id: input.penaltyId, officeId },
      select: { id: true, number: true, status: true, appealUntil: true, appeal: { select: { id: true } }, office: { select: officeSelect } },
    });
    if (!p) throw new AppError("NOT_FOUND");
    if (p.status !== "CONFIRMED") throw new AppError("INVALID_STATE", { message: "penalties:errors.notAppealable" });
    if (p.appeal) throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyAppealed" });
    const now = new Date();
    if (!p.appealUntil || p.appealUntil < now) throw new AppError("INVALID_STATE", { message: "penalties:errors.appealWindowClosed" });
    // PenaltyAppeal.penaltyId is unique: a concurrent second appeal fails here and rolls back.
    const appeal = await tx.penaltyAppeal
      .create({ data: { penaltyId: p.id, filedById: actor.userId, reason: input.reason, filedAt: now }, select: { id: true } })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyAppealed" });
        throw e;
      });
    await recordAudit(tx, actor, { action: "offices.appealPenalty", entityType: "OfficePenalty", entityId: p.id, after: { appealId: appeal.id, reason: input.reason } });
    await textManagers(tx, p.office, "appealReceived", `appeal-received:${appeal.id}`, () => ({ number: p.number }));
    return { appealId: appeal.id };
  },
});

/** The committee decides an appeal: ACCEPT lifts the penalty (suspension ends at once, unpaid fine cancelled); REJECT with a reason. */
export const decideAppeal = defineCommand({
  name: "offices.decideAppeal",
  permission: "offices.committee",
  schema: ZDecideAppeal,
  async run(tx, actor, input) {
    const a = await tx.penaltyAppeal.findFirst({
      where: { id: input.appealId, penalty: { office: officeScope(actor) } },
      select: { id: true, status: true, penalty: { select: { id: true, number: true, kind: true, billId: true, office: { select: officeSelect } } } },
    });
    if (!a) throw new AppError("NOT_FOUND");
    if (a.status !== "PENDING") throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyDecided" });
    const now = new Date();
    const note = input.note || null;
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED";
    const done = await tx.penaltyAppeal.updateMany({ where: { id: a.id, status: "PENDING" }, data: { status, decidedById: actor.userId, decidedAt: now, decisionNote: note } });
    if (done.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });
    if (status === "ACCEPTED") await liftPenalty(tx, actor, { ...a.penalty, kind: a.penalty.kind as PenaltyKindCode }, now);
    await recordAudit(tx, actor, { action: "offices.decideAppeal", entityType: "PenaltyAppeal", entityId: a.id, before: { status: "PENDING" }, after: { status, note } });
    await textManagers(tx, a.penalty.office, "appealDecided", `appeal-decided:${a.id}`, (lang) => ({
      number: a.penalty.number,
      decision: status === "ACCEPTED" ? (lang === "ar" ? "قبول التظلم ورفع العقوبة" : "appeal accepted, penalty lifted") : lang === "ar" ? `رفض التظلم: ${note}` : `appeal rejected: ${note}`,
    }));
    return { status };
  },
});
