import { describe, expect, it } from "vitest";
import { OFFICE_HELD_STATES, officeActionsFor, slaState, statesHeldBy } from "@/lib/domain/licensing/office-actions";
import { APPLICATION_STATES } from "@/lib/domain/licensing/workflow";

describe("office actions per role and state", () => {
  it("offers the agent only the agent's steps", () => {
    expect(officeActionsFor("SUBMITTED", ["OFFICE_AGENT"])).toEqual(["take"]);
    expect(officeActionsFor("OFFICE_REVIEW", ["OFFICE_AGENT"])).toEqual(["accept", "return", "reject"]);
    expect(officeActionsFor("FIELD_INSPECTION", ["OFFICE_AGENT"])).toEqual([]);
    expect(officeActionsFor("OFFICE_APPROVAL", ["OFFICE_AGENT"])).toEqual([]);
  });

  it("offers the inspector one inspect action for both outcomes", () => {
    expect(officeActionsFor("FIELD_INSPECTION", ["OFFICE_TECH_INSPECTOR"])).toEqual(["inspect"]);
    expect(officeActionsFor("OFFICE_REVIEW", ["OFFICE_TECH_INSPECTOR"])).toEqual([]);
  });

  it("offers the health specialist and the manager their own return and reject", () => {
    expect(officeActionsFor("HEALTH_REVIEW", ["OFFICE_HEALTH_SPECIALIST"])).toEqual(["healthApprove", "healthReturn", "healthReject"]);
    expect(officeActionsFor("OFFICE_APPROVAL", ["OFFICE_MANAGER"])).toEqual(["approve", "managerReturn", "managerReject"]);
    expect(officeActionsFor("HEALTH_REVIEW", ["OFFICE_MANAGER"])).toEqual([]);
  });

  it("offers nothing to anyone in the citizen's or final states, nor to a citizen", () => {
    const everyone = ["OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER"] as const;
    for (const s of ["DRAFT", "RETURNED", "AWAITING_PAYMENT", "ISSUED", "REJECTED", "WITHDRAWN"] as const) expect(officeActionsFor(s, everyone)).toEqual([]);
    for (const s of APPLICATION_STATES) expect(officeActionsFor(s, ["CITIZEN"])).toEqual([]);
  });

  it("knows which states the office holds and which wait for a role", () => {
    expect([...OFFICE_HELD_STATES].sort()).toEqual(["FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL", "OFFICE_REVIEW", "SUBMITTED"]);
    expect(statesHeldBy(["OFFICE_AGENT"]).sort()).toEqual(["OFFICE_REVIEW", "SUBMITTED"]);
    expect(statesHeldBy(["OFFICE_TECH_INSPECTOR"])).toEqual(["FIELD_INSPECTION"]);
  });
});

describe("SLA badge", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  const at = (min: number) => new Date(now.getTime() + min * 60_000);
  it("is overdue at and after the due time", () => {
    expect(slaState("OFFICE_REVIEW", at(0), now)).toBe("overdue");
    expect(slaState("OFFICE_REVIEW", at(-90), now)).toBe("overdue");
  });
  it("is soon within a quarter of the SLA, at most two hours", () => {
    expect(slaState("OFFICE_REVIEW", at(119), now)).toBe("soon"); // 8 h SLA: 2 h
    expect(slaState("OFFICE_REVIEW", at(121), now)).toBe("ok");
    expect(slaState("SUBMITTED", at(59), now)).toBe("soon"); // 4 h SLA: 1 h
    expect(slaState("SUBMITTED", at(61), now)).toBe("ok");
  });
  it("is absent without a due time", () => {
    expect(slaState("RETURNED", null, now)).toBeNull();
  });
});
