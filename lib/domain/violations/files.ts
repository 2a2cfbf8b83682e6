import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeFileName, validateUpload, type DetectedType, type UploadKind } from "@/lib/domain/files/validate-upload";
import { fileStore } from "@/lib/storage/file-store";

export type CheckedUpload = { bytes: Uint8Array; type: DetectedType; name: string };

/**
 * Reads and checks every uploaded file BEFORE anything is written (database or disk): one bad file
 * refuses the whole request with a field error, and the form keeps what the person typed.
 */
export async function checkUploads(files: Blob[], kind: UploadKind, field: string): Promise<CheckedUpload[]> {
  const out: CheckedUpload[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = validateUpload(bytes, kind);
    if (!check.ok) throw new AppError("VALIDATION", { fieldErrors: { [field]: check.error } });
    const name = "name" in file && typeof file.name === "string" ? file.name : undefined;
    out.push({ bytes, type: check.type, name: safeFileName(name, check.type.ext) });
  }
  return out;
}

/**
 * Stores checked files (content-addressed blobs) and their StoredFile rows, attached to a violation
 * or an objection. The blob is content-addressed: the same photo uploaded twice is stored once on disk
 * and has two rows with the same storageKey.
 */
export async function storeUploads(
  tx: Tx,
  uploads: CheckedUpload[],
  owner: { uploadedById: string; violationId?: string; objectionId?: string },
): Promise<void> {
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
        violationId: owner.violationId ?? null,
        objectionId: owner.objectionId ?? null,
      },
    });
  }
}
