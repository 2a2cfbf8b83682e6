/**
 * The complaint's states and the transitions the domain allows (pure, no I/O).
 *
 *   NEW ─refer─▶ NEW (another department and/or municipality)
 *   NEW | IN_PROGRESS ─assign─▶ IN_PROGRESS
 *   NEW | IN_PROGRESS ─resolve─▶ RESOLVED ─rate─▶ RESOLVED (once)
 *   NEW | IN_PROGRESS ─reject─▶ REJECTED
 *   RESOLVED ─reopen (citizen, within REOPEN_WINDOW_DAYS)─▶ IN_PROGRESS (back to the department)
 *   RESOLVED ─close (job, after REOPEN_WINDOW_DAYS)─▶ CLOSED
 *   NEW | IN_PROGRESS ─merge─▶ MERGED (duplicateOfId; its reporters follow the other complaint)
 *   NEW | IN_PROGRESS ─note / update / escalate─▶ same state (timeline only)
 */
export const COMPLAINT_STATUSES = ["NEW", "IN_PROGRESS", "RESOLVED", "REJECTED", "CLOSED", "MERGED"] as const;
export type ComplaintState = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_EVENTS = ["refer", "assign", "resolve", "reject", "reopen", "rate", "close", "merge", "note", "update", "escalate"] as const;
export type ComplaintWorkflowEvent = (typeof COMPLAINT_EVENTS)[number];

/** Open = still being handled (the queue, the SLA job and duplicate detection look only at these). */
export const OPEN_STATUSES = ["NEW", "IN_PROGRESS"] as const satisfies readonly ComplaintState[];

const TRANSITIONS: Record<ComplaintWorkflowEvent, Partial<Record<ComplaintState, ComplaintState>>> = {
  refer: { NEW: "NEW", IN_PROGRESS: "NEW" },
  assign: { NEW: "IN_PROGRESS", IN_PROGRESS: "IN_PROGRESS" },
  resolve: { NEW: "RESOLVED", IN_PROGRESS: "RESOLVED" },
  reject: { NEW: "REJECTED", IN_PROGRESS: "REJECTED" },
  reopen: { RESOLVED: "IN_PROGRESS" },
  rate: { RESOLVED: "RESOLVED" },
  close: { RESOLVED: "CLOSED" },
  merge: { NEW: "MERGED", IN_PROGRESS: "MERGED" },
  note: { NEW: "NEW", IN_PROGRESS: "IN_PROGRESS", RESOLVED: "RESOLVED", REJECTED: "REJECTED", CLOSED: "CLOSED", MERGED: "MERGED" },
  update: { NEW: "NEW", IN_PROGRESS: "IN_PROGRESS" },
  escalate: { NEW: "NEW", IN_PROGRESS: "IN_PROGRESS" },
};

/** The next state, or null when the event is not allowed in `from`. */
export function nextStatus(from: ComplaintState, event: ComplaintWorkflowEvent): ComplaintState | null {
  return TRANSITIONS[event][from] ?? null;
}

/** The states from which `event` is allowed (for the optimistic lock: `status: { in: fromStatuses(e) }`). */
export function fromStatuses(event: ComplaintWorkflowEvent): ComplaintState[] {
  return Object.keys(TRANSITIONS[event]) as ComplaintState[];
}

export function isOpen(status: ComplaintState): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status);
}

// ── Time rules ──
export const REOPEN_WINDOW_DAYS = 7;
export const DUPLICATE_RADIUS_METERS = 50;
export const DUPLICATE_WINDOW_DAYS = 14;
export const MAX_COMPLAINT_PHOTOS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/** Rating and reopening are allowed while resolved and within REOPEN_WINDOW_DAYS of the resolution. */
export function withinReopenWindow(resolvedAt: Date | null, now: Date): boolean {
  if (!resolvedAt) return false;
  return now.getTime() - resolvedAt.getTime() <= REOPEN_WINDOW_DAYS * DAY_MS;
}

export function reopenDeadline(resolvedAt: Date): Date {
  return new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
}

export function slaDueAt(from: Date, slaHours: number): Date {
  return new Date(from.getTime() + slaHours * HOUR_MS);
}

/**
 * The escalation level a complaint has reached at `now`: 0 within SLA, 1 past the SLA (the department's
 * supervisor), 2 past twice the SLA (the Amanah's complaints officers). `startedAt` is when the SLA clock
 * started (filing, or the last reopening).
 */
export function escalationLevelAt(slaDue: Date, slaHours: number, now: Date): 0 | 1 | 2 {
  const over = now.getTime() - slaDue.getTime();
  if (over <= 0) return 0;
  if (over > slaHours * HOUR_MS) return 2;
  return 1;
}

/** Public event kinds (shown to the citizen); every other kind is internal. */
export const EVENT_KINDS = ["CREATED", "REFERRED", "ASSIGNED", "NOTE", "UPDATE", "RESOLVED", "REJECTED", "REOPENED", "RATED", "MERGED", "ESCALATED", "OVERDUE", "CLOSED"] as const;
export type ComplaintEventKind = (typeof EVENT_KINDS)[number];
