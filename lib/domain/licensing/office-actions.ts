/**
 * Which buttons the office's application page shows: the workflow's available events for each office
 * role the actor holds, named as the office's actions (pure). The server still checks everything
 * again when the action runs; this only decides what to offer.
 */
import { workingHoursBetween } from "@/lib/kernel/working-days";
import type { Role } from "@/lib/auth/roles";
import { applicationWorkflow, STATE_HOLDER, STATE_SLA_HOURS, type ApplicationEvent, type ApplicationState, type StepRole, type TransitionContext } from "@/lib/domain/licensing/workflow";

export const OFFICE_ACTIONS = [
  "take",
  "accept",
  "return",
  "reject",
  "inspect",
  "healthApprove",
  "healthReturn",
  "healthReject",
  "approve",
  "managerReturn",
  "managerReject",
] as const;
export type OfficeAction = (typeof OFFICE_ACTIONS)[number];

const OFFICE_STEP_ROLES = ["OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER"] as const satisfies readonly StepRole[];

const ACTION_OF: Record<(typeof OFFICE_STEP_ROLES)[number], Partial<Record<ApplicationEvent, OfficeAction>>> = {
  OFFICE_AGENT: { take: "take", accept: "accept", return: "return", reject: "reject" },
  OFFICE_TECH_INSPECTOR: { inspectPass: "inspect", inspectFail: "inspect" },
  OFFICE_HEALTH_SPECIALIST: { healthApprove: "healthApprove", return: "healthReturn", reject: "healthReject" },
  OFFICE_MANAGER: { approve: "approve", return: "managerReturn", reject: "managerReject" },
};

/**
 * The office actions `roles` may take on an application in `state`, in workflow order, without duplicates.
 * (Whether an event is offered never depends on the health flag — only where it leads — hence the default.)
 */
export function officeActionsFor(state: ApplicationState, roles: readonly Role[], ctx: TransitionContext = { needsHealth: false }): OfficeAction[] {
  const out = new Set<OfficeAction>();
  for (const role of OFFICE_STEP_ROLES) {
    if (!roles.includes(role)) continue;
    for (const event of applicationWorkflow.availableEvents(state, role, ctx)) {
      const action = ACTION_OF[role][event];
      if (action) out.add(action);
    }
  }
  return OFFICE_ACTIONS.filter((a) => out.has(a));
}

/** The states the office holds (its SLA runs): the office's default queue. */
export const OFFICE_HELD_STATES = (Object.keys(STATE_SLA_HOURS) as ApplicationState[]).filter((s) => STATE_HOLDER[s] !== "CITIZEN");

/** The states in which one of `roles` holds the application ("waiting for me"). */
export function statesHeldBy(roles: readonly Role[]): ApplicationState[] {
  return OFFICE_HELD_STATES.filter((s) => {
    const holder = STATE_HOLDER[s];
    return holder !== null && (roles as readonly string[]).includes(holder);
  });
}

export type SlaState = "overdue" | "soon" | "ok";
/** Soon = less than a quarter of the state's SLA (at most 2 working hours) left, counted in working hours. */
export function slaState(state: ApplicationState, dueAt: Date | null, now: Date): SlaState | null {
  if (!dueAt) return null;
  if (dueAt.getTime() <= now.getTime()) return "overdue";
  const left = workingHoursBetween(now, dueAt);
  const hours = STATE_SLA_HOURS[state] ?? 0;
  return left <= Math.min(2, hours / 4) ? "soon" : "ok";
}
