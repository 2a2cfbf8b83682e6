import { describe, expect, it } from "vitest";
import { canIssueCertificate, missingPrerequisites, stagePassed, type PrerequisiteRule } from "./prerequisites";

const COMPLETION_NEEDS_INSULATION: PrerequisiteRule = { certificateType: "COMPLETION", requiresType: "INSULATION", active: true };
const t = (d: number) => new Date(Date.UTC(2026, 0, d));

describe("missingPrerequisites (rules are data)", () => {
  it("completion without insulation misses insulation", () => {
    expect(missingPrerequisites("COMPLETION", [COMPLETION_NEEDS_INSULATION], [])).toEqual(["INSULATION"]);
  });
  it("a valid insulation certificate meets the rule", () => {
    expect(missingPrerequisites("COMPLETION", [COMPLETION_NEEDS_INSULATION], [{ type: "INSULATION", cancelledAt: null }])).toEqual([]);
  });
  it("a cancelled insulation certificate does not count", () => {
    expect(missingPrerequisites("COMPLETION", [COMPLETION_NEEDS_INSULATION], [{ type: "INSULATION", cancelledAt: t(2) }])).toEqual(["INSULATION"]);
  });
  it("no rule, no prerequisite; an inactive rule is ignored", () => {
    expect(missingPrerequisites("COMPLETION", [], [])).toEqual([]);
    expect(missingPrerequisites("COMPLETION", [{ ...COMPLETION_NEEDS_INSULATION, active: false }], [])).toEqual([]);
  });
  it("a rule for another certificate does not apply; a self rule is ignored", () => {
    expect(missingPrerequisites("INSULATION", [COMPLETION_NEEDS_INSULATION], [])).toEqual([]);
    expect(missingPrerequisites("INSULATION", [{ certificateType: "INSULATION", requiresType: "INSULATION", active: true }], [])).toEqual([]);
  });
  it("a rule added by the municipality (insulation requires completion, say) applies without code", () => {
    const added: PrerequisiteRule = { certificateType: "INSULATION", requiresType: "COMPLETION", active: true };
    expect(missingPrerequisites("INSULATION", [COMPLETION_NEEDS_INSULATION, added], [])).toEqual(["COMPLETION"]);
  });
  it("duplicate rules give one missing entry", () => {
    expect(missingPrerequisites("COMPLETION", [COMPLETION_NEEDS_INSULATION, COMPLETION_NEEDS_INSULATION], [])).toEqual(["INSULATION"]);
  });
});

describe("stagePassed", () => {
  it("the latest inspection of the stage decides", () => {
    expect(stagePassed("INSULATION", [])).toBe(false);
    expect(stagePassed("INSULATION", [{ stage: "INSULATION", result: "PASS", recordedAt: t(1) }])).toBe(true);
    expect(stagePassed("INSULATION", [{ stage: "INSULATION", result: "PASS", recordedAt: t(1) }, { stage: "INSULATION", result: "FAIL", recordedAt: t(2) }])).toBe(false);
    expect(stagePassed("INSULATION", [{ stage: "INSULATION", result: "FAIL", recordedAt: t(1) }, { stage: "INSULATION", result: "PASS", recordedAt: t(2) }])).toBe(true);
    expect(stagePassed("INSULATION", [{ stage: "FINISHING", result: "PASS", recordedAt: t(1) }])).toBe(false);
  });
});

describe("canIssueCertificate", () => {
  const finishing = { stage: "FINISHING" as const, result: "PASS" as const, recordedAt: t(1) };
  const insulation = { stage: "INSULATION" as const, result: "PASS" as const, recordedAt: t(2) };
  const base = { permitStatus: "ISSUED", rules: [COMPLETION_NEEDS_INSULATION], held: [], inspections: [finishing] };
  it("completion is refused without insulation, even after a passed finishing inspection", () => {
    expect(canIssueCertificate({ ...base, target: "COMPLETION" })).toEqual({ ok: false, reason: "prerequisites", missing: ["INSULATION"] });
  });
  it("completion is granted with a valid insulation certificate and a passed finishing inspection", () => {
    expect(canIssueCertificate({ ...base, target: "COMPLETION", held: [{ type: "INSULATION", cancelledAt: null }] })).toEqual({ ok: true });
  });
  it("completion with insulation but no passed finishing inspection is refused", () => {
    expect(canIssueCertificate({ ...base, target: "COMPLETION", inspections: [], held: [{ type: "INSULATION", cancelledAt: null }] })).toEqual({ ok: false, reason: "stageNotPassed" });
  });
  it("insulation needs its own passed inspection", () => {
    expect(canIssueCertificate({ ...base, target: "INSULATION" })).toEqual({ ok: false, reason: "stageNotPassed" });
    expect(canIssueCertificate({ ...base, target: "INSULATION", inspections: [insulation] })).toEqual({ ok: true });
  });
  it("a second valid certificate of the same type is refused", () => {
    expect(canIssueCertificate({ ...base, target: "INSULATION", inspections: [insulation], held: [{ type: "INSULATION", cancelledAt: null }] })).toEqual({ ok: false, reason: "alreadyIssued" });
  });
  it("only an ISSUED permit gets certificates", () => {
    for (const s of ["DRAFT", "IN_REVIEW", "AWAITING_PAYMENT", "COMPLETED", "CANCELLED"]) {
      expect(canIssueCertificate({ ...base, permitStatus: s, target: "INSULATION", inspections: [insulation] })).toEqual({ ok: false, reason: "permitNotIssued" });
    }
  });
});
