import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { requestSignatures } from "@/lib/domain/signatures/request";
import { AppError } from "@/lib/errors";
import { canIssueCertificate } from "../prerequisites";
import { ZIssuePermitCertificate } from "../schemas";
import { municipalityPermitScope } from "../scope";
import { nextCertificateNumber } from "../numbers";
import { appendPermitHistory, smsOwner } from "../notify";

/**
 * The municipality issues a certificate of an ISSUED permit after its stage's passed inspection: the thermal
 * insulation completion certificate (after the INSULATION inspection) or the building completion certificate
 * (after the FINISHING inspection). Prerequisites are the CertificatePrerequisite rows ("completion requires a
 * valid insulation certificate"), evaluated by the pure canIssueCertificate. A refusal writes nothing.
 * The completion certificate completes the permit (ISSUED → COMPLETED). The permit's version is the lock:
 * two concurrent issues of the same permit give one certificate and one CONFLICT. The completion certificate's
 * signing along the municipality's chain is requested in the same transaction (no chain: unsigned, as before).
 */
export const issuePermitCertificate = defineCommand({
  name: "permits.afterIssue.issueCertificate",
  permission: "permits.certify",
  schema: ZIssuePermitCertificate,
  async run(tx, actor, input) {
    const scope = municipalityPermitScope(actor);
    if (!scope) throw new AppError("NOT_FOUND");
    const permit = await tx.permit.findFirst({
      where: { number: input.permitNumber, ...scope },
      select: {
        id: true,
        number: true,
        status: true,
        version: true,
        ownerId: true,
        municipalityId: true,
        certificates: { select: { type: true, cancelledAt: true } },
        inspections: { select: { id: true, stage: true, result: true, recordedAt: true }, orderBy: { recordedAt: "desc" } },
      },
    });
    if (!permit) throw new AppError("NOT_FOUND", { message: "permitsAfterIssue:errors.permitNotFound" });
    const rules = await tx.certificatePrerequisite.findMany({ select: { certificateType: true, requiresType: true, active: true }, orderBy: { createdAt: "asc" } });
    const decision = canIssueCertificate({ target: input.type, permitStatus: permit.status, rules, held: permit.certificates, inspections: permit.inspections });
    if (!decision.ok) {
      if (decision.reason === "prerequisites") throw new AppError("INVALID_STATE", { message: `permitsAfterIssue:errors.requires.${decision.missing![0]}` });
      if (decision.reason === "permitNotIssued") throw new AppError("INVALID_STATE", { message: "permitsAfterIssue:errors.notIssued" });
      throw new AppError(decision.reason === "alreadyIssued" ? "CONFLICT" : "INVALID_STATE", { message: `permitsAfterIssue:errors.${decision.reason}.${input.type}` });
    }

    const completes = input.type === "COMPLETION";
    const now = new Date();
    const locked = await tx.permit.updateMany({
      where: { id: permit.id, version: permit.version, status: "ISSUED" },
      data: { version: { increment: 1 }, ...(completes ? { status: "COMPLETED", stateEnteredAt: now } : {}) },
    });
    if (locked.count !== 1) throw new AppError("CONFLICT", { message: "permitsAfterIssue:errors.changedMeanwhile" });

    const stage = input.type === "INSULATION" ? "INSULATION" : "FINISHING";
    const inspection = permit.inspections.find((i) => i.stage === stage && i.result === "PASS");
    const cert = await tx.permitCertificate.create({
      data: {
        permitId: permit.id,
        type: input.type,
        number: await nextCertificateNumber(tx, input.type),
        verifyCode: randomBytes(12).toString("base64url"),
        inspectionId: inspection?.id ?? null,
        issuedById: actor.userId,
        issuedAt: now,
      },
      select: { id: true, number: true, verifyCode: true },
    });
    await appendPermitHistory(tx, {
      permitId: permit.id,
      actorId: actor.userId,
      actorLabel: actor.label,
      actorRole: actor.roles.includes("FIELD_INSPECTOR") ? "FIELD_INSPECTOR" : "PERMITS_SIGNATORY",
      event: completes ? "complete" : "certificate.INSULATION",
      fromStatus: "ISSUED",
      toStatus: completes ? "COMPLETED" : "ISSUED",
      note: cert.number,
    });
    await recordAudit(tx, actor, {
      action: "permits.certificate",
      entityType: "PermitCertificate",
      entityId: cert.id,
      municipalityId: permit.municipalityId,
      after: { permit: permit.number, type: input.type, number: cert.number, permitStatus: completes ? "COMPLETED" : "ISSUED" },
    });
    // The completion certificate is signed along the municipality's chain (issue 15; docs/decisions/025-permit-signatures.md):
    // valid from now, like a license; its signed form (QR with the signed document) when the chain completes.
    if (completes) await requestSignatures(tx, actor, "COMPLETION_CERTIFICATE", cert.id);
    await smsOwner(tx, permit.ownerId, completes ? "permitCompletionIssued" : "permitInsulationIssued", { number: permit.number, certificate: cert.number }, `permit-certificate:${cert.id}`);
    return { id: cert.id, number: cert.number, type: input.type, permitNumber: permit.number, permitStatus: completes ? "COMPLETED" : "ISSUED" };
  },
});
