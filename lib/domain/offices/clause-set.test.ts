import { describe, expect, it } from "vitest";
import { clauseFor, PROBATION_CLAUSES, STANDARD_CLAUSES } from "./clause-set";

describe("penalty clause sets", () => {
  it("graduates spot-check findings: warning, fine, suspension, revocation", () => {
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 1)?.kind).toBe("WARNING");
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 2)).toMatchObject({ kind: "FINE", fineHalalas: 500_000 });
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 3)).toMatchObject({ kind: "SUSPENSION", suspensionDays: 30 });
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 4)?.kind).toBe("REVOCATION");
  });
  it("keeps the harshest clause past the last occurrence and none before the first", () => {
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 9)?.kind).toBe("REVOCATION");
    expect(clauseFor(STANDARD_CLAUSES, "SPOT_CHECK_FINDING", 0)).toBeNull();
  });
  it("probation: the first finding is a fine and the second a suspension", () => {
    expect(clauseFor(PROBATION_CLAUSES, "SPOT_CHECK_FINDING", 1)?.kind).toBe("FINE");
    expect(clauseFor(PROBATION_CLAUSES, "SPOT_CHECK_FINDING", 2)?.kind).toBe("SUSPENSION");
    expect(clauseFor(PROBATION_CLAUSES, "SLA_BREACH", 1)?.kind).toBe("WARNING");
  });
  it("has one clause per trigger and occurrence, with the amounts the kind needs", () => {
    for (const set of [STANDARD_CLAUSES, PROBATION_CLAUSES]) {
      const keys = set.map((c) => `${c.trigger}|${c.occurrence}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const c of set) {
        expect(c.kind === "FINE" ? (c.fineHalalas ?? 0) > 0 : c.fineHalalas === null).toBe(true);
        expect(c.kind === "SUSPENSION" ? (c.suspensionDays ?? 0) > 0 : c.suspensionDays === null).toBe(true);
      }
    }
  });
});
