import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZRecordExam } from "@/lib/domain/health-certs/schemas";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ownerLocale } from "@/lib/kernel/actor";
import { certExpiresAt, EXAM_EVENT, healthCertWorkflow } from "@/lib/domain/health-certs/workflow";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";

/**
 * A medical examiner (of any accredited center of the establishment's Amanah) records the worker's
 * examination: FIT issues the certificate (valid one year, linked to the establishment's active license,
 * with its QR code); UNFIT closes the request with the examiner's notes. Only a REQUESTED certificate,
 * with the status in the where: two examiners recording at once cannot both succeed.
 */
export const recordExam = defineCommand({
  name: "healthCerts.recordExam",
  permission: "healthCerts.examine",
  schema: ZRecordExam,
  async run(tx, actor, input) {
    if (!actor.medicalCenterId) throw new AppError("FORBIDDEN");
    const center = await tx.medicalCenter.findFirst({ where: { id: actor.medicalCenterId, active: true }, select: { id: true, amanahId: true } });
    if (!center) throw new AppError("FORBIDDEN");

    const cert = await tx.healthCertificate.findFirst({
      where: { id: input.certificateId, establishment: { municipality: { amanahId: center.amanahId } } },
      select: {
        id: true,
        number: true,
        status: true,
        licenseId: true,
        workerName: true,
        establishment: { select: { id: true, municipalityId: true, ownerNationalId: true, ownerMobile: true } },
        license: { select: { status: true } },
      },
    });
    if (!cert) throw new AppError("NOT_FOUND");
    const step = healthCertWorkflow.transition(cert.status, EXAM_EVENT[input.result], actor.roles, undefined);
    if (!step.ok && step.reason === "WRONG_ROLE") throw new AppError("FORBIDDEN");
    if (!step.ok) throw new AppError("INVALID_STATE", { message: "healthCerts:exam.errors.notPending" });
    if (cert.license && cert.license.status !== "ACTIVE") throw new AppError("INVALID_STATE", { message: "healthCerts:exam.errors.licenseNotActive" });

    const now = new Date();
    const fit = input.result === "FIT";
    const expiresAt = certExpiresAt(now);
    // A request made before the license existed is linked to the establishment's active license now.
    const licenseId =
      cert.licenseId ?? (await tx.license.findFirst({ where: { establishmentId: cert.establishment.id, status: "ACTIVE" }, select: { id: true }, orderBy: { issuedAt: "desc" } }))?.id ?? null;

    const moved = await tx.healthCertificate.updateMany({
      where: { id: cert.id, status: cert.status },
      data: {
        status: step.to,
        centerId: center.id,
        examinedById: actor.userId,
        examinedAt: now,
        examNotes: input.notes || null,
        licenseId,
        ...(fit ? { issuedAt: now, expiresAt } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", { message: "healthCerts:exam.errors.conflict" });

    await recordAudit(tx, actor, {
      action: fit ? "healthCert.issue" : "healthCert.unfit",
      entityType: "HealthCertificate",
      entityId: cert.id,
      municipalityId: cert.establishment.municipalityId,
      before: { status: cert.status },
      after: { status: step.to, centerId: center.id, notes: input.notes || null, ...(fit ? { expiresAt } : {}) },
    });
    const locale = await ownerLocale(tx, cert.establishment.ownerNationalId);
    await enqueueSms(tx, {
      to: cert.establishment.ownerMobile,
      template: fit ? "healthCertIssued" : "healthCertUnfit",
      params: fit ? { number: cert.number, worker: cert.workerName, expiresAt: formatGregorian(expiresAt, locale) } : { number: cert.number, worker: cert.workerName },
      locale,
      dedupeKey: `health-cert-exam:${cert.id}`,
    });
    return { id: cert.id, number: cert.number, status: step.to };
  },
});
