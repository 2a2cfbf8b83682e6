import "server-only";
import type { Tx } from "@/lib/db";
import type { CheckedUpload } from "@/lib/kernel/uploads";
import { afterCommit } from "@/lib/kernel/transaction";
import { fileStore, keyForHash, sha256Hex } from "@/lib/storage/file-store";

/** Who a stored file belongs to: exactly the StoredFile columns that attach it (one owner id set). */
export type FileOwner = {
  uploadedById: string | null;
  purpose?: string;
  violationId?: string;
  objectionId?: string;
  applicationId?: string;
  inspectionId?: string;
  complaintId?: string;
  complaintEventId?: string;
  accreditationId?: string;
  permitId?: string;
  permitStepId?: string;
  permitInspectionId?: string;
  tenderId?: string;
};

/**
 * The one way to keep uploaded files: a StoredFile row per checked upload (checkUploads first) inside
 * the caller's transaction, and the bytes written to the content-addressed store AFTER the transaction
 * commits. A rolled-back transaction therefore leaves neither a row nor a file; the key is known
 * before the write because it is the SHA-256 of the bytes. Returns the new rows' ids, in order.
 */
export async function storeFiles(tx: Tx, uploads: CheckedUpload[], owner: FileOwner): Promise<string[]> {
  const ids: string[] = [];
  for (const u of uploads) {
    const sha256 = sha256Hex(u.bytes);
    const row = await tx.storedFile.create({
      data: {
        storageKey: keyForHash(sha256),
        sha256,
        mime: u.type.mime,
        sizeBytes: u.bytes.byteLength,
        originalName: u.name,
        ...owner,
      },
      select: { id: true },
    });
    ids.push(row.id);
    afterCommit(tx, async () => {
      await fileStore().put(u.bytes, { mime: u.type.mime, originalName: u.name });
    });
  }
  return ids;
}

/** The columns a file download needs (lib/domain/files/access.ts and each area's read rule select them). */
export const readableFileSelect = { id: true, storageKey: true, sha256: true, mime: true, originalName: true, sizeBytes: true } as const;
export type ReadableFile = { id: string; storageKey: string; sha256: string; mime: string; originalName: string; sizeBytes: number };
