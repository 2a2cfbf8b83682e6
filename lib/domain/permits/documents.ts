import type { UploadKind } from "@/lib/kernel/validate-upload";

/**
 * What each document purpose of a permit accepts (the required purposes per kind are data: PermitKind.requiredDocuments).
 * Drawings and plans must be PDFs; the deed, the survey report and the owner's ID may also be scans (images).
 */
export const PERMIT_DOCUMENT_PURPOSES = ["DEED", "SURVEY_REPORT", "ARCH_DRAWINGS", "STRUCT_DRAWINGS", "DEMOLITION_PLAN", "OWNER_ID"] as const;
export type PermitDocumentPurpose = (typeof PERMIT_DOCUMENT_PURPOSES)[number];

export const PDF_ONLY: ReadonlySet<PermitDocumentPurpose> = new Set(["ARCH_DRAWINGS", "STRUCT_DRAWINGS", "DEMOLITION_PLAN"]);

export const uploadKindOf = (_p: PermitDocumentPurpose): UploadKind => "document";

export function isDocumentPurpose(p: string): p is PermitDocumentPurpose {
  return (PERMIT_DOCUMENT_PURPOSES as readonly string[]).includes(p);
}
