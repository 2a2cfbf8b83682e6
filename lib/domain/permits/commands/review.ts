import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { defineCommand } from "@/lib/domain/command";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { loadReviewPermit } from "@/lib/domain/permits/access";
import { openStep } from "@/lib/domain/permits/commands/office";
import { computePermitFee, feeAreaOf, pickFeeRule } from "@/lib/domain/permits/fees";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { afterAccept } from "@/lib/domain/permits/route";
import { ZReviewAccept, ZReviewReject, ZReviewReturn, ZReviewTransfer } from "@/lib/domain/permits/schemas";
import { permitHopDueAt } from "@/lib/domain/permits/sla";
import { AppError } from "@/lib/errors";
import { storeFiles } from "@/lib/kernel/store-files";
import { checkUploads } from "@/lib/kernel/uploads";
import { localName } from "@/lib/kernel/locale";

/**
 * A department's decision on the permit it holds: accept (on to the next route department, or — the last one —
 * the fee bill), transfer (to another department, with notes and attachments), return (to the office, with
 * reasons) or reject. The page sends the version it showed: a permit decided meanwhile (by another reviewer or
 * department) is a CONFLICT, nothing written.
 */
async function load(tx: Tx, actor: Actor, input: { permitId: string; version: number }) {
  const p = await loadReviewPermit(tx, actor, input.permitId);
  if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
  if (p.status !== "IN_REVIEW" || !p.currentDepartmentId) throw new AppError("INVALID_STATE", { message: "permits:errors.notAllowedNow" });
  const step = await tx.permitReviewStep.findFirst({ where: { permitId: p.id, departmentId: p.currentDepartmentId, decision: null }, orderBy: { seq: "desc" }, select: { id: true } });
  if (!step) throw new AppError("INVALID_STATE", { message: "permits:errors.notAllowedNow" });
  const department = await tx.department.findUniqueOrThrow({ where: { id: p.currentDepartmentId }, select: { id: true, nameAr: true, nameEn: true } });
  return { p, step, department };
}

/** Closes the open hop with its decision; the WHERE on `decision: null` makes a second decision on it impossible. */
async function closeStep(tx: Tx, actor: Actor, stepId: string, data: { decision: "ACCEPTED" | "RETURNED" | "TRANSFERRED" | "REJECTED"; notes: string | null; toDepartmentId?: string }, now: Date) {
  const { count } = await tx.permitReviewStep.updateMany({
    where: { id: stepId, decision: null },
    data: { decision: data.decision, notes: data.notes, decidedAt: now, decidedById: actor.userId, toDepartmentId: data.toDepartmentId ?? null },
  });
  if (count !== 1) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
}

export const reviewAccept = defineCommand({
  name: "permits.review.accept",
  permission: "permits.review",
  schema: ZReviewAccept,
  async run(tx, actor, input) {
    const { p, step, department } = await load(tx, actor, input);
    const now = new Date();
    const notes = input.notes.trim() || null;
    const route = (await tx.permitKindDepartment.findMany({ where: { kindId: p.kindId }, orderBy: { position: "asc" }, select: { departmentId: true } })).map((r) => r.departmentId);
    const accepted = new Set((await tx.permitReviewStep.findMany({ where: { permitId: p.id, decision: "ACCEPTED" }, select: { departmentId: true } })).map((s) => s.departmentId));
    const next = afterAccept(route, accepted, department.id);
    await closeStep(tx, actor, step.id, { decision: "ACCEPTED", notes }, now);
    if (next) {
      const nextDept = await tx.department.findUniqueOrThrow({ where: { id: next }, select: { id: true, nameAr: true, nameEn: true, permitSlaDays: true } });
      const dueAt = permitHopDueAt(nextDept, now);
      await movePermit(tx, actor, p, { event: "accept", role: "PERMITS_REVIEWER", ctx: { routeComplete: false }, note: notes, departmentId: department.id, now, data: { currentDepartmentId: next, slaDueAt: dueAt } });
      await openStep(tx, p.id, { departmentId: next, dueAt, arrivedAt: now });
      await textOwner(tx, p, "permitAccepted", (lang) => ({ number: p.number, department: localName(lang, department), next: localName(lang, nextDept) }), now);
      return { permitId: p.id, status: "IN_REVIEW" as const };
    }
    // The last department: the fee from the schedule (data), issued as one bill to the owner.
    const kind = await tx.permitKind.findUniqueOrThrow({ where: { id: p.kindId }, select: { nameAr: true, nameEn: true, category: true } });
    const rules = await tx.permitFeeRule.findMany({ where: { kindId: p.kindId, OR: [{ municipalityId: p.municipalityId }, { municipalityId: null }] }, orderBy: { minAreaM2: "asc" } });
    const area = Math.max(1, feeAreaOf(kind.category, p));
    const rule = pickFeeRule(rules, p.municipalityId, area);
    if (!rule) throw new AppError("INVALID_STATE", { message: "permits:errors.noFeeRule" });
    const fee = computePermitFee(rule, kind, area);
    const owner = await tx.user.findUniqueOrThrow({ where: { id: p.ownerId }, select: { mobile: true, preferredLocale: true } });
    const bill = await issueBill(tx, actor, {
      municipalityId: p.municipalityId,
      subjectType: "Permit",
      subjectId: p.id,
      payer: { nationalId: p.ownerNationalId, name: p.ownerName, mobile: owner.mobile },
      lines: fee.lines,
      locale: owner.preferredLocale,
    });
    await movePermit(tx, actor, p, {
      event: "accept",
      role: "PERMITS_REVIEWER",
      ctx: { routeComplete: true },
      note: notes,
      departmentId: department.id,
      now,
      data: { currentDepartmentId: null, slaDueAt: null, approvedAt: now, feeHalalas: fee.totalHalalas, billId: bill.id },
    });
    await textOwner(tx, p, "permitApproved", () => ({ number: p.number }), now);
    return { permitId: p.id, status: "AWAITING_PAYMENT" as const, billNumber: bill.number };
  },
});

export const reviewTransfer = defineCommand({
  name: "permits.review.transfer",
  permission: "permits.review",
  schema: ZReviewTransfer,
  async run(tx, actor, input) {
    const attachments = await checkUploads(input.attachments, "document", "attachments");
    const { p, step, department } = await load(tx, actor, input);
    if (input.toDepartmentId === department.id) throw new AppError("VALIDATION", { fieldErrors: { toDepartmentId: "permits:errors.sameDepartment" } });
    const to = await tx.department.findFirst({ where: { id: input.toDepartmentId, active: true, permitSlaDays: { not: null } }, select: { id: true, nameAr: true, nameEn: true, permitSlaDays: true } });
    if (!to) throw new AppError("VALIDATION", { fieldErrors: { toDepartmentId: "permits:errors.chooseDepartment" } });
    const now = new Date();
    const notes = input.notes.trim();
    await closeStep(tx, actor, step.id, { decision: "TRANSFERRED", notes, toDepartmentId: to.id }, now);
    await storeFiles(tx, attachments, { uploadedById: actor.userId, permitStepId: step.id, purpose: "TRANSFER_ATTACHMENT" });
    const dueAt = permitHopDueAt(to, now);
    await movePermit(tx, actor, p, { event: "transfer", role: "PERMITS_REVIEWER", note: notes, departmentId: department.id, now, data: { currentDepartmentId: to.id, slaDueAt: dueAt } });
    await openStep(tx, p.id, { departmentId: to.id, dueAt, arrivedAt: now, fromDepartmentId: department.id, transferNote: notes });
    await textOwner(tx, p, "permitTransferred", (lang) => ({ number: p.number, from: localName(lang, department), to: localName(lang, to) }), now);
    return { permitId: p.id, status: "IN_REVIEW" as const };
  },
});

export const reviewReturn = defineCommand({
  name: "permits.review.return",
  permission: "permits.review",
  schema: ZReviewReturn,
  async run(tx, actor, input) {
    const { p, step, department } = await load(tx, actor, input);
    const now = new Date();
    const notes = input.notes.trim();
    await closeStep(tx, actor, step.id, { decision: "RETURNED", notes }, now);
    await movePermit(tx, actor, p, {
      event: "return", role: "PERMITS_REVIEWER", note: notes, departmentId: department.id, now,
      data: { currentDepartmentId: null, slaDueAt: null, returnCount: { increment: 1 } },
    });
    await textOwner(tx, p, "permitReturned", (lang) => ({ number: p.number, department: localName(lang, department) }), now);
    return { permitId: p.id, status: "RETURNED" as const };
  },
});

export const reviewReject = defineCommand({
  name: "permits.review.reject",
  permission: "permits.review",
  schema: ZReviewReject,
  async run(tx, actor, input) {
    const { p, step, department } = await load(tx, actor, input);
    const now = new Date();
    const notes = input.notes.trim();
    await closeStep(tx, actor, step.id, { decision: "REJECTED", notes }, now);
    await movePermit(tx, actor, p, {
      event: "reject", role: "PERMITS_REVIEWER", note: notes, departmentId: department.id, now,
      data: { currentDepartmentId: null, slaDueAt: null, rejectionReason: notes },
    });
    await textOwner(tx, p, "permitRejected", () => ({ number: p.number }), now);
    return { permitId: p.id, status: "REJECTED" as const };
  },
});
