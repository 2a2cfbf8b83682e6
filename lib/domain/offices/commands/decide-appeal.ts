import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import type { PenaltyKindCode } from "@/lib/domain/offices/clause-set";
import { textManagers, withdrawReassignmentOffers, type OfficeRef } from "@/lib/domain/offices/penalty-effects";
import { ZDecideAppeal } from "@/lib/domain/offices/penalty-schemas";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { APPEAL_DECISION_TEXTS } from "@/lib/domain/offices/rules";
import { officeScope } from "@/lib/domain/offices/scope";
import { appealWorkflow, penaltyWorkflow, type AppealState } from "@/lib/domain/offices/workflow";
import { cancelBill } from "@/lib/domain/payments/issue-bill";
import { AppError } from "@/lib/errors";
import { localText } from "@/lib/kernel/locale";

const officeSelect = { id: true, code: true, nameAr: true, nameEn: true } as const;

/** The committee decides an appeal: ACCEPT lifts the penalty (suspension ends at once, unpaid fine cancelled); REJECT with a reason. */
export const decideAppeal = defineCommand({
  name: "offices.decideAppeal",
  permission: "offices.committee",
  schema: ZDecideAppeal,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const a = await tx.penaltyAppeal.findFirst({
      where: { id: input.appealId, penalty: { office: officeScope(actor) } },
      select: { id: true, status: true, penalty: { select: { id: true, number: true, kind: true, billId: true, office: { select: officeSelect } } } },
    });
    if (!a) throw new AppError("NOT_FOUND");
    const event = input.decision === "ACCEPT" ? "accept" : "reject";
    const step = appealWorkflow.transition(a.status as AppealState, event, supervisionRoles(actor), undefined);
    if (!step.ok) throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyDecided" });
    const now = new Date();
    const note = input.note || null;
    const status = step.to as "ACCEPTED" | "REJECTED";
    const done = await tx.penaltyAppeal.updateMany({
      where: { id: a.id, status: { in: appealWorkflow.fromStates(event) } },
      data: { status, decidedById: actor.userId, decidedAt: now, decisionNote: note },
    });
    if (done.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });
    if (status === "ACCEPTED") await liftPenalty(tx, actor, { ...a.penalty, kind: a.penalty.kind as PenaltyKindCode }, now);
    await recordAudit(tx, actor, { action: "offices.decideAppeal", entityType: "PenaltyAppeal", entityId: a.id, before: { status: a.status }, after: { status, note } });
    await textManagers(tx, a.penalty.office, "appealDecided", `appeal-decided:${a.id}`, (lang) => ({
      number: a.penalty.number,
      decision: status === "ACCEPTED" ? localText(lang, APPEAL_DECISION_TEXTS.ACCEPTED, "text") : `${localText(lang, APPEAL_DECISION_TEXTS.REJECTED, "text")}: ${note}`,
    }));
    return { status };
  },
});

/**
 * Undoes a confirmed penalty (accepted appeal): a suspension or revocation ends at once unless another
 * confirmed, unexpired suspension of the office still runs; an unpaid fine is cancelled.
 */
async function liftPenalty(tx: Tx, actor: Actor, p: { id: string; number: string; kind: PenaltyKindCode; billId: string | null; office: OfficeRef }, now: Date): Promise<void> {
  const step = penaltyWorkflow.transition("CONFIRMED", "lift", supervisionRoles(actor), { now, appealUntil: null, appealed: true });
  if (!step.ok) throw new AppError("FORBIDDEN");
  const lifted = await tx.officePenalty.updateMany({
    where: { id: p.id, status: { in: penaltyWorkflow.fromStates("lift") } },
    data: { status: step.to, liftedAt: now, ...(p.kind === "SUSPENSION" ? { endsAt: now } : {}) },
  });
  if (lifted.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });
  let officeStatus: string | null = null;
  if (p.kind === "SUSPENSION" || p.kind === "REVOCATION") {
    const other = await tx.officePenalty.findFirst({
      where: { officeId: p.office.id, id: { not: p.id }, status: "CONFIRMED", OR: [{ kind: "REVOCATION" }, { kind: "SUSPENSION", endsAt: { gt: now } }] },
      orderBy: { endsAt: "desc" },
      select: { kind: true, endsAt: true },
    });
    if (!other) {
      await tx.licensingOffice.updateMany({ where: { id: p.office.id, status: { in: ["SUSPENDED", "REVOKED"] } }, data: { status: "ACTIVE", suspendedUntil: null } });
      if (p.kind === "REVOCATION") {
        await tx.officeContract.updateMany({ where: { officeId: p.office.id, status: "TERMINATED", endsAt: { gt: now } }, data: { status: "ACTIVE" } });
      }
      await withdrawReassignmentOffers(tx, p.office.id);
      officeStatus = "ACTIVE";
    } else if (other.kind === "SUSPENSION") {
      await tx.licensingOffice.updateMany({ where: { id: p.office.id }, data: { status: "SUSPENDED", suspendedUntil: other.endsAt } });
      officeStatus = "SUSPENDED";
    }
  }
  if (p.kind === "FINE" && p.billId) {
    const bill = await tx.bill.findUnique({ where: { id: p.billId }, select: { status: true } });
    if (bill?.status === "UNPAID") await cancelBill(tx, actor, p.billId, `penalty ${p.number} lifted on appeal`);
  }
  await recordAudit(tx, actor, {
    action: "offices.liftPenalty",
    entityType: "OfficePenalty",
    entityId: p.id,
    before: { status: "CONFIRMED" },
    after: { status: "LIFTED", kind: p.kind, officeStatus },
  });
}
