import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZRequestHealthCert } from "@/lib/domain/health-certs/schemas";
import { nextHealthCertNumber } from "@/lib/domain/licensing/numbers";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { actorNationalId, ownerLocale } from "@/lib/kernel/actor";
import { AppError } from "@/lib/errors";

/**
 * The owner of an establishment with an ACTIVE license asks for a worker's health certificate. The
 * request waits (REQUESTED) until a medical center of the Amanah examines the worker. One open request
 * or valid certificate per worker and establishment.
 */
export const requestHealthCert = defineCommand({
  name: "healthCerts.request",
  permission: "healthCerts.request",
  schema: ZRequestHealthCert,
  async run(tx, actor, input) {
    const nationalId = await actorNationalId(tx, actor);
    // Only the owner's own active license: anyone else's is simply not found.
    const license = await tx.license.findFirst({
      where: { id: input.licenseId, status: "ACTIVE", establishment: { ownerNationalId: nationalId } },
      select: { id: true, number: true, establishmentId: true, municipalityId: true, establishment: { select: { ownerMobile: true } } },
    });
    if (!license) throw new AppError("NOT_FOUND", { message: "healthCerts:request.errors.licenseNotActive", fieldErrors: { licenseId: "healthCerts:request.errors.licenseNotActive" } });

    const now = new Date();
    const open = await tx.healthCertificate.findFirst({
      where: {
        establishmentId: license.establishmentId,
        workerNationalId: input.workerNationalId,
        OR: [{ status: "REQUESTED" }, { status: "ISSUED", expiresAt: { gt: now } }],
      },
      select: { number: true },
    });
    if (open) {
      throw new AppError("INVALID_STATE", {
        message: `healthCerts:request.errors.duplicate?number=${open.number}`,
        fieldErrors: { workerNationalId: "healthCerts:request.errors.duplicateField" },
      });
    }

    const number = await nextHealthCertNumber(tx);
    const cert = await tx.healthCertificate.create({
      data: {
        number,
        verifyCode: randomBytes(12).toString("base64url"),
        establishmentId: license.establishmentId,
        licenseId: license.id,
        requestedById: actor.userId,
        workerName: input.workerName,
        workerNationalId: input.workerNationalId,
        workerNationality: input.workerNationality,
        occupation: input.occupation,
        status: "REQUESTED",
      },
      select: { id: true, number: true },
    });
    await recordAudit(tx, actor, {
      action: "healthCert.request",
      entityType: "HealthCertificate",
      entityId: cert.id,
      municipalityId: license.municipalityId,
      after: { number, license: license.number, worker: input.workerName, occupation: input.occupation },
    });
    const locale = await ownerLocale(tx, nationalId);
    await enqueueSms(tx, {
      to: license.establishment.ownerMobile,
      template: "healthCertRequested",
      params: { number, worker: input.workerName },
      locale,
      dedupeKey: `health-cert-requested:${cert.id}`,
    });
    return { id: cert.id, number };
  },
});
