/**
 * The license application's workflow (pure): states, events, which role takes each step, and the
 * SLA of each state. Commands ask `transition` and write the result with the old status in the
 * `where` (optimistic lock), so two concurrent steps on one application cannot both succeed.
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
export type StepRole = "CITIZEN" | "OFFICE_AGENT" | "OFFICE_TECH_INSPECTOR" | "OFFICE_HEALTH_SPECIALIST" | "OFFICE_MANAGER" | "SYSTEM";

type Rule = { event: ApplicationEvent; from: ApplicationState; role: StepRole; to: ApplicationState | ((ctx: TransitionContext) => ApplicationState) };

export type TransitionContext = { /** The activity requires a health license (and the health specialist's review). */ needsHealth: boolean };

const RULES: readonly Rule[] = [
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
  { event: "withdraw", from: "DRAFT", role: "CITIZEN", to: "WITHDRAWN" },
  { event: "withdraw", from: "SUBMITTED", role: "CITIZEN", to: "WITHDRAWN" },
  { event: "withdraw", from: "RETURNED", role: "CITIZEN", to: "WITHDRAWN" },
  // The office was suspended (issue 6): the citizen moves the open application to another office, which
  // receives it as a new submission. The command checks that the current office is suspended.
  ...(["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL"] as const).map(
    (from): Rule => ({ event: "reassign", from, role: "CITIZEN", to: "SUBMITTED" }),
  ),
];

export type TransitionResult =
  | { ok: true; to: ApplicationState }
  /** NOT_ALLOWED: the event is not possible in this state. WRONG_ROLE: possible, but the step belongs to another role. */
  | { ok: false; reason: "NOT_ALLOWED" | "WRONG_ROLE"; role?: StepRole };

/** The rule for an event in a state (whoever takes it), or null. */
function ruleFor(from: ApplicationState, event: ApplicationEvent): Rule | null {
  return RULES.find((r) => r.from === from && r.event === event) ?? null;
}

/** Asks the workflow whether `role` may take `event` from `from`, and where it leads. */
export function transition(from: ApplicationState, event: ApplicationEvent, role: StepRole, ctx: TransitionContext): TransitionResult {
  const rule = ruleFor(from, event);
  if (!rule) return { ok: false, reason: "NOT_ALLOWED" };
  if (rule.role !== role) return { ok: false, reason: "WRONG_ROLE", role: rule.role };
  return { ok: true, to: typeof rule.to === "function" ? rule.to(ctx) : rule.to };
}

/** The events `role` may take in `state` (the actions a page offers). */
export function availableEvents(state: ApplicationState, role: StepRole): ApplicationEvent[] {
  return RULES.filter((r) => r.from === state && r.role === role).map((r) => r.event);
}

/** Every rule, for tests and documentation. */
export function allRules(): readonly { event: ApplicationEvent; from: ApplicationState; role: StepRole }[] {
  return RULES;
}

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
 * The SLA of each state the OFFICE holds, in hours (the citizen's own states have none: a returned
 * application or an unpaid bill waits for the citizen, and the office is not measured on it).
 * Together they keep a complete application within one working day and a half of office time.
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
  return hours === undefined ? null : new Date(enteredAt.getTime() + hours * 3_600_000);
}

/** States in which the application is still open (counts toward an office's load). */
export const OPEN_STATES: readonly ApplicationState[] = ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL", "AWAITING_PAYMENT"];
export const FINAL_STATES: readonly ApplicationState[] = ["ISSUED", "REJECTED", "WITHDRAWN"];
