import type { Tx } from "@/lib/db";
import type { CheckedUpload } from "@/lib/domain/violations/files";
import { fileStore } from "@/lib/storage/file-store";

/** Stores checked accreditation documents (content-addressed blobs + StoredFile rows). Check first: checkUploads. */
export async function storeAccreditationDocuments(tx: Tx, uploads: CheckedUpload[], owner: { uploadedById: string; accreditationId: string }): Promise<void> {
  for (const u of uploads) {
    const put = await fileStore().put(u.bytes, { mime: u.type.mime, originalName: u.name });
    await tx.storedFile.create({
      data: {
        storageKey: put.key,
        sha256: put.sha256,
        mime: u.type.mime,
        sizeBytes: put.size,
        originalName: u.name,
        uploadedById: owner.uploadedById,
        accreditationId: owner.accreditationId,
        purpose: "ACCREDITATION",
      },
    });
  }
}
