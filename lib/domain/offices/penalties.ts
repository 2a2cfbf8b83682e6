import type { Actor, AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { APPEAL_DAYS, clauseFor, type PenaltyKindCode, type PenaltyTriggerCode } from "@/lib/domain/offices/clause-set";
import { cancelBill, issueBill } from "@/lib/domain/payments/issue-bill";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";
import type { Lang } from "@/lib/i18n/settings";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localName, localText } from "@/lib/kernel/locale";

/**
 * Penalties of licensing offices (issue 6), from the clauses of the office's contract:
 *   propose  — a spot-check finding or the SLA job proposes the clause of the n-th occurrence of the
 *              trigger within 12 months (proposals that were dismissed or lifted on appeal do not count);
 *   confirm  — a committee member decides; the penalty takes effect in the same transaction:
 *              WARNING (SMS), FINE (a bill to the office), SUSPENSION (office SUSPENDED until …, every open
 *              application offered to its citizen for reassignment), REVOCATION (office REVOKED, contract
 *              TERMINATED, offers likewise); the office may appeal for 15 days;
 *   lift     — an accepted appeal undoes the effect (office ACTIVE again, unpaid fine cancelled).
 */
const DAY = 86_400_000;
const YEAR_DAYS = 365;

/** Open applications the office still holds (or the citizen holds while it sits at the office): offered for reassignment. */
export const REASSIGNABLE_STATES = ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL"] as const;

/** Offices a staff actor may supervise: those of their Amanahs (and, for municipality-scoped staff, covering their municipalities). */
export function officeScope(actor: Actor): Prisma.LicensingOfficeWhereInput {
  const where: Prisma.LicensingOfficeWhereInput = { amanahId: { in: actor.amanahIds } };
  if (actor.municipalityIds !== null) where.coverage = { some: { municipalityId: { in: actor.municipalityIds } } };
  return where;
}

export async function nextPenaltyNumber(tx: Tx): Promise<string> {
  const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('penalty_number_seq') AS n`;
  return checkDigitNumber("PN", n);
}

type OfficeRef = { id: string; code: string; nameAr: string; nameEn: string };

/** How many times `trigger` counted against the office in the 12 months before `now` (dismissed / lifted ones do not). */
export async function priorOccurrences(tx: Tx, officeId: string, trigger: PenaltyTriggerCode, now: Date): Promise<number> {
  return tx.officePenalty.count({
    where: { officeId, trigger, status: { in: ["PROPOSED", "CONFIRMED"] }, proposedAt: { gte: new Date(now.getTime() - YEAR_DAYS * DAY) } },
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
async function managers(tx: Tx, officeId: string) {
  const rows = await tx.officeMember.findMany({
    where: { officeId, role: "MANAGER", active: true },
    select: { user: { select: { mobile: true, preferredLocale: true } } },
  });
  return rows.map((r) => ({ mobile: r.user.mobile, locale: r.user.preferredLocale as Lang }));
}

async function textManagers(tx: Tx, office: OfficeRef, template: "penaltyConfirmed" | "officeSuspended" | "appealReceived" | "appealDecided", key: string, params: (lang: Lang) => Record<string, string>) {
  for (const m of await managers(tx, office.id)) {
    await enqueueSms(tx, { to: m.mobile, template, locale: m.locale, params: { office: localName(m.locale, office), ...params(m.locale) }, dedupeKey: `${key}:${m.mobile}` });
  }
}

/** Every open application of the office is offered to its citizen for reassignment (SMS each). */
export async function offerReassignment(tx: Tx, office: OfficeRef, now: Date): Promise<number> {
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
  const { count } = await tx.licenseApplication.updateMany({ where: { officeId, reassignOfferedAt: { not: null } }, data: { reassignOfferedAt: null } });
  return count;
}

type DecidablePenalty = {
  id: string;
  number: string;
  kind: PenaltyKindCode;
  reason: string;
  fineHalalas: number | null;
  suspensionDays: number | null;
  contractId: string | null;
  clause: { titleAr: string; titleEn: string } | null;
  office: OfficeRef & { status: string; commercialRegNo: string; phone: string; suspendedUntil: Date | null };
};

const KIND_TITLE: Record<PenaltyKindCode, { ar: string; en: string }> = {
  WARNING: { ar: "إنذار", en: "Warning" },
  FINE: { ar: "غرامة مالية", en: "Fine" },
  SUSPENSION: { ar: "إيقاف المكتب", en: "Suspension" },
  REVOCATION: { ar: "إلغاء الاعتماد", en: "Revocation" },
};

/** Confirms a PROPOSED penalty and makes it take effect, in the caller's transaction. */
export async function confirmPenalty(tx: Tx, actor: Actor, p: DecidablePenalty, note: string | null, now: Date = new Date()): Promise<{ billNumber: string | null; offered: number }> {
  const appealUntil = new Date(now.getTime() + APPEAL_DAYS * DAY);
  const data: Prisma.OfficePenaltyUpdateManyMutationInput = { status: "CONFIRMED", decidedById: actor.userId, decidedAt: now, decisionNote: note, appealUntil };
  let billNumber: string | null = null;
  let billId: string | null = null;
  let offered = 0;

  if (p.kind === "FINE") {
    if (!p.fineHalalas) throw new AppError("INVALID_STATE", { message: "penalties:errors.noFineAmount" });
    const municipalityId = await billingMunicipality(tx, p.office.id, p.contractId);
    const manager = (await managers(tx, p.office.id))[0];
    const bill = await issueBill(tx, actor, {
      municipalityId,
      subjectType: "OfficePenalty",
      subjectId: p.id,
      payer: { crNumber: p.office.commercialRegNo, name: p.office.nameAr, mobile: manager?.mobile ?? p.office.phone },
      lines: [{ kind: "FINE", descriptionAr: `${p.clause?.titleAr ?? KIND_TITLE.FINE.ar} — ${p.number}`, descriptionEn: `${p.clause?.titleEn ?? KIND_TITLE.FINE.en} — ${p.number}`, amountHalalas: p.fineHalalas }],
      dueInDays: 30,
      expiresInDays: 90,
      locale: manager?.locale ?? "ar",
    });
    billId = bill.id;
    billNumber = bill.number;
    data.billId = bill.id;
  } else if (p.kind === "SUSPENSION") {
    const days = p.suspensionDays ?? 30;
    const endsAt = new Date(now.getTime() + days * DAY);
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

  const updated = await tx.officePenalty.updateMany({ where: { id: p.id, status: "PROPOSED" }, data });
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
      title: p.clause ? (localText(lang, p.clause, "title")) : KIND_TITLE[p.kind][lang],
      appealUntil: formatGregorian(appealUntil, lang),
    }));
  }
  return { billNumber, offered };
}

/** The municipality a fine is billed in (its biller code): the contract's first municipality, else the office's first coverage. */
async function billingMunicipality(tx: Tx, officeId: string, contractId: string | null): Promise<string> {
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

/**
 * Undoes a confirmed penalty (accepted appeal): a suspension or revocation ends at once unless another
 * confirmed, unexpired suspension of the office still runs; an unpaid fine is cancelled.
 */
export async function liftPenalty(tx: Tx, actor: Actor, p: { id: string; number: string; kind: PenaltyKindCode; billId: string | null; office: OfficeRef }, now: Date = new Date()): Promise<void> {
  const lifted = await tx.officePenalty.updateMany({ where: { id: p.id, status: "CONFIRMED" }, data: { status: "LIFTED", liftedAt: now, ...(p.kind === "SUSPENSION" ? { endsAt: now } : {}) } });
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

export { textManagers };

/** Job: suspensions whose end date passed → the office is ACTIVE again (idempotent; status in the where). */
export async function endExpiredSuspensions(tx: Tx, now: Date = new Date()): Promise<number> {
  const due = await tx.licensingOffice.findMany({ where: { status: "SUSPENDED", suspendedUntil: { lte: now } }, select: { id: true, code: true } });
  let ended = 0;
  for (const o of due) {
    const { count } = await tx.licensingOffice.updateMany({ where: { id: o.id, status: "SUSPENDED", suspendedUntil: { lte: now } }, data: { status: "ACTIVE", suspendedUntil: null } });
    if (count !== 1) continue;
    ended++;
    await withdrawReassignmentOffers(tx, o.id);
    await recordAudit(tx, { system: "jobs" }, { action: "offices.suspensionEnded", entityType: "LicensingOffice", entityId: o.id, before: { status: "SUSPENDED" }, after: { status: "ACTIVE" } });
  }
  return ended;
}

/** For SMS/labels in the domain (no React). */
export function kindTitle(kind: PenaltyKindCode, lang: Lang): string {
  return KIND_TITLE[kind][lang];
}
