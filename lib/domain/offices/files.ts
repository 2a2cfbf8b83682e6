import type { Tx } from "@/lib/db";
import type { CheckedUpload } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";

/** Accreditation documents: storeFiles (lib/kernel/store-files.ts) with their owner and purpose. Check first: checkUploads. */
export async function storeAccreditationDocuments(tx: Tx, uploads: CheckedUpload[], owner: { uploadedById: string; accreditationId: string }): Promise<void> {
  await storeFiles(tx, uploads, { ...owner, purpose: "ACCREDITATION" });
}
