/**
 * Certificate prerequisites (docs/decisions/017-certificate-prerequisites.md): "certificate X requires a valid
 * certificate Y of the same permit" is DATA (CertificatePrerequisite rows), so the municipality adds a rule
 * without code. This file only evaluates the rules: pure, no database, unit-tested beside it.
 */
export const CERTIFICATE_TYPES = ["INSULATION", "COMPLETION"] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const INSPECTION_STAGES = ["FOUNDATION", "SKELETON", "FINISHING", "INSULATION"] as const;
export type InspectionStage = (typeof INSPECTION_STAGES)[number];

/** The stage whose PASSED inspection a certificate is issued after (its own inspection). */
export const CERTIFICATE_STAGE: Record<CertificateType, InspectionStage> = {
  INSULATION: "INSULATION",
  COMPLETION: "FINISHING",
};

export type PrerequisiteRule = { certificateType: CertificateType; requiresType: CertificateType; active: boolean };
export type HeldCertificate = { type: CertificateType; cancelledAt: Date | null };

/** A certificate is valid until it is cancelled. */
export function isValidCertificate(c: HeldCertificate): boolean {
  return c.cancelledAt === null;
}

/**
 * The certificate types `target` still needs: every ACTIVE rule "target requires Y" whose Y the permit does not
 * hold as a valid certificate. Empty means the prerequisites are met. Inactive rules are ignored; a rule that
 * names the target itself is ignored (it would block the certificate forever). Order follows the rules' order,
 * without duplicates.
 */
export function missingPrerequisites(target: CertificateType, rules: readonly PrerequisiteRule[], held: readonly HeldCertificate[]): CertificateType[] {
  const valid = new Set(held.filter(isValidCertificate).map((c) => c.type));
  const missing: CertificateType[] = [];
  for (const r of rules) {
    if (!r.active || r.certificateType !== target || r.requiresType === target) continue;
    if (!valid.has(r.requiresType) && !missing.includes(r.requiresType)) missing.push(r.requiresType);
  }
  return missing;
}

export type InspectionFact = { stage: InspectionStage; result: "PASS" | "FAIL"; recordedAt: Date };

/** Whether the LATEST inspection of the stage passed (a later failed visit cancels an earlier pass). */
export function stagePassed(stage: InspectionStage, inspections: readonly InspectionFact[]): boolean {
  let latest: InspectionFact | null = null;
  for (const i of inspections) if (i.stage === stage && (!latest || i.recordedAt > latest.recordedAt)) latest = i;
  return latest?.result === "PASS";
}

export type CertificateDecision =
  | { ok: true }
  | { ok: false; reason: "permitNotIssued" | "alreadyIssued" | "stageNotPassed" | "prerequisites"; missing?: CertificateType[] };

/**
 * Whether `target` may be issued now for a permit: the permit is ISSUED (not yet completed), no valid certificate
 * of this type exists, the latest inspection of its stage passed, and the data rules are met.
 */
export function canIssueCertificate(input: {
  target: CertificateType;
  permitStatus: string;
  rules: readonly PrerequisiteRule[];
  held: readonly HeldCertificate[];
  inspections: readonly InspectionFact[];
}): CertificateDecision {
  if (input.permitStatus !== "ISSUED") return { ok: false, reason: "permitNotIssued" };
  if (input.held.some((c) => c.type === input.target && isValidCertificate(c))) return { ok: false, reason: "alreadyIssued" };
  const missing = missingPrerequisites(input.target, input.rules, input.held);
  if (missing.length) return { ok: false, reason: "prerequisites", missing };
  if (!stagePassed(CERTIFICATE_STAGE[input.target], input.inspections)) return { ok: false, reason: "stageNotPassed" };
  return { ok: true };
}
