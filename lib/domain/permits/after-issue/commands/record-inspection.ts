import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { AppError } from "@/lib/errors";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { ZRecordPermitInspection } from "../schemas";
import { municipalityPermitScope } from "../scope";
import { appendPermitHistory, smsOwner } from "../notify";

/**
 * A stage inspection (foundation, skeleton, finishing, insulation) recorded on a phone at the site, with
 * 1–5 photos (checked by their bytes before anything is written) and where it was recorded, by a municipality
 * inspector (permits of their municipalities) or by the supervising engineering office (its own permits).
 * Only an ISSUED permit is inspected. The owner's timeline gets a row and the owner an SMS.
 */
export const recordPermitInspection = defineCommand({
  name: "permits.afterIssue.recordInspection",
  permission: "permits.inspect",
  schema: ZRecordPermitInspection,
  async run(tx, actor, input) {
    const photos = await checkUploads(input.photos, "photo", "photos");
    const municipal = municipalityPermitScope(actor);
    const asOffice = actor.officeId && (actor.roles.includes("OFFICE_MANAGER") || actor.roles.includes("OFFICE_ENGINEER")) ? { officeId: actor.officeId } : null;
    const scopes = [municipal, asOffice].filter((s) => s !== null);
    if (scopes.length === 0) throw new AppError("NOT_FOUND");
    const permit = await tx.permit.findFirst({
      where: { number: input.permitNumber, OR: scopes },
      select: { id: true, number: true, status: true, version: true, ownerId: true, officeId: true, municipalityId: true },
    });
    if (!permit) throw new AppError("NOT_FOUND", { message: "permitsAfterIssue:errors.permitNotFound" });
    if (permit.status !== "ISSUED") throw new AppError("INVALID_STATE", { message: "permitsAfterIssue:errors.notIssued" });
    const inspectorKind = municipal && (await tx.permit.count({ where: { id: permit.id, ...municipal } })) > 0 ? "MUNICIPALITY" : "OFFICE";

    const inspection = await tx.permitInspection.create({
      data: {
        permitId: permit.id,
        stage: input.stage,
        inspectorKind,
        inspectorId: actor.userId,
        officeId: inspectorKind === "OFFICE" ? permit.officeId : null,
        result: input.result,
        notes: input.notes.trim() || null,
        latitude: input.latitude,
        longitude: input.longitude,
        accuracyM: input.accuracyM ?? null,
      },
      select: { id: true, recordedAt: true },
    });
    const photoIds = await storeFiles(tx, photos, { uploadedById: actor.userId, purpose: "PERMIT_INSPECTION_PHOTO" });
    await tx.storedFile.updateMany({ where: { id: { in: photoIds } }, data: { permitInspectionId: inspection.id } });
    await appendPermitHistory(tx, {
      permitId: permit.id,
      actorId: actor.userId,
      actorLabel: actor.label,
      actorRole: inspectorKind === "MUNICIPALITY" ? "FIELD_INSPECTOR" : "OFFICE_ENGINEER",
      event: `inspection.${input.stage}.${input.result}`,
      fromStatus: "ISSUED",
      toStatus: "ISSUED",
      note: input.notes.trim() || null,
    });
    await recordAudit(tx, actor, {
      action: "permits.inspection",
      entityType: "PermitInspection",
      entityId: inspection.id,
      municipalityId: permit.municipalityId,
      after: { permit: permit.number, stage: input.stage, result: input.result, inspectorKind, photos: photos.length, latitude: input.latitude, longitude: input.longitude, accuracyM: input.accuracyM ?? null },
    });
    await smsOwner(tx, permit.ownerId, "permitInspectionRecorded", { number: permit.number }, `permit-inspection:${inspection.id}`);
    return { id: inspection.id, permitNumber: permit.number, stage: input.stage, result: input.result, inspectorKind };
  },
});
