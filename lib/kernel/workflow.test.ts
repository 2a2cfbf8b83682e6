import { describe, expect, it } from "vitest";
import { defineWorkflow } from "@/lib/kernel/workflow";

// A small appeal-like workflow: filed by the office, decided by the committee within a window, withdrawn by the office.
const appeal = defineWorkflow({
  name: "appeal",
  states: ["DRAFT", "FILED", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const,
  events: ["file", "accept", "reject", "withdraw", "expire"] as const,
  rules: [
    { event: "file", from: "DRAFT", role: "OFFICE", to: "FILED", when: (c: { windowOpen: boolean; urgent: boolean }) => c.windowOpen },
    { event: "accept", from: "FILED", role: ["COMMITTEE", "ADMIN"], to: "ACCEPTED" },
    { event: "reject", from: "FILED", role: "COMMITTEE", to: (c) => (c.urgent ? "REJECTED" : "REJECTED") },
    { event: "withdraw", from: ["DRAFT", "FILED"], role: "OFFICE", to: "WITHDRAWN" },
    { event: "expire", from: "FILED", role: "SYSTEM", to: "REJECTED" },
  ],
});
const open = { windowOpen: true, urgent: false };

describe("defineWorkflow", () => {
  it("transition: the state it leads to, or why not (not possible here / another role's step)", () => {
    expect(appeal.transition("FILED", "accept", "COMMITTEE", open)).toEqual({ ok: true, to: "ACCEPTED" });
    expect(appeal.transition("FILED", "accept", ["CITIZEN", "ADMIN"], open)).toEqual({ ok: true, to: "ACCEPTED" });
    expect(appeal.transition("FILED", "accept", "OFFICE", open)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "COMMITTEE" });
    expect(appeal.transition("ACCEPTED", "withdraw", "OFFICE", open)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("a rule's condition narrows it: outside the window, filing is not possible for anyone", () => {
    expect(appeal.can("DRAFT", "file", "OFFICE", open)).toBe(true);
    expect(appeal.transition("DRAFT", "file", "OFFICE", { windowOpen: false, urgent: false })).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("availableEvents: what a page offers to the actor's roles, in the table's order", () => {
    expect(appeal.availableEvents("FILED", "OFFICE", open)).toEqual(["withdraw"]);
    expect(appeal.availableEvents("FILED", ["COMMITTEE"], open)).toEqual(["accept", "reject"]);
    expect(appeal.availableEvents("DRAFT", "OFFICE", { windowOpen: false, urgent: false })).toEqual(["withdraw"]);
    expect(appeal.availableEvents("ACCEPTED", ["OFFICE", "COMMITTEE", "SYSTEM"], open)).toEqual([]);
  });

  it("fromStates: the lock list of an event; rules(): one row per event, state and role", () => {
    expect(appeal.fromStates("withdraw")).toEqual(["DRAFT", "FILED"]);
    expect(appeal.fromStates("expire")).toEqual(["FILED"]);
    expect(appeal.rules()).toContainEqual({ event: "accept", from: "FILED", role: "ADMIN" });
    expect(appeal.rules()).toHaveLength(7);
  });

  it("refuses a table that names an unknown state or event when it is defined", () => {
    expect(() =>
      defineWorkflow({ name: "bad", states: ["A", "B"] as const, events: ["go"] as const, rules: [{ event: "go", from: "A", role: "X", to: "C" as "B" }] }),
    ).toThrow(/unknown state C/);
    expect(() =>
      defineWorkflow({ name: "bad", states: ["A", "B"] as const, events: ["go"] as const, rules: [{ event: "stop" as "go", from: "A", role: "X", to: "B" }] }),
    ).toThrow(/unknown event stop/);
  });
});
