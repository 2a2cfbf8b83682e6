/*
 * The rule constants of office supervision (issue 6), in one place. Pure: no I/O, no clock (time arrives
 * as `now`), no runtime imports but the pure working-day calendar — the seed imports this file (through clause-set.ts) by a relative path.
 * The clauses themselves are data: clause-set.ts.
 */
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
// Relative, like the seed's own imports of this file: the kernel's calendar is pure and imports nothing.
import { addWorkingDays } from "../../kernel/working-days";

export const DAY_MS = 86_400_000;

// ── Contracts ──
/** Standard contract length: two years. */
export const CONTRACT_MONTHS = 24;
/** The standard service levels of a contract. */
export const STANDARD_SERVICE_LEVELS = {
  /** Median hours from submission to decision. */
  maxMedianHours: 72,
  /** Share of steps that may overrun their SLA. */
  maxSlaBreachPercent: 10,
  /** Share of applications that may be returned to the applicant. */
  maxReturnPercent: 25,
  /** Share of issued licenses the committee re-inspects. */
  spotCheckPercent: 10,
} as const;
/** The committee's dashboard lists contracts ending within this many days. */
export const CONTRACT_ENDING_SOON_DAYS = 60;

// ── Penalties ──
/** How long after a decision the office may appeal a penalty: WORKING days (lib/kernel/working-days.ts). */
export const APPEAL_DAYS = 10;
/** Occurrences of a trigger count over this many days (the n-th occurrence gives the n-th clause). */
export const OCCURRENCE_WINDOW_DAYS = 365;
/** How many SLA breaches in one month make one "occurrence" of the SLA_BREACH trigger. */
export const SLA_BREACHES_PER_OCCURRENCE = 10;
/** A suspension clause without a length suspends for this many days. */
export const DEFAULT_SUSPENSION_DAYS = 30;
/** A fine's bill: due after, and expiring after, these many days. */
export const FINE_DUE_DAYS = 30;
export const FINE_EXPIRES_DAYS = 90;

/** The last day of the appeal window of a penalty decided at `decidedAt`. */
export function appealDeadline(decidedAt: Date): Date {
  return addWorkingDays(decidedAt, APPEAL_DAYS);
}

/** The start of the window in which earlier occurrences of a trigger count. */
export function occurrenceWindowStart(now: Date): Date {
  return new Date(now.getTime() - OCCURRENCE_WINDOW_DAYS * DAY_MS);
}

/** Open applications the office still holds (or the citizen holds while it sits at the office): offered for reassignment. */
export const REASSIGNABLE_STATES = ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL"] as const satisfies readonly ApplicationState[];

/** Decided applications the citizen may rate the office for. */
export const RATEABLE_STATES: readonly ApplicationState[] = ["AWAITING_PAYMENT", "ISSUED", "REJECTED"];

/** Whether the citizen may rate the office for an application in `status` (once; only with an office). */
export function mayRateOffice(a: { status: string; hasOffice: boolean; rated: boolean }): boolean {
  return a.hasOffice && !a.rated && (RATEABLE_STATES as readonly string[]).includes(a.status);
}

// ── Staff and training ──
/** The training topic agents need to accept applications, and how long its certificate stays valid. */
export const REQUIRED_AGENT_TRAINING = "LICENSING_BASICS";
export const TRAINING_VALID_MONTHS = 24;
/** How long an invitation to join an office stays valid. */
export const INVITATION_DAYS = 14;

export function trainingValidSince(now: Date): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - TRAINING_VALID_MONTHS);
  return d;
}

export type MemberTraining = { topic: string; certificateNo: string | null; certifiedAt: Date | null; startsAt: Date; attended: boolean };

/** Whether the member holds a valid certificate of the training agents need (the rule policies.ts enforces). */
export function hasValidBasics(training: readonly MemberTraining[], now: Date): boolean {
  const since = trainingValidSince(now);
  return training.some((t) => t.topic === REQUIRED_AGENT_TRAINING && !!t.certificateNo && !!t.certifiedAt && t.certifiedAt >= since);
}

/** An agent must hold the required training to accept applications. */
export function needsTraining(m: { role: string; training: readonly MemberTraining[] }, now: Date): boolean {
  return m.role === "AGENT" && !hasValidBasics(m.training, now);
}

/** A member whose qualification the committee may verify: active, with a number, not yet verified. */
export function mayVerifyMember(m: { active: boolean; qualificationNo: string | null; verifiedAt: Date | null }): boolean {
  return m.active && !!m.qualificationNo && !m.verifiedAt;
}

/** The manager may remove any active member except the last manager (an office always keeps one). */
export function mayRemoveMember(m: { role: string; active: boolean }, activeManagers: number): boolean {
  return m.active && !(m.role === "MANAGER" && activeManagers <= 1);
}

// ── Workshops ──
/** A workshop is held once it started: attendance can be recorded from then on. */
export function workshopHeld(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime();
}

// ── Scorecards ──
/** The default period of the scorecard pages, in days. */
export const SCORECARD_DAYS = 90;

// ── Texts the domain sends by SMS (no React there) ──
/** The title of a penalty kind, when the penalty has no clause to name it. */
export const PENALTY_KIND_TITLES = {
  WARNING: { titleAr: "إنذار", titleEn: "Warning" },
  FINE: { titleAr: "غرامة مالية", titleEn: "Fine" },
  SUSPENSION: { titleAr: "إيقاف المكتب", titleEn: "Suspension" },
  REVOCATION: { titleAr: "إلغاء الاعتماد", titleEn: "Revocation" },
} as const;

/** The decision on an appeal, as the office's managers read it by SMS. */
export const APPEAL_DECISION_TEXTS = {
  ACCEPTED: { textAr: "قبول التظلم ورفع الجزاء", textEn: "appeal accepted, penalty lifted" },
  REJECTED: { textAr: "رفض التظلم", textEn: "appeal rejected" },
} as const;
