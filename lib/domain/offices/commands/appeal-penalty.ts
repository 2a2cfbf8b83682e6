import "server-only";
import { supervisedOfficeId } from "@/lib/auth/office-block";
import { recordAudit } from "@/lib/domain/audit/record";
import { defineCommand } from "@/lib/domain/command";
import { textManagers } from "@/lib/domain/offices/penalty-effects";
import { ZAppealPenalty } from "@/lib/domain/offices/penalty-schemas";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { penaltyWorkflow, type PenaltyState } from "@/lib/domain/offices/workflow";
import { AppError } from "@/lib/errors";

/**
 * The office manager appeals a confirmed penalty within APPEAL_DAYS of the decision, once — also while the
 * office is suspended (offices.appeal is one of the doors a suspended office keeps: lib/auth/office-block.ts).
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
      select: { id: true, number: true, status: true, appealUntil: true, appeal: { select: { id: true } }, office: { select: { id: true, code: true, nameAr: true, nameEn: true } } },
    });
    if (!p) throw new AppError("NOT_FOUND");
    const now = new Date();
    const step = penaltyWorkflow.transition(p.status as PenaltyState, "appeal", supervisionRoles(actor), { now, appealUntil: p.appealUntil, appealed: !!p.appeal });
    if (!step.ok) {
      if (!penaltyWorkflow.fromStates("appeal").includes(p.status as PenaltyState)) throw new AppError("INVALID_STATE", { message: "penalties:errors.notAppealable" });
      if (p.appeal) throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyAppealed" });
      throw new AppError("INVALID_STATE", { message: "penalties:errors.appealWindowClosed" });
    }
    // The penalty keeps its status (CONFIRMED) while appealed. PenaltyAppeal.penaltyId is unique: a concurrent
    // second appeal fails here and rolls back.
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
