import type { AnyActor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { healthCertWorkflow } from "@/lib/domain/health-certs/workflow";
import { AppError } from "@/lib/errors";

/**
 * Cancelling a license and everything that hangs on it — THE one way a license is cancelled, whoever
 * asks: the owner (cancelLicenseByOwner), another agency through the API v1 (`agency:LABOR`,
 * `agency:ZATCA` …) or the supervision committee. It runs inside the caller's transaction:
 *   1. the license becomes CANCELLED with the old status in the where (optimistic lock: of two
 *      concurrent cancellations exactly one succeeds, the other gets CONFLICT);
 *   2. the cascade: every health certificate of the license's workers that is still ISSUED or
 *      REQUESTED is REVOKED with the same reason (those linked to this license, and those of the same
 *      establishment not linked to another license that is still active);
 *   3. one audit row for the license and one per revoked certificate;
 *   4. ONE SMS to the holder (template licenseCancelled) — the revoked certificates are not texted
 *      separately: a worker's certificate belongs to the establishment, whose owner is the holder.
 *
 * Permits (building, signage, excavation …) do not exist in the schema yet. When they do, they join
 * the cascade here as step 2b — `revokeLinkedPermits(tx, actor, license, reason)` in the same
 * transaction — so that every caller (owner, agency API, committee) gets them for free.
 */
export type RevokedBy = "owner" | "committee" | `agency:${string}`;

export type RevocableLicense = {
  id: string;
  number: string;
  status: "ACTIVE" | "EXPIRED" | "SUSPENDED" | "CANCELLED";
  establishmentId: string;
  municipalityId: string;
  holderNationalId: string;
  holderMobile: string;
};

export type RevokeResult = {
  licenseId: string;
  number: string;
  cancelledAt: Date;
  /** Numbers of the health certificates revoked with the license. */
  revokedHealthCertificates: string[];
};

/** The columns revokeLicense needs, for callers' `select`. */
export const REVOCABLE_LICENSE_SELECT = {
  id: true,
  number: true,
  status: true,
  establishmentId: true,
  municipalityId: true,
  holderNationalId: true,
  holderMobile: true,
} as const;

export async function revokeLicense(
  tx: Tx,
  actor: AnyActor,
  license: RevocableLicense,
  opts: { reason: string; by: RevokedBy; now?: Date },
): Promise<RevokeResult> {
  const reason = opts.reason.trim();
  if (!reason) throw new AppError("VALIDATION", { fieldErrors: { reason: "validation:required" } });
  if (license.status === "CANCELLED") throw new AppError("INVALID_STATE", { message: "healthCerts:revoke.alreadyCancelled" });
  const now = opts.now ?? new Date();

  const moved = await tx.license.updateMany({
    where: { id: license.id, status: license.status },
    data: { status: "CANCELLED", cancelledAt: now, cancelReason: reason, cancelledBy: opts.by },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT", { message: "healthCerts:revoke.conflict" });

  await recordAudit(tx, actor, {
    action: "license.cancel",
    entityType: "License",
    entityId: license.id,
    municipalityId: license.municipalityId,
    before: { status: license.status },
    after: { status: "CANCELLED", reason, by: opts.by },
  });

  // ── The cascade: health certificates of the establishment's workers. ──
  const certs = await tx.healthCertificate.findMany({
    where: {
      status: { in: healthCertWorkflow.fromStates("revoke") },
      OR: [
        { licenseId: license.id },
        { establishmentId: license.establishmentId, licenseId: null },
        { establishmentId: license.establishmentId, license: { status: { not: "ACTIVE" } } },
      ],
    },
    select: { id: true, number: true, status: true },
    orderBy: { number: "asc" },
  });
  const revoked: string[] = [];
  for (const cert of certs) {
    const step = healthCertWorkflow.transition(cert.status, "revoke", "SYSTEM", undefined);
    if (!step.ok) continue;
    const done = await tx.healthCertificate.updateMany({
      where: { id: cert.id, status: cert.status },
      data: { status: step.to, revokedAt: now, revokeReason: reason },
    });
    if (done.count !== 1) continue; // examined or revoked meanwhile by someone else: nothing left to revoke
    revoked.push(cert.number);
    await recordAudit(tx, actor, {
      action: "healthCert.revoke",
      entityType: "HealthCertificate",
      entityId: cert.id,
      municipalityId: license.municipalityId,
      before: { status: cert.status },
      after: { status: step.to, reason, cause: { license: license.number, by: opts.by } },
    });
  }

  const owner = await tx.user.findUnique({ where: { nationalId: license.holderNationalId }, select: { preferredLocale: true } });
  await enqueueSms(tx, {
    to: license.holderMobile,
    template: "licenseCancelled",
    params: { licenseNumber: license.number },
    locale: owner?.preferredLocale ?? "ar",
    dedupeKey: `license-cancelled:${license.id}`,
  });

  return { licenseId: license.id, number: license.number, cancelledAt: now, revokedHealthCertificates: revoked };
}
