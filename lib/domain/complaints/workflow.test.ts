import { describe, expect, it } from "vitest";
import {
  COMPLAINT_EVENTS,
  COMPLAINT_STATUSES,
  escalationLevelAt,
  fromStatuses,
  nextStatus,
  slaDueAt,
  withinReopenWindow,
  type ComplaintState,
  type ComplaintWorkflowEvent,
} from "@/lib/domain/complaints/workflow";

const ALLOWED: Array<[ComplaintState, ComplaintWorkflowEvent, ComplaintState]> = [
  ["NEW", "refer", "NEW"],
  ["IN_PROGRESS", "refer", "NEW"],
  ["NEW", "assign", "IN_PROGRESS"],
  ["IN_PROGRESS", "assign", "IN_PROGRESS"],
  ["NEW", "resolve", "RESOLVED"],
  ["IN_PROGRESS", "resolve", "RESOLVED"],
  ["NEW", "reject", "REJECTED"],
  ["IN_PROGRESS", "reject", "REJECTED"],
  ["RESOLVED", "reopen", "IN_PROGRESS"],
  ["RESOLVED", "rate", "RESOLVED"],
  ["RESOLVED", "close", "CLOSED"],
  ["NEW", "merge", "MERGED"],
  ["IN_PROGRESS", "merge", "MERGED"],
  ["NEW", "update", "NEW"],
  ["IN_PROGRESS", "update", "IN_PROGRESS"],
  ["NEW", "escalate", "NEW"],
  ["IN_PROGRESS", "escalate", "IN_PROGRESS"],
  ["NEW", "note", "NEW"],
  ["IN_PROGRESS", "note", "IN_PROGRESS"],
  ["RESOLVED", "note", "RESOLVED"],
  ["REJECTED", "note", "REJECTED"],
  ["CLOSED", "note", "CLOSED"],
  ["MERGED", "note", "MERGED"],
];

describe("complaint workflow", () => {
  it.each(ALLOWED)("%s —%s→ %s", (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  it("refuses every other transition", () => {
    const allowed = new Set(ALLOWED.map(([f, e]) => `${f}:${e}`));
    let refused = 0;
    for (const from of COMPLAINT_STATUSES) {
      for (const event of COMPLAINT_EVENTS) {
        if (allowed.has(`${from}:${event}`)) continue;
        expect(nextStatus(from, event), `${from} ${event}`).toBeNull();
        refused++;
      }
    }
    // e.g. a rejected, closed or merged complaint cannot be resolved, reopened or rated
    expect(refused).toBe(COMPLAINT_STATUSES.length * COMPLAINT_EVENTS.length - ALLOWED.length);
    expect(nextStatus("REJECTED", "reopen")).toBeNull();
    expect(nextStatus("CLOSED", "reopen")).toBeNull();
    expect(nextStatus("CLOSED", "rate")).toBeNull();
    expect(nextStatus("MERGED", "resolve")).toBeNull();
    expect(nextStatus("RESOLVED", "merge")).toBeNull();
  });

  it("fromStatuses lists the states an event may start from", () => {
    expect(fromStatuses("reopen")).toEqual(["RESOLVED"]);
    expect(fromStatuses("resolve").sort()).toEqual(["IN_PROGRESS", "NEW"]);
  });

  it("rating and reopening are open for 7 days after the resolution", () => {
    const resolved = new Date("2026-03-01T10:00:00Z");
    expect(withinReopenWindow(resolved, new Date("2026-03-08T10:00:00Z"))).toBe(true);
    expect(withinReopenWindow(resolved, new Date("2026-03-08T10:00:01Z"))).toBe(false);
    expect(withinReopenWindow(null, new Date())).toBe(false);
  });

  it("escalation level: 0 within SLA, 1 past it, 2 past twice the SLA", () => {
    const due = slaDueAt(new Date("2026-03-01T00:00:00Z"), 24);
    expect(due.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(escalationLevelAt(due, 24, new Date("2026-03-01T23:00:00Z"))).toBe(0);
    expect(escalationLevelAt(due, 24, new Date("2026-03-02T00:00:01Z"))).toBe(1);
    expect(escalationLevelAt(due, 24, new Date("2026-03-03T00:00:00Z"))).toBe(1);
    expect(escalationLevelAt(due, 24, new Date("2026-03-03T00:00:01Z"))).toBe(2);
  });
});
