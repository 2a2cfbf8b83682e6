import { describe, expect, it } from "vitest";
import {
  COMPLAINT_EVENTS,
  COMPLAINT_ROLES,
  COMPLAINT_STATUSES,
  complaintContext,
  complaintWorkflow,
  escalationLevelAt,
  slaDueAt,
  withinReopenWindow,
  type ComplaintRole,
  type ComplaintState,
  type ComplaintWorkflowEvent,
} from "@/lib/domain/complaints/workflow";

const { transition, availableEvents, fromStates } = complaintWorkflow;
const OPEN = { reopenWindowOpen: true };
const SHUT = { reopenWindowOpen: false };
const STAFF: ComplaintRole[] = ["COMPLAINTS_OFFICER", "ADMIN"];
const REPORTER: ComplaintRole[] = ["CITIZEN", "GUEST"];

/** The expected table, written independently of workflow.ts: [from, event, roles, to, context it needs (null: any)]. */
type Row = [ComplaintState, ComplaintWorkflowEvent, ComplaintRole[], ComplaintState, typeof OPEN | null];
const ALLOWED: Row[] = [
  ["NEW", "refer", STAFF, "NEW", null],
  ["IN_PROGRESS", "refer", STAFF, "NEW", null],
  ["NEW", "assign", STAFF, "IN_PROGRESS", null],
  ["IN_PROGRESS", "assign", STAFF, "IN_PROGRESS", null],
  ["NEW", "resolve", STAFF, "RESOLVED", null],
  ["IN_PROGRESS", "resolve", STAFF, "RESOLVED", null],
  ["NEW", "reject", STAFF, "REJECTED", null],
  ["IN_PROGRESS", "reject", STAFF, "REJECTED", null],
  ["RESOLVED", "reopen", REPORTER, "IN_PROGRESS", OPEN],
  ["RESOLVED", "rate", REPORTER, "RESOLVED", OPEN],
  ["RESOLVED", "close", ["SYSTEM"], "CLOSED", SHUT],
  ["NEW", "merge", STAFF, "MERGED", null],
  ["IN_PROGRESS", "merge", STAFF, "MERGED", null],
  ["NEW", "update", STAFF, "NEW", null],
  ["IN_PROGRESS", "update", STAFF, "IN_PROGRESS", null],
  ["NEW", "escalate", ["SYSTEM"], "NEW", null],
  ["IN_PROGRESS", "escalate", ["SYSTEM"], "IN_PROGRESS", null],
  ["NEW", "note", STAFF, "NEW", null],
  ["IN_PROGRESS", "note", STAFF, "IN_PROGRESS", null],
  ["RESOLVED", "note", STAFF, "RESOLVED", null],
  ["REJECTED", "note", STAFF, "REJECTED", null],
  ["CLOSED", "note", STAFF, "CLOSED", null],
  ["MERGED", "note", STAFF, "MERGED", null],
];

describe("complaint workflow: every allowed transition", () => {
  it.each(ALLOWED)("%s —%s (%j)→ %s", (from, event, roles, to, ctx) => {
    for (const role of roles) for (const c of ctx ? [ctx] : [OPEN, SHUT]) expect(transition(from, event, role, c)).toEqual({ ok: true, to });
  });

  it("the table of workflow.ts is exactly the expected one (nothing added, nothing missing)", () => {
    const expected = ALLOWED.flatMap(([from, event, roles]) => roles.map((role) => `${from}|${event}|${role}`)).sort();
    expect(complaintWorkflow.rules().map((r) => `${r.from}|${r.event}|${r.role}`).sort()).toEqual(expected);
  });
});

describe("complaint workflow: refusals", () => {
  it("refuses every state × event not in the table, for everyone", () => {
    const allowed = new Set(ALLOWED.map(([f, e]) => `${f}:${e}`));
    let refused = 0;
    for (const from of COMPLAINT_STATUSES)
      for (const event of COMPLAINT_EVENTS) {
        if (allowed.has(`${from}:${event}`)) continue;
        for (const c of [OPEN, SHUT]) expect(transition(from, event, COMPLAINT_ROLES, c), `${from} ${event}`).toEqual({ ok: false, reason: "NOT_ALLOWED" });
        refused++;
      }
    expect(refused).toBe(COMPLAINT_STATUSES.length * COMPLAINT_EVENTS.length - new Set(ALLOWED.map(([f, e]) => `${f}:${e}`)).size);
  });

  it("a rejected, closed or merged complaint cannot be resolved, reopened or rated; a resolved one not merged", () => {
    expect(transition("REJECTED", "reopen", "CITIZEN", OPEN).ok).toBe(false);
    expect(transition("CLOSED", "reopen", "CITIZEN", OPEN).ok).toBe(false);
    expect(transition("CLOSED", "rate", "GUEST", OPEN).ok).toBe(false);
    expect(transition("MERGED", "resolve", "COMPLAINTS_OFFICER", OPEN).ok).toBe(false);
    expect(transition("RESOLVED", "merge", "ADMIN", OPEN).ok).toBe(false);
  });

  it("each step belongs to its role: the reporter cannot resolve, the officer cannot reopen, nobody closes by hand", () => {
    expect(transition("NEW", "resolve", "CITIZEN", OPEN)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "COMPLAINTS_OFFICER" });
    expect(transition("RESOLVED", "reopen", "COMPLAINTS_OFFICER", OPEN)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "CITIZEN" });
    expect(transition("RESOLVED", "close", STAFF, SHUT)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "SYSTEM" });
    expect(transition("NEW", "escalate", STAFF, SHUT)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "SYSTEM" });
  });

  it("the reopening window: rate and reopen only inside it, close only after it", () => {
    expect(transition("RESOLVED", "reopen", "CITIZEN", SHUT)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition("RESOLVED", "rate", "GUEST", SHUT)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition("RESOLVED", "close", "SYSTEM", OPEN)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });
});

describe("complaint workflow: what each role is offered", () => {
  it("availableEvents per role and state", () => {
    expect(availableEvents("NEW", "COMPLAINTS_OFFICER", SHUT)).toEqual(["refer", "assign", "resolve", "reject", "merge", "note", "update"]);
    expect(availableEvents("IN_PROGRESS", ["ADMIN"], SHUT)).toEqual(["refer", "assign", "resolve", "reject", "merge", "note", "update"]);
    expect(availableEvents("RESOLVED", "COMPLAINTS_OFFICER", OPEN)).toEqual(["note"]);
    expect(availableEvents("CLOSED", STAFF, OPEN)).toEqual(["note"]);
    expect(availableEvents("RESOLVED", "CITIZEN", OPEN)).toEqual(["reopen", "rate"]);
    expect(availableEvents("RESOLVED", "GUEST", SHUT)).toEqual([]);
    expect(availableEvents("NEW", "CITIZEN", OPEN)).toEqual([]);
    expect(availableEvents("RESOLVED", "SYSTEM", SHUT)).toEqual(["close"]);
    expect(availableEvents("IN_PROGRESS", "SYSTEM", SHUT)).toEqual(["escalate"]);
    // An unrelated role (a field inspector) is offered nothing anywhere.
    for (const s of COMPLAINT_STATUSES) expect(availableEvents(s, ["FIELD_INSPECTOR"], OPEN)).toEqual([]);
  });

  it("fromStates lists the states an event may start from (the optimistic lock's list)", () => {
    expect(fromStates("reopen")).toEqual(["RESOLVED"]);
    expect(fromStates("resolve")).toEqual(["NEW", "IN_PROGRESS"]);
    expect(fromStates("escalate")).toEqual(["NEW", "IN_PROGRESS"]);
    expect(fromStates("note")).toEqual([...COMPLAINT_STATUSES]);
  });
});

describe("complaint time rules", () => {
  it("rating and reopening are open for 7 days after the resolution", () => {
    const resolved = new Date("2026-03-01T10:00:00Z");
    expect(withinReopenWindow(resolved, new Date("2026-03-08T10:00:00Z"))).toBe(true);
    expect(withinReopenWindow(resolved, new Date("2026-03-08T10:00:01Z"))).toBe(false);
    expect(withinReopenWindow(null, new Date())).toBe(false);
    expect(complaintContext({ resolvedAt: resolved }, new Date("2026-03-08T10:00:00Z"))).toEqual({ reopenWindowOpen: true });
    expect(complaintContext({ resolvedAt: null }, new Date())).toEqual({ reopenWindowOpen: false });
  });

  it("escalation level: 0 within SLA, 1 past it, 2 past twice the SLA", () => {
    const due = slaDueAt(new Date("2026-03-01T00:00:00Z"), 24);
    expect(due.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(escalationLevelAt(due, 24, new Date("2026-03-01T23:00:00Z"))).toBe(0);
    expect(escalationLevelAt(due, 24, new Date("2026-03-02T00:00:01Z"))).toBe(1);
    expect(escalationLevelAt(due, 24, new Date("2026-03-03T00:00:00Z"))).toBe(1);
    expect(escalationLevelAt(due, 24, new Date("2026-03-03T00:00:01Z"))).toBe(2);
  });

  it("the SLA hours run on working days: a weekend and Eid stop the clock", () => {
    // Filed Thursday 3 December 2026, 10:00 Riyadh, 48-hour category: due Monday 10:00 (not Saturday).
    const thursday = new Date("2026-12-03T07:00:00Z");
    const due = slaDueAt(thursday, 48);
    expect(due.toISOString()).toBe("2026-12-07T07:00:00.000Z");
    // Saturday is not past the SLA (a calendar clock would already have escalated on Saturday 10:00).
    expect(escalationLevelAt(due, 48, new Date("2026-12-05T12:00:00Z"))).toBe(0);
    // Past it on Monday, past twice the SLA only after two more working days (Wednesday 10:00).
    expect(escalationLevelAt(due, 48, new Date("2026-12-07T08:00:00Z"))).toBe(1);
    expect(escalationLevelAt(due, 48, new Date("2026-12-09T07:00:00Z"))).toBe(1);
    expect(escalationLevelAt(due, 48, new Date("2026-12-09T07:00:01Z"))).toBe(2);
    // Filed Monday 25 May 2026 at noon, 24-hour category, before Eid al-Adha (26–29 May) and a Saturday: Sunday 31 May noon.
    expect(slaDueAt(new Date("2026-05-25T09:00:00Z"), 24).toISOString()).toBe("2026-05-31T09:00:00.000Z");
  });
});
