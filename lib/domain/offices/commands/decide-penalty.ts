import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { requestSignatures } from "@/lib/domain/signatures/request";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import type { PenaltyKindCode } from "@/lib/domain/offices/clause-set";
import { billingMunicipality, offerReassignment, officeManagers, textManagers, type OfficeRef } from "@/lib/domain/offices/penalty-effects";
import { ZDecidePenalty } from "@/lib/domain/offices/penalty-schemas";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { appealDeadline, DAY_MS, DEFAULT_SUSPENSION_DAYS, FINE_DUE_DAYS, FINE_EXPIRES_DAYS, PENALTY_KIND_TITLES } from "@/lib/domain/offices/rules";
import { officeScope } from "@/lib/domain/offices/scope";
import { penaltyWorkflow, type PenaltyState } from "@/lib/domain/offices/workflow";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatGregorian } from "@/lib/i18n/dates";
import { localText } from "@/lib/kernel/locale";

const officeSelect = { id: true, code: true, nameAr: true, nameEn: true, status: true, commercialRegNo: true, phone: true, suspendedUntil: true } as const;

type DecidablePenalty = {
  id: string;
  number: string;
  kind: PenaltyKindCode;
  fineHalalas: number | null;
  suspensionDays: number | null;
  contractId: string | null;
  clause: { titleAr: string; titleEn: string } | null;
  office: OfficeRef & { status: string; commercialRegNo: string; phone: string };
};

/**
 * A committee member confirms a proposed penalty (it takes effect at once, in the same transaction) or
 * dismisses it with a reason. Effects of a confirmation: WARNING (SMS), FINE (a bill to the office),
 * SUSPENSION (office SUSPENDED until …, every open application offered to its citizen for reassignment),
 * REVOCATION (office REVOKED, contract TERMINATED, offers likewise); the office may appeal for APPEAL_DAYS.
 */
export const decidePenalty = defineCommand({
  name: "offices.decidePenalty",
  permission: "offices.committee",
  schema: ZDecidePenalty,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const p = await tx.officePenalty.findFirst({
      where: { id: input.penaltyId, office: officeScope(actor) },
      select: { id: true, number: true, kind: true, status: true, fineHalalas: true, suspensionDays: true, contractId: true, appealUntil: true, clause: { select: { titleAr: true, titleEn: true } }, office: { select: officeSelect } },
    });
    if (!p) throw new AppError("NOT_FOUND");
    const now = new Date();
    const event = input.decision === "DISMISS" ? "dismiss" : "confirm";
    const step = penaltyWorkflow.transition(p.status as PenaltyState, event, supervisionRoles(actor), { now, appealUntil: p.appealUntil, appealed: false });
    if (!step.ok) throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyDecided" });
    const note = input.note || null;
    if (event === "dismiss") {
      const done = await tx.officePenalty.updateMany({
        where: { id: p.id, status: { in: penaltyWorkflow.fromStates("dismiss") } },
        data: { status: step.to, decidedById: actor.userId, decidedAt: now, decisionNote: note },
      });
      if (done.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });
      await recordAudit(tx, actor, { action: "offices.dismissPenalty", entityType: "OfficePenalty", entityId: p.id, before: { status: p.status }, after: { status: step.to, note } });
      return { status: "DISMISSED" as const, billNumber: null, offered: 0 };
    }
    const r = await confirmPenalty(tx, actor, { ...p, kind: p.kind as PenaltyKindCode }, note, now);
    // The decision is signed along its chain when the municipality has one (issue 15); nothing otherwise.
    await requestSignatures(tx, actor, "OFFICE_PENALTY_DECISION", p.id);
    return { status: "CONFIRMED" as const, ...r };
  },
});

/** Confirms a PROPOSED penalty and makes it take effect, in the command's transaction. */
async function confirmPenalty(tx: Tx, actor: Actor, p: DecidablePenalty, note: string | null, now: Date): Promise<{ billNumber: string | null; offered: number }> {
  const appealUntil = appealDeadline(now);
  const data: Prisma.OfficePenaltyUpdateManyMutationInput = { status: "CONFIRMED", decidedById: actor.userId, decidedAt: now, decisionNote: note, appealUntil };
  let billNumber: string | null = null;
  let billId: string | null = null;
  let offered = 0;

  if (p.kind === "FINE") {
    if (!p.fineHalalas) throw new AppError("INVALID_STATE", { message: "penalties:errors.noFineAmount" });
    const municipalityId = await billingMunicipality(tx, p.office.id, p.contractId);
    const manager = (await officeManagers(tx, p.office.id))[0];
    const title = p.clause ?? PENALTY_KIND_TITLES.FINE;
    const bill = await issueBill(tx, actor, {
      municipalityId,
      subjectType: "OfficePenalty",
      subjectId: p.id,
      payer: { crNumber: p.office.commercialRegNo, name: p.office.nameAr, mobile: manager?.mobile ?? p.office.phone },
      lines: [{ kind: "FINE", descriptionAr: `${title.titleAr} — ${p.number}`, descriptionEn: `${title.titleEn} — ${p.number}`, amountHalalas: p.fineHalalas }],
      dueInDays: FINE_DUE_DAYS,
      expiresInDays: FINE_EXPIRES_DAYS,
      locale: manager?.locale ?? "ar",
    });
    billId = bill.id;
    billNumber = bill.number;
    data.billId = bill.id;
  } else if (p.kind === "SUSPENSION") {
    const endsAt = new Date(now.getTime() + (p.suspensionDays ?? DEFAULT_SUSPENSION_DAYS) * DAY_MS);
    data.startsAt = now;
    data.endsAt = endsAt;
    // At once: the next request of any member of the office is refused (lib/auth/office-block.ts).
    const moved = await tx.licensingOffice.updateMany({ where: { id: p.office.id, status: { in: ["ACTIVE", "SUSPENDED"] } }, data: { status: "SUSPENDED", suspendedUntil: endsAt } });
    if (moved.count !== 1) throw new AppError("INVALID_STATE", { message: "penalties:errors.officeNotActive" });
    offered = await offerReassignment(tx, p.office, now);
  } else if (p.kind === "REVOCATION") {
    data.startsAt = now;
    const moved = await tx.licensingOffice.updateMany({ where: { id: p.office.id, status: { in: ["ACTIVE", "SUSPENDED"] } }, data: { status: "REVOKED", suspendedUntil: null } });
    if (moved.count !== 1) throw new AppError("INVALID_STATE", { message: "penalties:errors.officeNotActive" });
    await tx.officeContract.updateMany({ where: { officeId: p.office.id, status: "ACTIVE" }, data: { status: "TERMINATED" } });
    offered = await offerReassignment(tx, p.office, now);
  }

  const updated = await tx.officePenalty.updateMany({ where: { id: p.id, status: { in: penaltyWorkflow.fromStates("confirm") } }, data });
  if (updated.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyDecided" });

  await recordAudit(tx, actor, {
    action: "offices.confirmPenalty",
    entityType: "OfficePenalty",
    entityId: p.id,
    before: { status: "PROPOSED", officeStatus: p.office.status },
    after: { status: "CONFIRMED", kind: p.kind, billId, startsAt: data.startsAt ?? null, endsAt: data.endsAt ?? null, appealUntil, offered, note },
  });
  if (p.kind === "SUSPENSION") {
    await textManagers(tx, p.office, "officeSuspended", `penalty-confirmed:${p.id}`, (lang) => ({ number: p.number, until: formatGregorian(data.endsAt as Date, lang) }));
  } else {
    await textManagers(tx, p.office, "penaltyConfirmed", `penalty-confirmed:${p.id}`, (lang) => ({
      number: p.number,
      title: localText(lang, p.clause ?? PENALTY_KIND_TITLES[p.kind], "title"),
      appealUntil: formatGregorian(appealUntil, lang),
    }));
  }
  return { billNumber, offered };
}
