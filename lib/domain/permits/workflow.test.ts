import { describe, expect, it } from "vitest";
import { OPEN_PERMIT_STATES, PERMIT_EVENTS, PERMIT_ROLES, PERMIT_STATES, permitWorkflow, type PermitContext, type PermitEvent, type PermitRole, type PermitState } from "@/lib/domain/permits/workflow";

const { transition } = permitWorkflow;
const CONTEXTS: readonly PermitContext[] = [
  { routeComplete: false, officeSuspended: false },
  { routeComplete: true, officeSuspended: false },
  { routeComplete: false, officeSuspended: true },
  { routeComplete: true, officeSuspended: true },
  { routeComplete: false, officeSuspended: false, signingChain: true },
  { routeComplete: false, officeSuspended: false, cancelRequested: true },
];

/** The expected table, written independently of workflow.ts: where (from, event, role) leads in a context, or null. */
function expected(from: PermitState, event: PermitEvent, role: PermitRole, c: PermitContext): PermitState | null {
  const rows: [PermitState, PermitEvent, PermitRole, PermitState | null][] = [
    ["DRAFT", "submit", "OFFICE", "IN_REVIEW"],
    ["IN_REVIEW", "accept", "PERMITS_REVIEWER", c.routeComplete ? "AWAITING_PAYMENT" : "IN_REVIEW"],
    ["IN_REVIEW", "transfer", "PERMITS_REVIEWER", "IN_REVIEW"],
    ["IN_REVIEW", "return", "PERMITS_REVIEWER", "RETURNED"],
    ["IN_REVIEW", "reject", "PERMITS_REVIEWER", "REJECTED"],
    ["RETURNED", "resubmit", "OFFICE", "IN_REVIEW"],
    ["AWAITING_PAYMENT", "pay", "SYSTEM", "AWAITING_SIGNATURE"],
    ["AWAITING_SIGNATURE", "issue", "PERMITS_SIGNATORY", c.signingChain ? "AWAITING_SIGNATURE" : "ISSUED"],
    ["AWAITING_SIGNATURE", "signed", "SYSTEM", "ISSUED"],
    ["DRAFT", "withdraw", "OWNER", "WITHDRAWN"],
    ["IN_REVIEW", "withdraw", "OWNER", "WITHDRAWN"],
    ["RETURNED", "withdraw", "OWNER", "WITHDRAWN"],
    ["DRAFT", "reassign", "OWNER", c.officeSuspended ? "DRAFT" : null],
    ["RETURNED", "reassign", "OWNER", c.officeSuspended ? "DRAFT" : null],
    ["IN_REVIEW", "reassign", "OWNER", c.officeSuspended ? "IN_REVIEW" : null],
    ["ISSUED", "cancel", "PERMITS_SIGNATORY", "CANCELLED"],
    ["ISSUED", "requestCancel", "OWNER", c.cancelRequested ? null : "ISSUED"],
    ["ISSUED", "declineCancel", "PERMITS_SIGNATORY", c.cancelRequested ? "ISSUED" : null],
  ];
  return rows.find(([f, e, r]) => f === from && e === event && r === role)?.[3] ?? null;
}
/** Some role may take the event in this state and context (then another role gets WRONG_ROLE, not NOT_ALLOWED). */
const possible = (from: PermitState, event: PermitEvent, c: PermitContext) => PERMIT_ROLES.some((r) => expected(from, event, r, c) !== null);

describe("permit workflow: every state × event × role × context", () => {
  const cases = PERMIT_STATES.flatMap((s) => PERMIT_EVENTS.flatMap((e) => PERMIT_ROLES.map((r) => [s, e, r] as const)));
  it.each(cases)("%s --%s-- as %s", (from, event, role) => {
    for (const c of CONTEXTS) {
      const to = expected(from, event, role, c);
      const got = transition(from, event, role, c);
      if (to) expect(got, JSON.stringify(c)).toEqual({ ok: true, to });
      else if (possible(from, event, c)) expect(got, JSON.stringify(c)).toMatchObject({ ok: false, reason: "WRONG_ROLE" });
      else expect(got, JSON.stringify(c)).toEqual({ ok: false, reason: "NOT_ALLOWED" });
    }
  });

  it("the roles are exactly the ones the table uses", () => {
    expect(new Set(permitWorkflow.rules().map((r) => r.role))).toEqual(new Set(PERMIT_ROLES));
  });

  it("final states offer nothing to anyone", () => {
    for (const s of ["COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"] as const) {
      for (const c of CONTEXTS) expect(permitWorkflow.availableEvents(s, [...PERMIT_ROLES], c)).toEqual([]);
    }
  });

  it("an issued permit: the signatory cancels it; the owner asks once, and the signatory declines only a request that waits", () => {
    for (const c of CONTEXTS) {
      expect(permitWorkflow.availableEvents("ISSUED", ["PERMITS_SIGNATORY"], c)).toEqual(c.cancelRequested ? ["cancel", "declineCancel"] : ["cancel"]);
      expect(permitWorkflow.availableEvents("ISSUED", ["OWNER"], c)).toEqual(c.cancelRequested ? [] : ["requestCancel"]);
      expect(permitWorkflow.availableEvents("ISSUED", ["OFFICE", "PERMITS_REVIEWER", "SYSTEM"], c)).toEqual([]);
      for (const r of ["OWNER", "OFFICE", "PERMITS_REVIEWER", "SYSTEM"] as const) expect(transition("ISSUED", "cancel", r, c)).toMatchObject({ ok: false, reason: "WRONG_ROLE" });
    }
  });

  it("a reviewer in review is offered accept, transfer, return and reject; the owner withdraw (reassign only when suspended)", () => {
    const c = CONTEXTS[0]!;
    expect(permitWorkflow.availableEvents("IN_REVIEW", ["PERMITS_REVIEWER"], c)).toEqual(["accept", "transfer", "return", "reject"]);
    expect(permitWorkflow.availableEvents("IN_REVIEW", ["OWNER"], c)).toEqual(["withdraw"]);
    expect(permitWorkflow.availableEvents("IN_REVIEW", ["OWNER"], CONTEXTS[2]!)).toEqual(["withdraw", "reassign"]);
  });

  it("open states are the ones before a final decision", () => {
    expect([...OPEN_PERMIT_STATES].sort()).toEqual(["AWAITING_PAYMENT", "AWAITING_SIGNATURE", "DRAFT", "IN_REVIEW", "RETURNED"]);
  });
});
