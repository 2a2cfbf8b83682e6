import { addWorkingHours } from "@/lib/kernel/working-days";
import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * The license application's workflow (pure): states, events, which role takes each step (the one shape,
 * `defineWorkflow`), and the SLA of each state. Commands ask `applicationWorkflow.transition` and write the
 * result with the old status in the `where` (optimistic lock), so two concurrent steps on one application
 * cannot both succeed; query DTOs carry `applicationWorkflow.availableEvents` for the page.
 *
 *   DRAFT ─submit─▶ SUBMITTED ─take─▶ OFFICE_REVIEW ─accept─▶ FIELD_INSPECTION ─inspectPass─▶ HEALTH_REVIEW (health only)
 *                                     │   ▲                   │                                 │ healthApprove
 *                          return ◀───┘   └─resubmit─ RETURNED ◀─ inspectFail                   ▼
 *                                                     ▲  ▲─────────── return ──────────── OFFICE_APPROVAL ─approve─▶ AWAITING_PAYMENT ─pay─▶ ISSUED
 *   reject (agent in OFFICE_REVIEW, health specialist in HEALTH_REVIEW, manager in OFFICE_APPROVAL) ─▶ REJECTED
 *   withdraw (citizen in DRAFT, SUBMITTED, RETURNED) ─▶ WITHDRAWN
 *   reassign (citizen, any open state the office holds or RETURNED, when the office is suspended) ─▶ SUBMITTED at another office
 */
export const APPLICATION_STATES = [
  "DRAFT",
  "SUBMITTED",
  "OFFICE_REVIEW",
  "RETURNED",
  "FIELD_INSPECTION",
  "HEALTH_REVIEW",
  "OFFICE_APPROVAL",
  "AWAITING_PAYMENT",
  "ISSUED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_EVENTS = [
  "submit",
  "take",
  "accept",
  "return",
  "resubmit",
  "inspectPass",
  "inspectFail",
  "healthApprove",
  "approve",
  "reject",
  "pay",
  "withdraw",
  "reassign",
] as const;
export type ApplicationEvent = (typeof APPLICATION_EVENTS)[number];

/** Who takes a step. SYSTEM is the payment (the bank's notification). */
export const STEP_ROLES = ["CITIZEN", "OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER", "SYSTEM"] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export type TransitionContext = { /** The activity requires a health license (and the health specialist's review). */ needsHealth: boolean };

/** The application's one table (lib/kernel/workflow.ts): commands ask it, query DTOs carry what it offers. */
export const applicationWorkflow = defineWorkflow<ApplicationState, ApplicationEvent, StepRole, TransitionContext>({
  name: "licenseApplication",
  states: APPLICATION_STATES,
  events: APPLICATION_EVENTS,
  rules: [
    { event: "submit", from: "DRAFT", role: "CITIZEN", to: "SUBMITTED" },
    { event: "take", from: "SUBMITTED", role: "OFFICE_AGENT", to: "OFFICE_REVIEW" },
    { event: "accept", from: "OFFICE_REVIEW", role: "OFFICE_AGENT", to: "FIELD_INSPECTION" },
    { event: "return", from: "OFFICE_REVIEW", role: "OFFICE_AGENT", to: "RETURNED" },
    { event: "reject", from: "OFFICE_REVIEW", role: "OFFICE_AGENT", to: "REJECTED" },
    { event: "resubmit", from: "RETURNED", role: "CITIZEN", to: "OFFICE_REVIEW" },
    { event: "inspectPass", from: "FIELD_INSPECTION", role: "OFFICE_TECH_INSPECTOR", to: (c) => (c.needsHealth ? "HEALTH_REVIEW" : "OFFICE_APPROVAL") },
    { event: "inspectFail", from: "FIELD_INSPECTION", role: "OFFICE_TECH_INSPECTOR", to: "RETURNED" },
    { event: "healthApprove", from: "HEALTH_REVIEW", role: "OFFICE_HEALTH_SPECIALIST", to: "OFFICE_APPROVAL" },
    { event: "return", from: "HEALTH_REVIEW", role: "OFFICE_HEALTH_SPECIALIST", to: "RETURNED" },
    { event: "reject", from: "HEALTH_REVIEW", role: "OFFICE_HEALTH_SPECIALIST", to: "REJECTED" },
    { event: "approve", from: "OFFICE_APPROVAL", role: "OFFICE_MANAGER", to: "AWAITING_PAYMENT" },
    { event: "return", from: "OFFICE_APPROVAL", role: "OFFICE_MANAGER", to: "RETURNED" },
    { event: "reject", from: "OFFICE_APPROVAL", role: "OFFICE_MANAGER", to: "REJECTED" },
    { event: "pay", from: "AWAITING_PAYMENT", role: "SYSTEM", to: "ISSUED" },
    { event: "withdraw", from: ["DRAFT", "SUBMITTED", "RETURNED"], role: "CITIZEN", to: "WITHDRAWN" },
    // The office was suspended (issue 6): the citizen moves the open application to another office, which
    // receives it as a new submission. The command checks that the current office is suspended.
    { event: "reassign", from: ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL"], role: "CITIZEN", to: "SUBMITTED" },
  ],
});

/** States in which the citizen may still change the application's data: those the citizen sends on (submit, resubmit). */
export const EDITABLE_STATES: readonly ApplicationState[] = [...applicationWorkflow.fromStates("submit"), ...applicationWorkflow.fromStates("resubmit")];

/** Who holds the application in each state (the citizen's timeline says "with the office's inspector" …); null when finished. */
export const STATE_HOLDER: Record<ApplicationState, StepRole | null> = {
  DRAFT: "CITIZEN",
  SUBMITTED: "OFFICE_AGENT",
  OFFICE_REVIEW: "OFFICE_AGENT",
  RETURNED: "CITIZEN",
  FIELD_INSPECTION: "OFFICE_TECH_INSPECTOR",
  HEALTH_REVIEW: "OFFICE_HEALTH_SPECIALIST",
  OFFICE_APPROVAL: "OFFICE_MANAGER",
  AWAITING_PAYMENT: "CITIZEN",
  ISSUED: null,
  REJECTED: null,
  WITHDRAWN: null,
};

/**
 * The SLA of each state the OFFICE holds, in WORKING hours (office hours Sunday–Thursday, no holidays:
 * lib/kernel/working-days.ts; the citizen's own states have none: a returned application or an unpaid bill
 * waits for the citizen, and the office is not measured on it). Together: six working days of office time.
 */
export const STATE_SLA_HOURS: Partial<Record<ApplicationState, number>> = {
  SUBMITTED: 4,
  OFFICE_REVIEW: 8,
  FIELD_INSPECTION: 24,
  HEALTH_REVIEW: 8,
  OFFICE_APPROVAL: 4,
};

/** When the SLA of `state`, entered at `enteredAt`, runs out; null for states without one. */
export function slaDueAt(state: ApplicationState, enteredAt: Date): Date | null {
  const hours = STATE_SLA_HOURS[state];
  return hours === undefined ? null : addWorkingHours(enteredAt, hours);
}

/** States in which the application is still open (counts toward an office's load). */
export const OPEN_STATES: readonly ApplicationState[] = ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL", "AWAITING_PAYMENT"];
export const FINAL_STATES: readonly ApplicationState[] = ["ISSUED", "REJECTED", "WITHDRAWN"];
