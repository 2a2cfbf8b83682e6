import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { safeFileName, validateUpload } from "@/lib/domain/files/validate-upload";
import type { CheckedUpload } from "@/lib/domain/violations/files";
import { fileStore } from "@/lib/storage/file-store";

export type { CheckedUpload };

/**
 * Reads and checks every photo BEFORE anything is written (database or disk). Every refused photo is
 * named: the field error `photo<i>` (0-based position in the list the person sent) carries the reason,
 * so the form marks exactly which photo to replace and keeps everything else the person typed.
 */
export async function checkComplaintPhotos(files: Blob[], field = "photo"): Promise<CheckedUpload[]> {
  const out: CheckedUpload[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = validateUpload(bytes, "photo");
    if (!check.ok) {
      fieldErrors[`${field}${i}`] = check.error;
      continue;
    }
    const name = "name" in file && typeof file.name === "string" ? file.name : undefined;
    out.push({ bytes, type: check.type, name: safeFileName(name, check.type.ext) });
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
  return out;
}

/** Stores checked photos (content-addressed blobs) with their rows, attached to a complaint or one of its events. */
export async function storeComplaintPhotos(
  tx: Tx,
  uploads: CheckedUpload[],
  owner: { uploadedById: string | null; complaintId?: string; complaintEventId?: string; purpose: "COMPLAINT_PHOTO" | "RESOLUTION_PHOTO" },
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
        complaintId: owner.complaintId ?? null,
        complaintEventId: owner.complaintEventId ?? null,
        purpose: owner.purpose,
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}
