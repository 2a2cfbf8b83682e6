import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { documentCounts } from "@/lib/domain/licensing/completeness";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { assertEditable, loadOwnApplication } from "@/lib/domain/licensing/own";
import { DOC_PURPOSES, MAX_SHOP_PHOTOS, MIN_SHOP_PHOTOS, ZDocumentsStep } from "@/lib/domain/licensing/schemas";
import { AppError } from "@/lib/errors";

/**
 * Wizard step 2: the lease contract, the commercial registration copy and 1–5 shop photos. Every file
 * is checked by its bytes (type and size) BEFORE anything is written; a new lease or CR copy replaces
 * the stored one; removed photos are detached from the application (the audit row keeps their IDs).
 * The step is complete only when all three kinds are there.
 */
export const saveDocuments = defineCommand({
  name: "licensing.saveDocuments",
  permission: "licensing.apply",
  schema: ZDocumentsStep,
  async run(tx, actor, input) {
    const lease = await checkUploads(input.lease ? [input.lease] : [], "document", "lease");
    const crCopy = await checkUploads(input.crCopy ? [input.crCopy] : [], "document", "crCopy");
    const photos = await checkUploads(input.shopPhotos, "photo", "shopPhotos");

    const app = await loadOwnApplication(tx, actor, input.applicationId);
    assertEditable(app);

    // Only this application's own shop photos can be removed (the IDs are in the where).
    const removed = input.removeFileIds.length
      ? await tx.storedFile.updateMany({ where: { id: { in: input.removeFileIds }, applicationId: app.id, purpose: DOC_PURPOSES.shopPhotos }, data: { applicationId: null } })
      : { count: 0 };
    const replaced: Record<string, number> = {};
    if (lease.length) replaced.lease = (await tx.storedFile.updateMany({ where: { applicationId: app.id, purpose: DOC_PURPOSES.lease }, data: { applicationId: null } })).count;
    if (crCopy.length) replaced.crCopy = (await tx.storedFile.updateMany({ where: { applicationId: app.id, purpose: DOC_PURPOSES.crCopy }, data: { applicationId: null } })).count;

    const owner = { uploadedById: actor.userId, applicationId: app.id };
    const added = [
      ...(await storeFiles(tx, lease, { ...owner, purpose: DOC_PURPOSES.lease })),
      ...(await storeFiles(tx, crCopy, { ...owner, purpose: DOC_PURPOSES.crCopy })),
      ...(await storeFiles(tx, photos, { ...owner, purpose: DOC_PURPOSES.shopPhotos })),
    ];

    const counts = await documentCounts(tx, app.id);
    const missing: Record<string, string> = {};
    if (counts.lease < 1) missing.lease = "licensing:errors.leaseRequired";
    if (counts.crCopy < 1) missing.crCopy = "licensing:errors.crCopyRequired";
    if (counts.shopPhotos < MIN_SHOP_PHOTOS) missing.shopPhotos = "licensing:errors.photoRequired";
    if (counts.shopPhotos > MAX_SHOP_PHOTOS) missing.shopPhotos = `licensing:errors.tooManyPhotos?max=${MAX_SHOP_PHOTOS}`;
    // Refusing rolls the transaction back: nothing of this request is kept, the form keeps the files.
    if (Object.keys(missing).length) throw new AppError("VALIDATION", { fieldErrors: missing });

    const { count } = await tx.licenseApplication.updateMany({
      where: { id: app.id, applicantId: actor.userId, status: app.status },
      data: { draftStep: Math.max(app.draftStep, 3) },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "licensing:errors.conflict" });
    await recordAudit(tx, actor, {
      action: "licensing.draft.documents",
      entityType: "LicenseApplication",
      entityId: app.id,
      municipalityId: app.municipalityId,
      after: { added, removedPhotos: removed.count, replaced, removeFileIds: input.removeFileIds, counts },
    });
    return { applicationId: app.id, counts };
  },
});
