import { describe, expect, it } from "vitest";
import {
  APPEAL_DAYS,
  appealDeadline,
  hasValidBasics,
  mayRateOffice,
  mayRemoveMember,
  mayVerifyMember,
  needsTraining,
  occurrenceWindowStart,
  trainingValidSince,
  workshopHeld,
  type MemberTraining,
} from "@/lib/domain/offices/rules";

const now = new Date("2026-11-10T09:00:00Z");
const cert = (certifiedAt: Date, topic = "LICENSING_BASICS"): MemberTraining => ({ topic, certificateNo: "TC1", certifiedAt, startsAt: certifiedAt, attended: true });

describe("office supervision rules", () => {
  it("the appeal window is APPEAL_DAYS working days from the decision; occurrences count over a year", () => {
    expect(APPEAL_DAYS).toBe(10);
    // Tuesday 10 November 2026: ten working days skip two weekends → Tuesday 24 November.
    expect(appealDeadline(now).toISOString()).toBe("2026-11-24T09:00:00.000Z");
    // Decided on the Monday before Eid al-Adha 1447 (26–29 May): the four days of Eid do not count either.
    expect(appealDeadline(new Date("2026-05-25T09:00:00Z")).toISOString()).toBe("2026-06-11T09:00:00.000Z");
    expect(occurrenceWindowStart(now).toISOString()).toBe("2025-11-10T09:00:00.000Z");
  });

  it.each([
    ["a recent LICENSING_BASICS certificate", [cert(new Date("2025-01-01T00:00:00Z"))], true],
    ["a certificate older than 24 months", [cert(new Date("2024-11-09T00:00:00Z"))], false],
    ["another topic only", [cert(new Date("2026-01-01T00:00:00Z"), "CUSTOMER_SERVICE")], false],
    ["an attendance without a certificate", [{ ...cert(new Date("2026-01-01T00:00:00Z")), certificateNo: null }], false],
    ["no training", [], false],
  ] as const)("hasValidBasics: %s → %s", (_name, training, valid) => {
    expect(hasValidBasics(training, now)).toBe(valid);
    expect(needsTraining({ role: "AGENT", training }, now)).toBe(!valid);
    expect(needsTraining({ role: "MANAGER", training }, now)).toBe(false);
  });

  it("trainingValidSince is 24 months back", () => {
    expect(trainingValidSince(now).toISOString()).toBe("2024-11-10T09:00:00.000Z");
  });

  it.each([
    [{ status: "ISSUED", hasOffice: true, rated: false }, true],
    [{ status: "AWAITING_PAYMENT", hasOffice: true, rated: false }, true],
    [{ status: "REJECTED", hasOffice: true, rated: false }, true],
    [{ status: "OFFICE_REVIEW", hasOffice: true, rated: false }, false],
    [{ status: "ISSUED", hasOffice: false, rated: false }, false],
    [{ status: "ISSUED", hasOffice: true, rated: true }, false],
  ])("mayRateOffice(%o) → %s", (a, ok) => expect(mayRateOffice(a)).toBe(ok));

  it("members: the last manager stays; only unverified qualifications of active members are verified", () => {
    expect(mayRemoveMember({ role: "MANAGER", active: true }, 1)).toBe(false);
    expect(mayRemoveMember({ role: "MANAGER", active: true }, 2)).toBe(true);
    expect(mayRemoveMember({ role: "AGENT", active: true }, 1)).toBe(true);
    expect(mayRemoveMember({ role: "AGENT", active: false }, 1)).toBe(false);
    expect(mayVerifyMember({ active: true, qualificationNo: "SCE-12345", verifiedAt: null })).toBe(true);
    expect(mayVerifyMember({ active: true, qualificationNo: "SCE-12345", verifiedAt: now })).toBe(false);
    expect(mayVerifyMember({ active: true, qualificationNo: null, verifiedAt: null })).toBe(false);
    expect(mayVerifyMember({ active: false, qualificationNo: "SCE-12345", verifiedAt: null })).toBe(false);
  });

  it("a workshop is held from its start", () => {
    expect(workshopHeld(now, now)).toBe(true);
    expect(workshopHeld(new Date(now.getTime() + 1), now)).toBe(false);
  });
});
