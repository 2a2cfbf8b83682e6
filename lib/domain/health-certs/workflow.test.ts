import { describe, expect, it } from "vitest";
import {
  certExpiresAt,
  EXAM_EVENT,
  HEALTH_CERT_EVENTS,
  HEALTH_CERT_ROLES,
  HEALTH_CERT_STATES,
  healthCertWorkflow,
  type HealthCertEvent,
  type HealthCertRole,
  type HealthCertStatus,
} from "@/lib/domain/health-certs/workflow";

const { transition, availableEvents, fromStates } = healthCertWorkflow;

/** The expected table, written independently of workflow.ts. */
const ALLOWED: [HealthCertStatus, HealthCertEvent, HealthCertRole, HealthCertStatus][] = [
  ["REQUESTED", "examineFit", "MEDICAL_EXAMINER", "ISSUED"],
  ["REQUESTED", "examineUnfit", "MEDICAL_EXAMINER", "UNFIT"],
  ["REQUESTED", "revoke", "SYSTEM", "REVOKED"],
  ["ISSUED", "revoke", "SYSTEM", "REVOKED"],
  ["ISSUED", "expire", "SYSTEM", "EXPIRED"],
];

describe("health certificate workflow", () => {
  it.each(ALLOWED)("%s —%s (%s)→ %s", (from, event, role, to) => {
    expect(transition(from, event, role, undefined)).toEqual({ ok: true, to });
  });

  it("the table of workflow.ts is exactly the expected one", () => {
    expect(healthCertWorkflow.rules().map((r) => `${r.from}|${r.event}|${r.role}`).sort()).toEqual(ALLOWED.map(([f, e, r]) => `${f}|${e}|${r}`).sort());
  });

  it("refuses every other state × event, for everyone: an examined, unfit, revoked or expired certificate stays so", () => {
    const allowed = new Set(ALLOWED.map(([f, e]) => `${f}:${e}`));
    for (const from of HEALTH_CERT_STATES)
      for (const event of HEALTH_CERT_EVENTS)
        if (!allowed.has(`${from}:${event}`)) expect(transition(from, event, HEALTH_CERT_ROLES, undefined), `${from} ${event}`).toEqual({ ok: false, reason: "NOT_ALLOWED" });
  });

  it("only a medical examiner examines; nobody revokes by hand", () => {
    expect(transition("REQUESTED", "examineFit", ["CITIZEN"], undefined)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "MEDICAL_EXAMINER" });
    expect(transition("REQUESTED", "examineUnfit", ["REVIEWER", "ADMIN"], undefined)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "MEDICAL_EXAMINER" });
    expect(transition("ISSUED", "revoke", ["MEDICAL_EXAMINER"], undefined)).toEqual({ ok: false, reason: "WRONG_ROLE", role: "SYSTEM" });
  });

  it("availableEvents per role: the examiner is offered both results on a request only", () => {
    expect(availableEvents("REQUESTED", ["MEDICAL_EXAMINER"], undefined)).toEqual(["examineFit", "examineUnfit"]);
    for (const s of ["ISSUED", "UNFIT", "REVOKED", "EXPIRED"] as const) expect(availableEvents(s, ["MEDICAL_EXAMINER"], undefined)).toEqual([]);
    expect(availableEvents("REQUESTED", ["CITIZEN"], undefined)).toEqual([]);
    expect(availableEvents("ISSUED", "SYSTEM", undefined)).toEqual(["revoke", "expire"]);
  });

  it("fromStates: what a license's cancellation revokes; the exam events by result", () => {
    expect(fromStates("revoke")).toEqual(["REQUESTED", "ISSUED"]);
    expect(EXAM_EVENT).toEqual({ FIT: "examineFit", UNFIT: "examineUnfit" });
  });

  it("a certificate is valid for one year from the examination", () => {
    expect(certExpiresAt(new Date("2026-03-01T08:00:00Z")).toISOString()).toBe("2027-03-01T08:00:00.000Z");
  });
});
