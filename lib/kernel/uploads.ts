/**
 * Uploads, the part every area shares: the zod type of a file in a FormData (client-safe) and the check
 * of its bytes (real type, size) BEFORE anything is written. Storing them is store-files.ts (server only).
 */
import { z } from "@/lib/validation";
import { AppError } from "@/lib/errors";
import { safeFileName, validateUpload, type DetectedType, type UploadKind } from "@/lib/kernel/validate-upload";

/** An uploaded file as it reaches the server (a File/Blob from the browser's FormData). */
export const zUpload = z.custom<Blob>((v) => typeof Blob !== "undefined" && v instanceof Blob, { error: "validation:invalid" });

export type CheckedUpload = { bytes: Uint8Array; type: DetectedType; name: string };

/**
 * Reads and checks every uploaded file: one bad file refuses the whole request with a field error, and
 * the form keeps what the person typed. `perFile: true` names each refused file as `<field><i>` (its
 * 0-based position), so a form can mark exactly which one to replace; otherwise the error is on `field`.
 */
export async function checkUploads(files: Blob[], kind: UploadKind, field: string, opts: { perFile?: boolean } = {}): Promise<CheckedUpload[]> {
  const out: CheckedUpload[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = validateUpload(bytes, kind);
    if (!check.ok) {
      if (!opts.perFile) throw new AppError("VALIDATION", { fieldErrors: { [field]: check.error } });
      fieldErrors[`${field}${i}`] = check.error;
      continue;
    }
    const name = "name" in file && typeof file.name === "string" ? file.name : undefined;
    out.push({ bytes, type: check.type, name: safeFileName(name, check.type.ext) });
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError("VALIDATION", { fieldErrors });
  return out;
}
