import { addWorkingDays, workingDaysBetween } from "@/lib/kernel/working-days";
import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * The complaint's states and the transitions the domain allows (pure, no I/O), in the one shape
 * (`defineWorkflow`, lib/kernel/workflow.ts).
 *
 *   NEW ─refer─▶ NEW (another department and/or municipality)
 *   NEW | IN_PROGRESS ─assign─▶ IN_PROGRESS
 *   NEW | IN_PROGRESS ─resolve─▶ RESOLVED ─rate─▶ RESOLVED (once)
 *   NEW | IN_PROGRESS ─reject─▶ REJECTED
 *   RESOLVED ─reopen (citizen, within REOPEN_WINDOW_DAYS)─▶ IN_PROGRESS (back to the department)
 *   RESOLVED ─close (job, after REOPEN_WINDOW_DAYS)─▶ CLOSED
 *   NEW | IN_PROGRESS ─merge─▶ MERGED (duplicateOfId; its reporters follow the other complaint)
 *   NEW | IN_PROGRESS ─update / escalate (job)─▶ same state (timeline only); note: any state, same state
 */
export const COMPLAINT_STATUSES = ["NEW", "IN_PROGRESS", "RESOLVED", "REJECTED", "CLOSED", "MERGED"] as const;
export type ComplaintState = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_EVENTS = ["refer", "assign", "resolve", "reject", "reopen", "rate", "close", "merge", "note", "update", "escalate"] as const;
export type ComplaintWorkflowEvent = (typeof COMPLAINT_EVENTS)[number];

/** Open = still being handled (the queue, the SLA job and duplicate detection look only at these). */
export const OPEN_STATUSES = ["NEW", "IN_PROGRESS"] as const satisfies readonly ComplaintState[];

/**
 * Who takes a step: the complaints officers (and administrators) of the complaint's municipality; its reporter —
 * a signed-in CITIZEN or a GUEST who proved the mobile number by SMS code; SYSTEM for the jobs (escalation, closing).
 */
export const COMPLAINT_ROLES = ["COMPLAINTS_OFFICER", "ADMIN", "CITIZEN", "GUEST", "SYSTEM"] as const;
export type ComplaintRole = (typeof COMPLAINT_ROLES)[number];

/** Time arrives through the context: is `now` still within REOPEN_WINDOW_DAYS of the resolution? */
export type ComplaintContext = { reopenWindowOpen: boolean };

const STAFF = ["COMPLAINTS_OFFICER", "ADMIN"] as const satisfies readonly ComplaintRole[];
const REPORTER = ["CITIZEN", "GUEST"] as const satisfies readonly ComplaintRole[];
const OPEN = ["NEW", "IN_PROGRESS"] as const satisfies readonly ComplaintState[];

/** The complaint's one table (lib/kernel/workflow.ts): commands ask it, query DTOs carry what it offers. */
export const complaintWorkflow = defineWorkflow<ComplaintState, ComplaintWorkflowEvent, ComplaintRole, ComplaintContext>({
  name: "complaint",
  states: COMPLAINT_STATUSES,
  events: COMPLAINT_EVENTS,
  rules: [
    { event: "refer", from: OPEN, role: STAFF, to: "NEW" },
    { event: "assign", from: OPEN, role: STAFF, to: "IN_PROGRESS" },
    { event: "resolve", from: OPEN, role: STAFF, to: "RESOLVED" },
    { event: "reject", from: OPEN, role: STAFF, to: "REJECTED" },
    { event: "reopen", from: "RESOLVED", role: REPORTER, to: "IN_PROGRESS", when: (c) => c.reopenWindowOpen },
    { event: "rate", from: "RESOLVED", role: REPORTER, to: "RESOLVED", when: (c) => c.reopenWindowOpen },
    { event: "close", from: "RESOLVED", role: "SYSTEM", to: "CLOSED", when: (c) => !c.reopenWindowOpen },
    { event: "merge", from: OPEN, role: STAFF, to: "MERGED" },
    // An internal note stays possible whatever happened (a late call from the reporter, a field remark).
    ...COMPLAINT_STATUSES.map((s) => ({ event: "note" as const, from: s, role: STAFF, to: s })),
    { event: "update", from: "NEW", role: STAFF, to: "NEW" },
    { event: "update", from: "IN_PROGRESS", role: STAFF, to: "IN_PROGRESS" },
    { event: "escalate", from: "NEW", role: "SYSTEM", to: "NEW" },
    { event: "escalate", from: "IN_PROGRESS", role: "SYSTEM", to: "IN_PROGRESS" },
  ],
});


// ── Time rules ──
export const REOPEN_WINDOW_DAYS = 7;
export const DUPLICATE_RADIUS_METERS = 50;
export const DUPLICATE_WINDOW_DAYS = 14;
export const MAX_COMPLAINT_PHOTOS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Rating and reopening are allowed while resolved and within REOPEN_WINDOW_DAYS of the resolution. */
export function withinReopenWindow(resolvedAt: Date | null, now: Date): boolean {
  if (!resolvedAt) return false;
  return now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
}

/** The workflow's context for a complaint at `now`. */
export function complaintContext(c: { resolvedAt: Date | null }, now: Date): ComplaintContext {
  return { reopenWindowOpen: withinReopenWindow(c.resolvedAt, now) };
}

export function reopenDeadline(resolvedAt: Date): Date {
  return new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
}

/**
 * A category's SLA hours run on working days only (lib/kernel/working-days.ts): every hour of Sunday–Thursday
 * counts, Fridays, Saturdays and holidays do not — 48 hours are two working days.
 */
export function slaDueAt(from: Date, slaHours: number): Date {
  return addWorkingDays(from, slaHours / 24);
}

/**
 * The escalation level a complaint has reached at `now`: 0 within SLA, 1 past the SLA (the department's
 * supervisor), 2 past twice the SLA (the Amanah's complaints officers), the overrun counted in working-day
 * hours like the SLA itself.
 */
export function escalationLevelAt(slaDue: Date, slaHours: number, now: Date): 0 | 1 | 2 {
  if (now.getTime() <= slaDue.getTime()) return 0;
  const overHours = workingDaysBetween(slaDue, now) * 24;
  if (overHours > slaHours) return 2;
  return 1;
}

/** Public event kinds (shown to the citizen); every other kind is internal. */
export const EVENT_KINDS = ["CREATED", "REFERRED", "ASSIGNED", "NOTE", "UPDATE", "RESOLVED", "REJECTED", "REOPENED", "RATED", "MERGED", "ESCALATED", "OVERDUE", "CLOSED"] as const;
export type ComplaintEventKind = (typeof EVENT_KINDS)[number];
