import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { CLAUSE_SETS, createContract } from "@/lib/domain/offices/clauses";
import { ZApproveAccreditation, ZRejectAccreditation } from "@/lib/domain/offices/schemas";
import { supervisionRoles } from "@/lib/domain/offices/policies";
import { committeeOfficeScope } from "@/lib/domain/offices/scope";
import { accreditationWorkflow, type AccreditationEvent, type AccreditationState } from "@/lib/domain/offices/workflow";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { riyadhInstant } from "@/lib/kernel/riyadh-days";

/** Dates typed as YYYY-MM-DD are Riyadh calendar days: a contract starts at 00:00 and ends at 23:59:59 Riyadh time. */
function riyadhStart(day: string): Date {
  return riyadhInstant(day);
}
function riyadhEnd(day: string): Date {
  return new Date(riyadhInstant(day).getTime() + 86_400_000 - 1);
}

async function loadRequest(tx: Tx, actor: Actor, requestId: string, event: AccreditationEvent) {
  // The committee decides only requests of offices of its Amanahs: the rule is in the where.
  const request = await tx.accreditationRequest.findFirst({
    where: { id: requestId, office: committeeOfficeScope(actor) },
    select: {
      id: true,
      number: true,
      status: true,
      applicantId: true,
      office: { select: { id: true, code: true, nameAr: true, status: true, amanahId: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND");
  const step = accreditationWorkflow.transition(request.status as AccreditationState, event, supervisionRoles(actor), undefined);
  if (!step.ok) throw new AppError("INVALID_STATE", { message: "supervision:errors.alreadyDecided" });
  return { ...request, to: step.to };
}

/** Writes the decision with the states the event leaves from in the where (optimistic lock). */
async function decide(tx: Tx, actor: Actor, requestId: string, event: AccreditationEvent, to: AccreditationState, reason: string | null) {
  const moved = await tx.accreditationRequest.updateMany({
    where: { id: requestId, status: { in: accreditationWorkflow.fromStates(event) } },
    data: { status: to, decidedById: actor.userId, decidedAt: new Date(), decisionReason: reason },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT");
}

/**
 * The committee approves an office: the contract (dates, municipalities, license types, service levels,
 * clause set) is created, coverage follows the contract, the office becomes ACTIVE and its manager is
 * told by SMS. Refused while a person listed in the application has not yet answered their invitation.
 * Qualifications are verified separately, on the office's page.
 */
export const approveAccreditation = defineCommand({
  name: "offices.approveAccreditation",
  permission: "offices.committee",
  schema: ZApproveAccreditation,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const request = await loadRequest(tx, actor, input.requestId, "approve");
    if (request.office.status !== "PENDING") throw new AppError("INVALID_STATE", { message: "supervision:errors.alreadyDecided" });
    const inAmanah = await tx.municipality.count({ where: { id: { in: input.municipalityIds }, amanahId: request.office.amanahId } });
    if (inAmanah !== new Set(input.municipalityIds).size) throw new AppError("VALIDATION", { fieldErrors: { municipalityIds: "supervision:errors.oneAmanah" } });

    // The people listed in the application confirm with their own identity first (their invitations).
    const undecided = await tx.officeInvitation.count({ where: { accreditationId: request.id, status: "PENDING", expiresAt: { gt: new Date() } } });
    if (undecided > 0) throw new AppError("INVALID_STATE", { message: "supervision:errors.invitationsPending" });

    await decide(tx, actor, request.id, "approve", request.to, null);
    const activated = await tx.licensingOffice.updateMany({
      where: { id: request.office.id, status: "PENDING" },
      data: { status: "ACTIVE", serviceTypes: input.serviceTypes, suspendedUntil: null },
    });
    if (activated.count !== 1) throw new AppError("CONFLICT");
    await tx.officeCoverage.deleteMany({ where: { officeId: request.office.id } });
    await tx.officeCoverage.createMany({ data: input.municipalityIds.map((municipalityId) => ({ officeId: request.office.id, municipalityId })), skipDuplicates: true });

    const startsAt = riyadhStart(input.startsOn);
    const endsAt = riyadhEnd(input.endsOn);
    const contract = await createContract(tx, actor, request.office, {
      startsAt,
      endsAt,
      municipalityIds: input.municipalityIds,
      serviceTypes: input.serviceTypes,
      maxMedianHours: input.maxMedianHours,
      maxSlaBreachPercent: input.maxSlaBreachPercent,
      maxReturnPercent: input.maxReturnPercent,
      spotCheckPercent: input.spotCheckPercent,
      clauses: CLAUSE_SETS[input.clauseSet],
    });

    await recordAudit(tx, actor, {
      action: "offices.approveAccreditation",
      entityType: "AccreditationRequest",
      entityId: request.id,
      before: { status: request.status, office: request.office.status },
      after: { status: "APPROVED", office: "ACTIVE", contract: contract.number, clauseSet: input.clauseSet, municipalityIds: input.municipalityIds },
    });
    const manager = await tx.user.findUniqueOrThrow({ where: { id: request.applicantId }, select: { mobile: true, preferredLocale: true } });
    await enqueueSms(tx, {
      to: manager.mobile,
      template: "accreditationApproved",
      params: { office: request.office.nameAr, contract: contract.number, endDate: formatGregorian(endsAt, manager.preferredLocale) },
      locale: manager.preferredLocale,
      dedupeKey: `accreditation-approved:${request.id}`,
    });
    return { contractNumber: contract.number, officeCode: request.office.code };
  },
});

/** The committee rejects an application with its reasons (SMS to the applicant, who may apply again). */
export const rejectAccreditation = defineCommand({
  name: "offices.rejectAccreditation",
  permission: "offices.committee",
  schema: ZRejectAccreditation,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const request = await loadRequest(tx, actor, input.requestId, "reject");
    await decide(tx, actor, request.id, "reject", request.to, input.reason);
    await tx.officeInvitation.updateMany({ where: { accreditationId: request.id, status: "PENDING" }, data: { status: "REVOKED", respondedAt: new Date() } });
    await recordAudit(tx, actor, {
      action: "offices.rejectAccreditation",
      entityType: "AccreditationRequest",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    const applicant = await tx.user.findUniqueOrThrow({ where: { id: request.applicantId }, select: { mobile: true, preferredLocale: true } });
    await enqueueSms(tx, {
      to: applicant.mobile,
      template: "accreditationRejected",
      params: { number: request.number, office: request.office.nameAr },
      locale: applicant.preferredLocale,
      dedupeKey: `accreditation-rejected:${request.id}`,
    });
    return { number: request.number };
  },
});
