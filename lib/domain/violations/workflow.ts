import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * The violation's and its objection's states and the transitions the domain allows (pure), in the one shape
 * (`defineWorkflow`, lib/kernel/workflow.ts). Time rules (the 30-day objection window, the 14-day SLA) stay in
 * `rules.ts`; they reach the table through the context.
 *
 *   ISSUED ──object (owner, within 30 days, once)──▶ OBJECTED ──accept──▶ CANCELLED
 *     │                                                ├──reduce──▶ ISSUED (new, lower bill) — CANCELLED when reduced to 0
 *     │                                                └──reject──▶ ISSUED (bill stands)
 *     └──pay (bank)──▶ PAID                           OBJECTED ──pay──▶ PAID (the bill stays payable while an objection is pending)
 *
 *   Objection: PENDING ──accept / reduce / reject (reviewer)──▶ ACCEPTED / REDUCED / REJECTED
 */
export const VIOLATION_STATES = ["ISSUED", "OBJECTED", "CANCELLED", "PAID"] as const;
export type ViolationState = (typeof VIOLATION_STATES)[number];
export const VIOLATION_EVENTS = ["object", "accept", "reduce", "reject", "pay"] as const;
export type ViolationEvent = (typeof VIOLATION_EVENTS)[number];

/** Who takes a step: the establishment's owner (CITIZEN) objects; a REVIEWER (or ADMIN) decides; SYSTEM is the bank's payment. */
export const VIOLATION_ROLES = ["CITIZEN", "REVIEWER", "ADMIN", "SYSTEM"] as const;
export type ViolationRole = (typeof VIOLATION_ROLES)[number];
const DECIDERS = ["REVIEWER", "ADMIN"] as const satisfies readonly ViolationRole[];

export type ViolationContext = {
  /** Within OBJECTION_WINDOW_DAYS of the violation (rules.ts `objectionWindowOpen`). */
  objectionWindowOpen: boolean;
  /** An objection was already filed (one per violation, whatever its outcome). */
  hasObjection: boolean;
  /** A reduction's new amount in halalas (0: nothing left to pay), else null. */
  reducedTo: number | null;
};

export const violationWorkflow = defineWorkflow<ViolationState, ViolationEvent, ViolationRole, ViolationContext>({
  name: "violation",
  states: VIOLATION_STATES,
  events: VIOLATION_EVENTS,
  rules: [
    { event: "object", from: "ISSUED", role: "CITIZEN", to: "OBJECTED", when: (c) => c.objectionWindowOpen && !c.hasObjection },
    { event: "accept", from: "OBJECTED", role: DECIDERS, to: "CANCELLED" },
    { event: "reduce", from: "OBJECTED", role: DECIDERS, to: (c) => (c.reducedTo === 0 ? "CANCELLED" : "ISSUED") },
    { event: "reject", from: "OBJECTED", role: DECIDERS, to: "ISSUED" },
    { event: "pay", from: ["ISSUED", "OBJECTED"], role: "SYSTEM", to: "PAID" },
  ],
});

export const OBJECTION_STATES = ["PENDING", "ACCEPTED", "REDUCED", "REJECTED"] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];

/** The objection: decided once, by a reviewer of the violation's municipality. */
export const objectionWorkflow = defineWorkflow<ObjectionState, "accept" | "reduce" | "reject", ViolationRole>({
  name: "objection",
  states: OBJECTION_STATES,
  events: ["accept", "reduce", "reject"] as const,
  rules: [
    { event: "accept", from: "PENDING", role: DECIDERS, to: "ACCEPTED" },
    { event: "reduce", from: "PENDING", role: DECIDERS, to: "REDUCED" },
    { event: "reject", from: "PENDING", role: DECIDERS, to: "REJECTED" },
  ],
});

export const DECISIONS = ["ACCEPT", "REDUCE", "REJECT"] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_EVENT = { ACCEPT: "accept", REDUCE: "reduce", REJECT: "reject" } as const satisfies Record<Decision, ViolationEvent>;
