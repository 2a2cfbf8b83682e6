import { describe, expect, it } from "vitest";
import {
  APPLICATION_EVENTS,
  APPLICATION_STATES,
  applicationWorkflow,
  EDITABLE_STATES,
  FINAL_STATES,
  OPEN_STATES,
  slaDueAt,
  STATE_HOLDER,
  STATE_SLA_HOURS,
  STEP_ROLES,
  type ApplicationEvent,
  type ApplicationState,
  type StepRole,
} from "@/lib/domain/licensing/workflow";

const COMMERCIAL = { needsHealth: false };
const HEALTH = { needsHealth: true };
const ROLES: readonly StepRole[] = ["CITIZEN", "OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER", "SYSTEM"];
const { transition, availableEvents: offered } = applicationWorkflow;
const availableEvents = (s: ApplicationState, role: StepRole | readonly string[]) => offered(s, role, COMMERCIAL);

/** The expected table, written independently of workflow.ts: [from, event, role, to (commercial), to (health)]. */
type Row = readonly [ApplicationState, ApplicationEvent, StepRole, ApplicationState, ApplicationState];
const EXPECTED: readonly Row[] = [
  ["DRAFT", "submit", "CITIZEN", "SUBMITTED", "SUBMITTED"],
  ["SUBMITTED", "take", "OFFICE_AGENT", "OFFICE_REVIEW", "OFFICE_REVIEW"],
  ["OFFICE_REVIEW", "accept", "OFFICE_AGENT", "FIELD_INSPECTION", "FIELD_INSPECTION"],
  ["OFFICE_REVIEW", "return", "OFFICE_AGENT", "RETURNED", "RETURNED"],
  ["OFFICE_REVIEW", "reject", "OFFICE_AGENT", "REJECTED", "REJECTED"],
  ["RETURNED", "resubmit", "CITIZEN", "OFFICE_REVIEW", "OFFICE_REVIEW"],
  ["FIELD_INSPECTION", "inspectPass", "OFFICE_TECH_INSPECTOR", "OFFICE_APPROVAL", "HEALTH_REVIEW"],
  ["FIELD_INSPECTION", "inspectFail", "OFFICE_TECH_INSPECTOR", "RETURNED", "RETURNED"],
  ["HEALTH_REVIEW", "healthApprove", "OFFICE_HEALTH_SPECIALIST", "OFFICE_APPROVAL", "OFFICE_APPROVAL"],
  ["HEALTH_REVIEW", "return", "OFFICE_HEALTH_SPECIALIST", "RETURNED", "RETURNED"],
  ["HEALTH_REVIEW", "reject", "OFFICE_HEALTH_SPECIALIST", "REJECTED", "REJECTED"],
  ["OFFICE_APPROVAL", "approve", "OFFICE_MANAGER", "AWAITING_PAYMENT", "AWAITING_PAYMENT"],
  ["OFFICE_APPROVAL", "return", "OFFICE_MANAGER", "RETURNED", "RETURNED"],
  ["OFFICE_APPROVAL", "reject", "OFFICE_MANAGER", "REJECTED", "REJECTED"],
  ["AWAITING_PAYMENT", "pay", "SYSTEM", "ISSUED", "ISSUED"],
  ["DRAFT", "withdraw", "CITIZEN", "WITHDRAWN", "WITHDRAWN"],
  ["SUBMITTED", "withdraw", "CITIZEN", "WITHDRAWN", "WITHDRAWN"],
  ["RETURNED", "withdraw", "CITIZEN", "WITHDRAWN", "WITHDRAWN"],
  // The office was suspended: the citizen moves the open application to another office (a new submission there).
  ...(["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL"] as const).map(
    (from): Row => [from, "reassign", "CITIZEN", "SUBMITTED", "SUBMITTED"],
  ),
];
const owner = new Map(EXPECTED.map(([from, event, role]) => [`${from}|${event}`, role]));

describe("workflow: every allowed transition", () => {
  it.each(EXPECTED)("%s --%s (%s)--> commercial %s, health %s", (from, event, role, toCommercial, toHealth) => {
    expect(transition(from, event, role, COMMERCIAL)).toEqual({ ok: true, to: toCommercial });
    expect(transition(from, event, role, HEALTH)).toEqual({ ok: true, to: toHealth });
  });

  it("the step roles are the ones the table uses", () => {
    expect([...STEP_ROLES].sort()).toEqual([...ROLES].sort());
    expect(new Set(applicationWorkflow.rules().map((r) => r.role))).toEqual(new Set(ROLES));
  });

  it("the rules of workflow.ts are exactly the expected table (nothing added, nothing missing)", () => {
    const actual = applicationWorkflow.rules().map((r) => `${r.from}|${r.event}|${r.role}`).sort();
    expect(actual).toEqual(EXPECTED.map(([f, e, r]) => `${f}|${e}|${r}`).sort());
  });
});

describe("workflow: every refused transition (state × event × role)", () => {
  const refused: [ApplicationState, ApplicationEvent, StepRole, "NOT_ALLOWED" | "WRONG_ROLE"][] = [];
  for (const from of APPLICATION_STATES)
    for (const event of APPLICATION_EVENTS)
      for (const role of ROLES) {
        const right = owner.get(`${from}|${event}`);
        if (right === role) continue;
        refused.push([from, event, role, right ? "WRONG_ROLE" : "NOT_ALLOWED"]);
      }

  it("the matrix covers every combination", () => {
    expect(refused.length + EXPECTED.length).toBe(APPLICATION_STATES.length * APPLICATION_EVENTS.length * ROLES.length);
  });

  it.each(refused)("%s --%s by %s is refused: %s", (from, event, role, reason) => {
    for (const ctx of [COMMERCIAL, HEALTH]) {
      const r = transition(from, event, role, ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.reason).toBe(reason);
        if (reason === "WRONG_ROLE") expect(r.role).toBe(owner.get(`${from}|${event}`));
      }
    }
  });

  it("final states accept no event from anyone", () => {
    for (const s of FINAL_STATES) for (const role of ROLES) expect(availableEvents(s, role)).toEqual([]);
  });
});

describe("workflow: what each role is offered", () => {
  it("availableEvents lists exactly the role's own rules", () => {
    expect(availableEvents("OFFICE_REVIEW", "OFFICE_AGENT").sort()).toEqual(["accept", "reject", "return"]);
    expect(availableEvents("OFFICE_REVIEW", "OFFICE_MANAGER")).toEqual([]);
    expect(availableEvents("RETURNED", "CITIZEN").sort()).toEqual(["reassign", "resubmit", "withdraw"]);
    expect(availableEvents("AWAITING_PAYMENT", "CITIZEN")).toEqual([]);
    expect(availableEvents("HEALTH_REVIEW", "OFFICE_HEALTH_SPECIALIST").sort()).toEqual(["healthApprove", "reject", "return"]);
    expect(availableEvents("DRAFT", "CITIZEN")).toEqual(["submit", "withdraw"]);
    expect(availableEvents("SUBMITTED", "CITIZEN")).toEqual(["withdraw", "reassign"]);
    expect(availableEvents("OFFICE_REVIEW", "CITIZEN")).toEqual(["reassign"]);
    expect(availableEvents("AWAITING_PAYMENT", "SYSTEM")).toEqual(["pay"]);
  });

  it("an actor holding several roles is offered the steps of each, once", () => {
    expect(offered("OFFICE_REVIEW", ["OFFICE_AGENT", "OFFICE_MANAGER"], HEALTH)).toEqual(["accept", "return", "reject"]);
    expect(offered("OFFICE_APPROVAL", ["OFFICE_AGENT", "OFFICE_MANAGER"], HEALTH)).toEqual(["return", "approve", "reject"]); // the table's event order
    expect(transition("OFFICE_APPROVAL", "approve", ["CITIZEN", "OFFICE_MANAGER"], HEALTH)).toEqual({ ok: true, to: "AWAITING_PAYMENT" });
  });

  it("fromStates gives the lock list of an event; the citizen edits only where they send it on", () => {
    expect(applicationWorkflow.fromStates("withdraw")).toEqual(["DRAFT", "SUBMITTED", "RETURNED"]);
    expect(applicationWorkflow.fromStates("return")).toEqual(["OFFICE_REVIEW", "HEALTH_REVIEW", "OFFICE_APPROVAL"]);
    expect(applicationWorkflow.fromStates("pay")).toEqual(["AWAITING_PAYMENT"]);
    expect([...EDITABLE_STATES].sort()).toEqual(["DRAFT", "RETURNED"]);
  });

  it("the holder of each open state is the role that can move it on", () => {
    for (const s of OPEN_STATES) {
      const holder = STATE_HOLDER[s];
      expect(holder).not.toBeNull();
      if (s === "AWAITING_PAYMENT") continue; // the citizen pays; the SYSTEM records the bank's notification
      expect(availableEvents(s, holder as StepRole).length).toBeGreaterThan(0);
    }
    for (const s of FINAL_STATES) expect(STATE_HOLDER[s]).toBeNull();
  });
});

describe("workflow: SLA", () => {
  it("office states have an SLA, the citizen's and final states none", () => {
    // Sunday 1 March 2026, 11:00 Riyadh. The hours are working hours (08:00–16:00, Sunday–Thursday).
    const t0 = new Date("2026-03-01T08:00:00Z");
    expect(slaDueAt("SUBMITTED", t0)?.toISOString()).toBe("2026-03-01T12:00:00.000Z"); // 15:00 the same day
    expect(slaDueAt("OFFICE_REVIEW", t0)?.toISOString()).toBe("2026-03-02T08:00:00.000Z"); // 5 h Sunday + 3 h Monday
    expect(slaDueAt("FIELD_INSPECTION", t0)?.toISOString()).toBe("2026-03-04T08:00:00.000Z"); // three working days
    for (const s of ["DRAFT", "RETURNED", "AWAITING_PAYMENT", "ISSUED", "REJECTED", "WITHDRAWN"] as const) expect(slaDueAt(s, t0)).toBeNull();
    for (const s of Object.keys(STATE_SLA_HOURS) as ApplicationState[]) expect(STATE_HOLDER[s]).toMatch(/^OFFICE_/);
  });

  it("the clock stops over the weekend and over Eid", () => {
    // Thursday 3 December 2026, 14:00 Riyadh: two office hours left that day, then Friday and Saturday.
    expect(slaDueAt("SUBMITTED", new Date("2026-12-03T11:00:00Z"))?.toISOString()).toBe("2026-12-06T07:00:00.000Z"); // Sunday 10:00
    // Wednesday 18 March 2026, 15:00 Riyadh, the eve of Eid al-Fitr (19–22 March): back on Monday 23 March.
    expect(slaDueAt("OFFICE_APPROVAL", new Date("2026-03-18T12:00:00Z"))?.toISOString()).toBe("2026-03-23T08:00:00.000Z"); // 11:00
  });
});
