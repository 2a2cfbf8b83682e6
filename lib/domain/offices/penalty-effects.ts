import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { clauseFor, type PenaltyKindCode, type PenaltyTriggerCode } from "@/lib/domain/offices/clause-set";
import { nextPenaltyNumber } from "@/lib/domain/offices/numbers";
import { occurrenceWindowStart, REASSIGNABLE_STATES } from "@/lib/domain/offices/rules";
import { offerPermitReassignment, withdrawPermitReassignmentOffers } from "@/lib/domain/permits/reassign-offers";
import { AppError } from "@/lib/errors";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/**
 * What the penalty commands and jobs share, inside the caller's transaction (issue 6):
 *   propose  — a spot-check finding (commands/spot-checks.ts) or the SLA job (jobs.ts) proposes the clause of
 *              the n-th occurrence of the trigger within 12 months (dismissed or lifted proposals do not count);
 *   confirm  — commands/decide-penalty.ts; appeal — commands/appeal-penalty.ts; lift — commands/decide-appeal.ts.
 * The states and who may move them: workflow.ts; the constants: rules.ts.
 */
export type OfficeRef = { id: string; code: string; nameAr: string; nameEn: string };

/** How many times `trigger` counted against the office in the 12 months before `now` (dismissed / lifted ones do not). */
export async function priorOccurrences(tx: Tx, officeId: string, trigger: PenaltyTriggerCode, now: Date): Promise<number> {
  return tx.officePenalty.count({
    where: { officeId, trigger, status: { in: ["PROPOSED", "CONFIRMED"] }, proposedAt: { gte: occurrenceWindowStart(now) } },
  });
}

/**
 * Proposes the penalty the contract's clauses give for the next occurrence of `trigger`. Without an
 * active contract (or clause), a WARNING is proposed so the committee still sees the event.
 */
export async function proposePenalty(
  tx: Tx,
  actor: AnyActor,
  officeId: string,
  trigger: PenaltyTriggerCode,
  opts: { reason: string; spotCheckId?: string | null; occurrence?: number; now?: Date },
): Promise<{ id: string; number: string; kind: PenaltyKindCode; occurrence: number }> {
  const now = opts.now ?? new Date();
  const contract = await tx.officeContract.findFirst({
    where: { officeId, status: "ACTIVE" },
    orderBy: { startsAt: "desc" },
    select: { id: true, clauses: { select: { id: true, code: true, trigger: true, occurrence: true, kind: true, fineHalalas: true, suspensionDays: true } } },
  });
  const occurrence = opts.occurrence ?? (await priorOccurrences(tx, officeId, trigger, now)) + 1;
  const clause = contract ? clauseFor(contract.clauses, trigger, occurrence) : null;
  const kind: PenaltyKindCode = clause?.kind ?? "WARNING";
  const number = await nextPenaltyNumber(tx);
  const penalty = await tx.officePenalty.create({
    data: {
      number,
      officeId,
      contractId: contract?.id ?? null,
      clauseId: clause?.id ?? null,
      trigger,
      spotCheckId: opts.spotCheckId ?? null,
      kind,
      status: "PROPOSED",
      reason: opts.reason,
      fineHalalas: kind === "FINE" ? (clause?.fineHalalas ?? null) : null,
      suspensionDays: kind === "SUSPENSION" ? (clause?.suspensionDays ?? null) : null,
      proposedAt: now,
    },
    select: { id: true, number: true },
  });
  await recordAudit(tx, actor, {
    action: "offices.proposePenalty",
    entityType: "OfficePenalty",
    entityId: penalty.id,
    after: { number, officeId, trigger, occurrence, clause: clause?.code ?? null, kind },
  });
  return { ...penalty, kind, occurrence };
}

/** The managers of an office, to text them. */
export async function officeManagers(tx: Tx, officeId: string) {
  const rows = await tx.officeMember.findMany({
    where: { officeId, role: "MANAGER", active: true },
    select: { user: { select: { mobile: true, preferredLocale: true } } },
  });
  return rows.map((r) => ({ mobile: r.user.mobile, locale: r.user.preferredLocale as Lang }));
}

export async function textManagers(
  tx: Tx,
  office: OfficeRef,
  template: "penaltyConfirmed" | "officeSuspended" | "appealReceived" | "appealDecided",
  key: string,
  params: (lang: Lang) => Record<string, string>,
) {
  for (const m of await officeManagers(tx, office.id)) {
    await enqueueSms(tx, { to: m.mobile, template, locale: m.locale, params: { office: localName(m.locale, office), ...params(m.locale) }, dedupeKey: `${key}:${m.mobile}` });
  }
}

/** Every open application of the office is offered to its citizen for reassignment (SMS each). */
export async function offerReassignment(tx: Tx, office: OfficeRef, now: Date): Promise<number> {
  // Its open building permits too (issue 12); the count returned stays the applications'.
  await offerPermitReassignment(tx, office, now);
  const apps = await tx.licenseApplication.findMany({
    where: { officeId: office.id, status: { in: [...REASSIGNABLE_STATES] }, reassignOfferedAt: null },
    select: { id: true, number: true, applicant: { select: { mobile: true, preferredLocale: true } } },
  });
  if (apps.length === 0) return 0;
  await tx.licenseApplication.updateMany({ where: { id: { in: apps.map((a) => a.id) }, reassignOfferedAt: null }, data: { reassignOfferedAt: now } });
  for (const a of apps) {
    const locale = a.applicant.preferredLocale as Lang;
    await enqueueSms(tx, {
      to: a.applicant.mobile,
      template: "reassignOffer",
      locale,
      params: { number: a.number, office: localName(locale, office) },
      dedupeKey: `reassign-offer:${a.id}:${now.getTime()}`,
    });
  }
  return apps.length;
}

/** The office is active again: applications still at it are no longer offered for reassignment. */
export async function withdrawReassignmentOffers(tx: Tx, officeId: string): Promise<number> {
  await withdrawPermitReassignmentOffers(tx, officeId);
  const { count } = await tx.licenseApplication.updateMany({ where: { officeId, reassignOfferedAt: { not: null } }, data: { reassignOfferedAt: null } });
  return count;
}

/** The municipality a fine is billed in (its biller code): the contract's first municipality, else the office's first coverage. */
export async function billingMunicipality(tx: Tx, officeId: string, contractId: string | null): Promise<string> {
  if (contractId) {
    const c = await tx.officeContract.findUnique({ where: { id: contractId }, select: { municipalityIds: true } });
    const withBiller = c?.municipalityIds.length
      ? await tx.municipality.findFirst({ where: { id: { in: c.municipalityIds }, billerCode: { not: null } }, orderBy: { code: "asc" }, select: { id: true } })
      : null;
    if (withBiller) return withBiller.id;
  }
  const cov = await tx.officeCoverage.findFirst({ where: { officeId, municipality: { billerCode: { not: null } } }, orderBy: { municipality: { code: "asc" } }, select: { municipalityId: true } });
  if (!cov) throw new AppError("INVALID_STATE", { message: "payments:bill.errors.noBillerCode" });
  return cov.municipalityId;
}
