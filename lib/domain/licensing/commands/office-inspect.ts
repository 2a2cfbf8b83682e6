import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { checklistFor, evaluateChecklist } from "@/lib/domain/licensing/checklists";
import { moveApplication } from "@/lib/domain/licensing/move";
import { ZRecordInspection } from "@/lib/domain/licensing/office-schemas";
import { loadOfficeApplication } from "@/lib/domain/licensing/office-step";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { applicationWorkflow } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import { createI18n } from "@/lib/i18n/instance";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The office's technical inspector records the field visit from a phone at the shop: the activity's
 * checklist (every item answered), notes, 1–5 photos (checked by their bytes before anything is
 * written) and where the visit was recorded. Every item met → inspectPass (to the health review for a
 * health license, else to the manager); any item not met → inspectFail: back to the citizen with the
 * failed items, in the citizen's language, as the note.
 */
export const officeRecordInspection = defineCommand({
  name: "licensing.office.recordInspection",
  permission: "licensing.office.inspect",
  schema: ZRecordInspection,
  async run(tx, actor, input) {
    const photos = await checkUploads(input.photos, "photo", "photos");
    const app = await loadOfficeApplication(tx, actor, input.applicationId);
    if (!applicationWorkflow.fromStates("inspectPass").includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notAllowedNow" });

    const items = checklistFor(app.activityGroupEn, app.kind === "HEALTH");
    const check = evaluateChecklist(items, input.answers);
    if (!check.ok) {
      throw new AppError("VALIDATION", { fieldErrors: { answers: `licensingOffice:errors.answerAll?n=${check.missing.length || check.unknown.length}` } });
    }

    const applicant = await tx.user.findUniqueOrThrow({ where: { id: app.applicantId }, select: { preferredLocale: true } });
    const t = createI18n(applicant.preferredLocale as Lang).t as unknown as (k: string, o?: object) => string;
    const notes = input.notes.trim();
    const note =
      check.result === "PASS"
        ? notes || null
        : [t("licensingOffice:inspect.failedItemsNote", { items: check.failed.map((k) => t(`licensingOffice:checklist.${k}`)).join("، ") }), notes].filter(Boolean).join("\n");

    // The move first: it takes the row (optimistic lock), so a second inspector's concurrent visit gets CONFLICT and writes nothing.
    const status = await moveApplication(tx, actor, app, { event: check.result === "PASS" ? "inspectPass" : "inspectFail", role: "OFFICE_TECH_INSPECTOR", note });
    const recordedAt = new Date();
    const inspection = await tx.inspection.create({
      data: {
        applicationId: app.id,
        inspectorId: actor.userId,
        result: check.result,
        checklist: check.entries,
        notes: notes || null,
        latitude: input.latitude,
        longitude: input.longitude,
        accuracyM: input.accuracyM ?? null,
        recordedAt,
      },
      select: { id: true },
    });
    await storeFiles(tx, photos, { uploadedById: actor.userId, purpose: "INSPECTION_PHOTO", inspectionId: inspection.id });
    await recordAudit(tx, actor, {
      action: "licensing.inspection",
      entityType: "Inspection",
      entityId: inspection.id,
      municipalityId: app.municipalityId,
      after: { applicationId: app.id, result: check.result, failed: check.failed, photos: photos.length, latitude: input.latitude, longitude: input.longitude, accuracyM: input.accuracyM ?? null },
    });
    return { id: app.id, number: app.number, status, inspectionId: inspection.id, result: check.result, failed: check.failed };
  },
});
