import { describe, expect, it } from "vitest";
import {
  DECISION_EVENT,
  DECISIONS,
  OBJECTION_STATES,
  objectionWorkflow,
  VIOLATION_EVENTS,
  VIOLATION_ROLES,
  VIOLATION_STATES,
  violationWorkflow,
  type ViolationContext,
  type ViolationEvent,
  type ViolationRole,
  type ViolationState,
} from "@/lib/domain/violations/workflow";

const { transition, availableEvents } = violationWorkflow;
/** A violation still open to objection, none filed. */
const FRESH: ViolationContext = { objectionWindowOpen: true, hasObjection: false, reducedTo: null };
const DECIDERS: ViolationRole[] = ["REVIEWER", "ADMIN"];

/** The expected table, written independently of workflow.ts: [from, event, roles, to]. */
const ALLOWED: [ViolationState, ViolationEvent, ViolationRole[], ViolationState][] = [
  ["ISSUED", "object", ["CITIZEN"], "OBJECTED"],
  ["OBJECTED", "accept", DECIDERS, "CANCELLED"],
  ["OBJECTED", "reduce", DECIDERS, "ISSUED"],
  ["OBJECTED", "reject", DECIDERS, "ISSUED"],
  ["ISSUED", "pay", ["SYSTEM"], "PAID"],
  ["OBJECTED", "pay", ["SYSTEM"], "PAID"],
];

describe("violation workflow: every allowed transition", () => {
  it.each(ALLOWED)("%s —%s (%j)→ %s", (from, event, roles, to) => {
    for (const role of roles) expect(transition(from, event, role, FRESH)).toEqual({ ok: true, to });
  });

  it("the table of workflow.ts is exactly the expected one", () => {
    const expected = ALLOWED.flatMap(([f, e, roles]) => roles.map((r) => `${f}|${e}|${r}`)).sort();
    expect(violationWorkflow.rules().map((r) => `${r.from}|${r.event}|${r.role}`).sort()).toEqual(expected);
  });

  it("a reduction to zero leaves nothing to pay: the violation is CANCELLED", () => {
    expect(transition("OBJECTED", "reduce", "REVIEWER", { ...FRESH, reducedTo: 0 })).toEqual({ ok: true, to: "CANCELLED" });
    expect(transition("OBJECTED", "reduce", "REVIEWER", { ...FRESH, reducedTo: 50_000 })).toEqual({ ok: true, to: "ISSUED" });
  });
});

describe("violation workflow: refusals", () => {
  it("refuses every state × event not in the table, for everyone", () => {
    const allowed = new Set(ALLOWED.map(([f, e]) => `${f}:${e}`));
    for (const from of VIOLATION_STATES)
      for (const event of VIOLATION_EVENTS)
        if (!allowed.has(`${from}:${event}`)) expect(transition(from, event, VIOLATION_ROLES, FRESH), `${from} ${event}`).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("objecting: only once, only within the window, only by the owner", () => {
    expect(transition("ISSUED", "object", "CITIZEN", { ...FRESH, hasObjection: true })).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition("ISSUED", "object", "CITIZEN", { ...FRESH, objectionWindowOpen: false })).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition("ISSUED", "object", "REVIEWER", FRESH)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "CITIZEN" });
    expect(transition("PAID", "object", "CITIZEN", FRESH).ok).toBe(false);
  });

  it("decisions belong to reviewers; the bank's payment to the system; nothing after cancellation", () => {
    expect(transition("OBJECTED", "accept", "CITIZEN", FRESH)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "REVIEWER" });
    expect(transition("OBJECTED", "accept", "FIELD_INSPECTOR" as never, FRESH).ok).toBe(false);
    expect(transition("ISSUED", "pay", ["REVIEWER", "CITIZEN"], FRESH)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "SYSTEM" });
    expect(transition("CANCELLED", "pay", "SYSTEM", FRESH)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    expect(transition("PAID", "accept", "REVIEWER", FRESH)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });
});

describe("violation workflow: what each role is offered", () => {
  it("availableEvents per role and state", () => {
    expect(availableEvents("ISSUED", "CITIZEN", FRESH)).toEqual(["object"]);
    expect(availableEvents("ISSUED", "CITIZEN", { ...FRESH, objectionWindowOpen: false })).toEqual([]);
    expect(availableEvents("OBJECTED", "CITIZEN", { ...FRESH, hasObjection: true })).toEqual([]);
    expect(availableEvents("OBJECTED", ["REVIEWER"], FRESH)).toEqual(["accept", "reduce", "reject"]);
    expect(availableEvents("ISSUED", ["REVIEWER", "ADMIN"], FRESH)).toEqual([]);
    expect(availableEvents("OBJECTED", "SYSTEM", FRESH)).toEqual(["pay"]);
    for (const s of ["CANCELLED", "PAID"] as const) expect(availableEvents(s, VIOLATION_ROLES, FRESH)).toEqual([]);
  });

  it("fromStates: the payable states (the bank's lock and the unpaid-violations rule)", () => {
    expect(violationWorkflow.fromStates("pay")).toEqual(["ISSUED", "OBJECTED"]);
    expect(violationWorkflow.fromStates("object")).toEqual(["ISSUED"]);
  });
});

describe("objection workflow", () => {
  it("a pending objection is decided once, by a reviewer, into the decision's state", () => {
    const expected = { ACCEPT: "ACCEPTED", REDUCE: "REDUCED", REJECT: "REJECTED" } as const;
    for (const d of DECISIONS) {
      expect(objectionWorkflow.transition("PENDING", DECISION_EVENT[d], "REVIEWER", undefined)).toEqual({ ok: true, to: expected[d] });
      expect(objectionWorkflow.transition("PENDING", DECISION_EVENT[d], ["ADMIN"], undefined)).toEqual({ ok: true, to: expected[d] });
      expect(objectionWorkflow.transition("PENDING", DECISION_EVENT[d], "CITIZEN", undefined)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "REVIEWER" });
      for (const s of OBJECTION_STATES.filter((x) => x !== "PENDING")) expect(objectionWorkflow.transition(s, DECISION_EVENT[d], "REVIEWER", undefined)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    }
    expect(objectionWorkflow.availableEvents("PENDING", ["REVIEWER"], undefined)).toEqual(["accept", "reduce", "reject"]);
    expect(objectionWorkflow.availableEvents("PENDING", ["FIELD_INSPECTOR"], undefined)).toEqual([]);
    expect(objectionWorkflow.availableEvents("REJECTED", ["ADMIN"], undefined)).toEqual([]);
  });
});
