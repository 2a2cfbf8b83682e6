import type { Tx } from "@/lib/db";
import type { CheckedUpload } from "@/lib/domain/violations/files";
import { fileStore } from "@/lib/storage/file-store";

export { checkUploads } from "@/lib/domain/violations/files";

/**
 * Stores checked files (content-addressed blobs, see lib/storage/file-store.ts) as an application's
 * documents with their purpose (LEASE, CR_COPY, SHOP_PHOTO). Call checkUploads on every file first:
 * nothing is written when one of them is refused.
 */
export async function storeApplicationFiles(
  tx: Tx,
  uploads: CheckedUpload[],
  owner: { uploadedById: string; applicationId: string; purpose: string },
): Promise<string[]> {
  const ids: string[] = [];
  for (const u of uploads) {
    const put = await fileStore().put(u.bytes, { mime: u.type.mime, originalName: u.name });
    const row = await tx.storedFile.create({
      data: {
        storageKey: put.key,
        sha256: put.sha256,
        mime: u.type.mime,
        sizeBytes: put.size,
        originalName: u.name,
        uploadedById: owner.uploadedById,
        applicationId: owner.applicationId,
        purpose: owner.purpose,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

/** How many documents of each purpose an application holds. */
export async function documentCounts(tx: Tx, applicationId: string): Promise<{ lease: number; crCopy: number; shopPhotos: number }> {
  const rows = await tx.storedFile.groupBy({ by: ["purpose"], where: { applicationId }, _count: { _all: true } });
  const n = (p: string) => rows.find((r) => r.purpose === p)?._count._all ?? 0;
  return { lease: n("LEASE"), crCopy: n("CR_COPY"), shopPhotos: n("SHOP_PHOTO") };
}
