import { describe, expect, it } from "vitest";
import { accreditationWorkflow, appealWorkflow, penaltyWorkflow, type PenaltyContext } from "@/lib/domain/offices/workflow";

const now = new Date("2026-11-10T09:00:00Z");
const open: PenaltyContext = { now, appealUntil: new Date("2026-11-20T09:00:00Z"), appealed: false };
const closed: PenaltyContext = { now, appealUntil: new Date("2026-11-09T09:00:00Z"), appealed: false };
const appealed: PenaltyContext = { ...open, appealed: true };

type Row<S, E> = [S, E, string, S | null];

describe("accreditation workflow", () => {
  const table: Row<"SUBMITTED" | "APPROVED" | "REJECTED", "approve" | "reject">[] = [
    ["SUBMITTED", "approve", "COMMITTEE_MEMBER", "APPROVED"],
    ["SUBMITTED", "reject", "COMMITTEE_MEMBER", "REJECTED"],
    ["SUBMITTED", "approve", "OFFICE_MANAGER", null],
    ["APPROVED", "approve", "COMMITTEE_MEMBER", null],
    ["APPROVED", "reject", "COMMITTEE_MEMBER", null],
    ["REJECTED", "approve", "COMMITTEE_MEMBER", null],
    ["REJECTED", "reject", "COMMITTEE_MEMBER", null],
  ];
  it.each(table)("%s —%s (%s)→ %s", (from, event, role, to) => {
    const r = accreditationWorkflow.transition(from, event, [role], undefined);
    expect(r.ok ? r.to : null).toBe(to);
  });
  it("offers the committee both decisions only while submitted; the lock list is SUBMITTED", () => {
    expect(accreditationWorkflow.availableEvents("SUBMITTED", ["COMMITTEE_MEMBER"], undefined)).toEqual(["approve", "reject"]);
    expect(accreditationWorkflow.availableEvents("SUBMITTED", ["CITIZEN"], undefined)).toEqual([]);
    expect(accreditationWorkflow.availableEvents("APPROVED", ["COMMITTEE_MEMBER"], undefined)).toEqual([]);
    expect(accreditationWorkflow.fromStates("approve")).toEqual(["SUBMITTED"]);
    expect(accreditationWorkflow.fromStates("reject")).toEqual(["SUBMITTED"]);
  });
});

describe("penalty workflow", () => {
  const table: [string, "confirm" | "dismiss" | "appeal" | "lift", string, PenaltyContext, string | null][] = [
    ["PROPOSED", "confirm", "COMMITTEE_MEMBER", open, "CONFIRMED"],
    ["PROPOSED", "dismiss", "COMMITTEE_MEMBER", open, "DISMISSED"],
    ["PROPOSED", "confirm", "OFFICE_MANAGER", open, null],
    ["PROPOSED", "appeal", "OFFICE_MANAGER", open, null],
    ["CONFIRMED", "confirm", "COMMITTEE_MEMBER", open, null],
    ["CONFIRMED", "dismiss", "COMMITTEE_MEMBER", open, null],
    ["CONFIRMED", "appeal", "OFFICE_MANAGER", open, "CONFIRMED"],
    ["CONFIRMED", "appeal", "OFFICE_MANAGER", closed, null],
    ["CONFIRMED", "appeal", "OFFICE_MANAGER", appealed, null],
    ["CONFIRMED", "appeal", "OFFICE_MANAGER", { now, appealUntil: null, appealed: false }, null],
    ["CONFIRMED", "appeal", "COMMITTEE_MEMBER", open, null],
    ["CONFIRMED", "lift", "COMMITTEE_MEMBER", open, "LIFTED"],
    ["CONFIRMED", "lift", "OFFICE_MANAGER", open, null],
    ["DISMISSED", "appeal", "OFFICE_MANAGER", open, null],
    ["DISMISSED", "lift", "COMMITTEE_MEMBER", open, null],
    ["LIFTED", "appeal", "OFFICE_MANAGER", open, null],
    ["LIFTED", "lift", "COMMITTEE_MEMBER", open, null],
  ];
  it.each(table)("%s —%s (%s)→ %s", (from, event, role, ctx, to) => {
    const r = penaltyWorkflow.transition(from as "PROPOSED", event, [role], ctx);
    expect(r.ok ? r.to : null).toBe(to);
  });
  it("the appeal window includes its last instant and closes right after", () => {
    const until = new Date("2026-11-25T09:00:00Z");
    expect(penaltyWorkflow.can("CONFIRMED", "appeal", ["OFFICE_MANAGER"], { now: until, appealUntil: until, appealed: false })).toBe(true);
    expect(penaltyWorkflow.can("CONFIRMED", "appeal", ["OFFICE_MANAGER"], { now: new Date(until.getTime() + 1), appealUntil: until, appealed: false })).toBe(false);
  });
  it("offers each actor its own steps, and gives the lock lists", () => {
    expect(penaltyWorkflow.availableEvents("PROPOSED", ["COMMITTEE_MEMBER"], open)).toEqual(["confirm", "dismiss"]);
    expect(penaltyWorkflow.availableEvents("CONFIRMED", ["OFFICE_MANAGER"], open)).toEqual(["appeal"]);
    expect(penaltyWorkflow.availableEvents("CONFIRMED", ["OFFICE_MANAGER"], closed)).toEqual([]);
    expect(penaltyWorkflow.fromStates("confirm")).toEqual(["PROPOSED"]);
    expect(penaltyWorkflow.fromStates("lift")).toEqual(["CONFIRMED"]);
  });
});

describe("appeal workflow", () => {
  const table: [string, "accept" | "reject", string, string | null][] = [
    ["PENDING", "accept", "COMMITTEE_MEMBER", "ACCEPTED"],
    ["PENDING", "reject", "COMMITTEE_MEMBER", "REJECTED"],
    ["PENDING", "accept", "OFFICE_MANAGER", null],
    ["ACCEPTED", "accept", "COMMITTEE_MEMBER", null],
    ["ACCEPTED", "reject", "COMMITTEE_MEMBER", null],
    ["REJECTED", "accept", "COMMITTEE_MEMBER", null],
    ["REJECTED", "reject", "COMMITTEE_MEMBER", null],
  ];
  it.each(table)("%s —%s (%s)→ %s", (from, event, role, to) => {
    const r = appealWorkflow.transition(from as "PENDING", event, [role], undefined);
    expect(r.ok ? r.to : null).toBe(to);
  });
  it("is decided once, by the committee", () => {
    expect(appealWorkflow.availableEvents("PENDING", ["COMMITTEE_MEMBER"], undefined)).toEqual(["accept", "reject"]);
    expect(appealWorkflow.availableEvents("ACCEPTED", ["COMMITTEE_MEMBER"], undefined)).toEqual([]);
    expect(appealWorkflow.fromStates("accept")).toEqual(["PENDING"]);
  });
});
