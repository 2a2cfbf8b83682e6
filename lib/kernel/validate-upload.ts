/**
 * Checks an uploaded file before anything is stored: its real type from its first bytes (the
 * browser's type and the file name are claims, not facts) and its size. Used by every area that
 * accepts files (violation photos, objection documents, license and complaint attachments).
 * Pure: no I/O. Errors are message keys in the `validation` namespace.
 */
export type UploadKind = "photo" | "document";
export type DetectedType = { mime: "image/jpeg" | "image/png" | "image/webp" | "application/pdf"; ext: "jpg" | "png" | "webp" | "pdf" };

export const MAX_BYTES: Record<UploadKind, number> = {
  photo: 5 * 1024 * 1024,
  document: 10 * 1024 * 1024,
};

const ALLOWED: Record<UploadKind, DetectedType["mime"][]> = {
  photo: ["image/jpeg", "image/png", "image/webp"],
  document: ["application/pdf", "image/jpeg", "image/png", "image/webp"],
};

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);

/** The type from the magic bytes, or null when it is none we accept. */
export function detectType(b: Uint8Array): DetectedType | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: "image/webp", ext: "webp" };
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: "application/pdf", ext: "pdf" }; // %PDF-
  return null;
}

export type UploadCheck = { ok: true; type: DetectedType } | { ok: false; error: string };

export function validateUpload(bytes: Uint8Array, kind: UploadKind): UploadCheck {
  if (bytes.byteLength === 0) return { ok: false, error: "validation:fileEmpty" };
  const max = MAX_BYTES[kind];
  if (bytes.byteLength > max) return { ok: false, error: `validation:fileTooLarge?maxMb=${max / 1024 / 1024}` };
  const type = detectType(bytes);
  if (!type || !ALLOWED[kind].includes(type.mime)) {
    return { ok: false, error: kind === "photo" ? "validation:fileTypePhoto" : "validation:fileTypeDocument" };
  }
  return { ok: true, type };
}

/** A safe display name: no directories, no control characters, at most 120 characters. */
export function safeFileName(name: string | undefined, fallbackExt: string): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 120);
  return cleaned || `file.${fallbackExt}`;
}
