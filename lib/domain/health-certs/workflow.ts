import { defineWorkflow } from "@/lib/kernel/workflow";

/**
 * A worker's health certificate (pure), in the one shape (`defineWorkflow`, lib/kernel/workflow.ts).
 *
 *   (owner asks) REQUESTED ─examineFit (medical examiner)─▶ ISSUED ─expire (job)─▶ EXPIRED
 *                          └examineUnfit (medical examiner)─▶ UNFIT
 *   REQUESTED | ISSUED ─revoke─▶ REVOKED (the cascade of the license's cancellation, lib/domain/licensing/revoke.ts)
 *
 * The request creates the row in REQUESTED (not a transition). No job writes EXPIRED yet: until one does,
 * `effectiveCertStatus` (status.ts) reads an issued certificate past its expiry as EXPIRED.
 */
export const HEALTH_CERT_STATES = ["REQUESTED", "ISSUED", "UNFIT", "REVOKED", "EXPIRED"] as const;
export type HealthCertStatus = (typeof HEALTH_CERT_STATES)[number];
export const HEALTH_CERT_EVENTS = ["examineFit", "examineUnfit", "revoke", "expire"] as const;
export type HealthCertEvent = (typeof HEALTH_CERT_EVENTS)[number];

/** MEDICAL_EXAMINER examines; SYSTEM revokes (following the license's cancellation, whoever cancelled it) and expires. */
export const HEALTH_CERT_ROLES = ["MEDICAL_EXAMINER", "SYSTEM"] as const;
export type HealthCertRole = (typeof HEALTH_CERT_ROLES)[number];

export const healthCertWorkflow = defineWorkflow<HealthCertStatus, HealthCertEvent, HealthCertRole>({
  name: "healthCertificate",
  states: HEALTH_CERT_STATES,
  events: HEALTH_CERT_EVENTS,
  rules: [
    { event: "examineFit", from: "REQUESTED", role: "MEDICAL_EXAMINER", to: "ISSUED" },
    { event: "examineUnfit", from: "REQUESTED", role: "MEDICAL_EXAMINER", to: "UNFIT" },
    { event: "revoke", from: ["REQUESTED", "ISSUED"], role: "SYSTEM", to: "REVOKED" },
    { event: "expire", from: "ISSUED", role: "SYSTEM", to: "EXPIRED" },
  ],
});

/** The examination's event for its result. */
export const EXAM_EVENT = { FIT: "examineFit", UNFIT: "examineUnfit" } as const satisfies Record<"FIT" | "UNFIT", HealthCertEvent>;

/** A health certificate is valid for one year from the examination. */
export const HEALTH_CERT_VALIDITY_DAYS = 365;

export function certExpiresAt(examinedAt: Date): Date {
  return new Date(examinedAt.getTime() + HEALTH_CERT_VALIDITY_DAYS * 86_400_000);
}
