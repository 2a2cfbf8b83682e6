import { describe, expect, it } from "vitest";
import {
  AUCTION_EVENTS,
  auctionCtx,
  auctionWorkflow,
  TENDER_EVENTS,
  TENDER_ROLES,
  TENDER_STATES,
  tenderCtx,
  tenderWorkflow,
  type TenderEvent,
  type TenderRole,
  type TenderState,
} from "@/lib/domain/tenders/workflow";

const BEFORE = { beforeDeadline: true };
const AFTER = { beforeDeadline: false };

/** The expected table, written independently of workflow.ts: [from, event, role, time, to]. */
type Row = [TenderState, TenderEvent, TenderRole, "before" | "after" | "any", TenderState];
const ALLOWED: Row[] = [
  ["ANNOUNCED", "edit", "TENDERS_OFFICER", "before", "ANNOUNCED"],
  ["OPEN", "edit", "TENDERS_OFFICER", "before", "OPEN"],
  ["ANNOUNCED", "open", "TENDERS_OFFICER", "before", "OPEN"],
  ["OPEN", "buyBooklet", "CITIZEN", "before", "OPEN"],
  ["OPEN", "close", "TENDERS_OFFICER", "after", "CLOSED"],
  ["OPEN", "close", "SYSTEM", "after", "CLOSED"],
  ["CLOSED", "award", "TENDERS_OFFICER", "any", "AWARDED"],
  ["ANNOUNCED", "cancel", "TENDERS_OFFICER", "any", "CANCELLED"],
  ["OPEN", "cancel", "TENDERS_OFFICER", "any", "CANCELLED"],
  ["CLOSED", "cancel", "TENDERS_OFFICER", "any", "CANCELLED"],
];

const holds = (time: Row[3], ctx: { beforeDeadline: boolean }) => time === "any" || (time === "before") === ctx.beforeDeadline;

describe("tender workflow: every state × event × role, before and after the offers deadline", () => {
  for (const from of TENDER_STATES)
    for (const event of TENDER_EVENTS)
      for (const role of TENDER_ROLES)
        for (const [when, ctx] of [["before", BEFORE], ["after", AFTER]] as const) {
          const row = ALLOWED.find(([f, e, r, time]) => f === from && e === event && r === role && holds(time, ctx));
          const anyRole = ALLOWED.some(([f, e, , time]) => f === from && e === event && holds(time, ctx));
          it(`${from} —${event} (${role}, ${when} deadline)→ ${row ? row[4] : anyRole ? "WRONG_ROLE" : "NOT_ALLOWED"}`, () => {
            const result = tenderWorkflow.transition(from, event, role, ctx);
            if (row) expect(result).toEqual({ ok: true, to: row[4] });
            else if (anyRole) expect(result).toMatchObject({ ok: false, reason: "WRONG_ROLE" });
            else expect(result).toEqual({ ok: false, reason: "NOT_ALLOWED" });
          });
        }

  it("the table of workflow.ts is exactly the expected one", () => {
    const expected = [...new Set(ALLOWED.map(([f, e, r]) => `${f}|${e}|${r}`))].sort();
    expect(tenderWorkflow.rules().map((r) => `${r.from}|${r.event}|${r.role}`).sort()).toEqual(expected);
  });

  it("editing after the deadline is refused in every state; awarded and cancelled tenders are final", () => {
    for (const s of TENDER_STATES) expect(tenderWorkflow.can(s, "edit", ["TENDERS_OFFICER"], AFTER), s).toBe(false);
    for (const s of ["AWARDED", "CANCELLED"] as const) {
      expect(tenderWorkflow.availableEvents(s, TENDER_ROLES, BEFORE)).toEqual([]);
      expect(tenderWorkflow.availableEvents(s, TENDER_ROLES, AFTER)).toEqual([]);
    }
  });

  it("availableEvents: what the officer and the citizen are offered", () => {
    expect(tenderWorkflow.availableEvents("ANNOUNCED", ["TENDERS_OFFICER"], BEFORE)).toEqual(["edit", "open", "cancel"]);
    expect(tenderWorkflow.availableEvents("OPEN", ["TENDERS_OFFICER"], BEFORE)).toEqual(["edit", "cancel"]);
    expect(tenderWorkflow.availableEvents("OPEN", ["TENDERS_OFFICER"], AFTER)).toEqual(["close", "cancel"]);
    expect(tenderWorkflow.availableEvents("CLOSED", ["TENDERS_OFFICER"], AFTER)).toEqual(["award", "cancel"]);
    expect(tenderWorkflow.availableEvents("OPEN", ["CITIZEN"], BEFORE)).toEqual(["buyBooklet"]);
    expect(tenderWorkflow.availableEvents("OPEN", ["CITIZEN"], AFTER)).toEqual([]);
    expect(tenderWorkflow.availableEvents("OPEN", ["ADMIN", "REVIEWER"], BEFORE)).toEqual([]);
  });

  it("the time context: before means strictly before the deadline", () => {
    const deadline = new Date("2026-12-10T09:00:00Z");
    expect(tenderCtx({ offersDeadline: deadline }, new Date("2026-12-10T08:59:59.999Z"))).toEqual(BEFORE);
    expect(tenderCtx({ offersDeadline: deadline }, deadline)).toEqual(AFTER);
    expect(auctionCtx({ sessionAt: deadline }, new Date("2026-12-11T00:00:00Z"))).toEqual(AFTER);
  });
});

describe("auction workflow: every state × event × role", () => {
  const AUCTION_ALLOWED = ALLOWED.filter(([, e]) => e !== "buyBooklet");
  for (const from of TENDER_STATES)
    for (const event of AUCTION_EVENTS)
      for (const role of TENDER_ROLES)
        for (const [when, ctx] of [["before", BEFORE], ["after", AFTER]] as const) {
          const row = AUCTION_ALLOWED.find(([f, e, r, time]) => f === from && e === event && r === role && holds(time, ctx));
          const anyRole = AUCTION_ALLOWED.some(([f, e, , time]) => f === from && e === event && holds(time, ctx));
          it(`${from} —${event} (${role}, ${when} session)→ ${row ? row[4] : anyRole ? "WRONG_ROLE" : "NOT_ALLOWED"}`, () => {
            const result = auctionWorkflow.transition(from, event, role, ctx);
            if (row) expect(result).toEqual({ ok: true, to: row[4] });
            else if (anyRole) expect(result).toMatchObject({ ok: false, reason: "WRONG_ROLE" });
            else expect(result).toEqual({ ok: false, reason: "NOT_ALLOWED" });
          });
        }
});
