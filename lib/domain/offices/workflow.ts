import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * The workflows of office supervision (issue 6), in the one shape of lib/kernel/workflow.ts. Pure.
 *
 * Accreditation request:  SUBMITTED ─approve / reject (committee)─▶ APPROVED | REJECTED
 * Penalty:                PROPOSED ─confirm / dismiss (committee)─▶ CONFIRMED | DISMISSED
 *                         CONFIRMED ─appeal (office manager, within the window, once)─▶ CONFIRMED
 *                         CONFIRMED ─lift (an accepted appeal)─▶ LIFTED
 * Appeal:                 PENDING ─accept / reject (committee)─▶ ACCEPTED | REJECTED
 *
 * Roles are the actor's roles; an office manager whose office is suspended keeps the appeal
 * (`supervisionRoles` in policies.ts adds it, lib/auth/office-block.ts).
 */
export type SupervisionRole = "COMMITTEE_MEMBER" | "OFFICE_MANAGER" | "SYSTEM";

export const ACCREDITATION_STATES = ["SUBMITTED", "APPROVED", "REJECTED"] as const;
export type AccreditationState = (typeof ACCREDITATION_STATES)[number];
export const ACCREDITATION_EVENTS = ["approve", "reject"] as const;
export type AccreditationEvent = (typeof ACCREDITATION_EVENTS)[number];

export const accreditationWorkflow = defineWorkflow<AccreditationState, AccreditationEvent, SupervisionRole>({
  name: "accreditation",
  states: ACCREDITATION_STATES,
  events: ACCREDITATION_EVENTS,
  rules: [
    { event: "approve", from: "SUBMITTED", role: "COMMITTEE_MEMBER", to: "APPROVED" },
    { event: "reject", from: "SUBMITTED", role: "COMMITTEE_MEMBER", to: "REJECTED" },
  ],
});

export const PENALTY_STATES = ["PROPOSED", "CONFIRMED", "DISMISSED", "LIFTED"] as const;
export type PenaltyState = (typeof PENALTY_STATES)[number];
export const PENALTY_EVENTS = ["confirm", "dismiss", "appeal", "lift"] as const;
export type PenaltyEvent = (typeof PENALTY_EVENTS)[number];
/** What the appeal rule needs to know: the clock, the window, and whether an appeal was already filed. */
export type PenaltyContext = { now: Date; appealUntil: Date | null; appealed: boolean };

export function appealWindowOpen(ctx: PenaltyContext): boolean {
  return !ctx.appealed && !!ctx.appealUntil && ctx.appealUntil.getTime() >= ctx.now.getTime();
}

export const penaltyWorkflow = defineWorkflow<PenaltyState, PenaltyEvent, SupervisionRole, PenaltyContext>({
  name: "penalty",
  states: PENALTY_STATES,
  events: PENALTY_EVENTS,
  rules: [
    { event: "confirm", from: "PROPOSED", role: "COMMITTEE_MEMBER", to: "CONFIRMED" },
    { event: "dismiss", from: "PROPOSED", role: "COMMITTEE_MEMBER", to: "DISMISSED" },
    { event: "appeal", from: "CONFIRMED", role: "OFFICE_MANAGER", to: "CONFIRMED", when: appealWindowOpen },
    // Lifting follows an accepted appeal (the committee's decision on it).
    { event: "lift", from: "CONFIRMED", role: "COMMITTEE_MEMBER", to: "LIFTED" },
  ],
});

export const APPEAL_STATES = ["PENDING", "ACCEPTED", "REJECTED"] as const;
export type AppealState = (typeof APPEAL_STATES)[number];
export const APPEAL_EVENTS = ["accept", "reject"] as const;
export type AppealEvent = (typeof APPEAL_EVENTS)[number];

export const appealWorkflow = defineWorkflow<AppealState, AppealEvent, SupervisionRole>({
  name: "penaltyAppeal",
  states: APPEAL_STATES,
  events: APPEAL_EVENTS,
  rules: [
    { event: "accept", from: "PENDING", role: "COMMITTEE_MEMBER", to: "ACCEPTED" },
    { event: "reject", from: "PENDING", role: "COMMITTEE_MEMBER", to: "REJECTED" },
  ],
});
