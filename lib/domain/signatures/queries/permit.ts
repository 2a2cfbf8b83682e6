import "server-only";
import { db } from "@/lib/db";
import { signedDocumentOf, type SignedDocumentView } from "@/lib/domain/signatures/queries/document";

/**
 * The building permit's and the completion certificate's signatures (public data: who signed, when, in which
 * capacity; docs/decisions/025-permit-signatures.md). Callers have already scoped the permit (the owner's pages, the
 * staff pages) or hold its unguessable verification code (the QR pages).
 */
export async function permitSignatures(permitId: string): Promise<SignedDocumentView | null> {
  return signedDocumentOf(db, "BUILDING_PERMIT", permitId);
}

const CODE = /^[A-Za-z0-9_-]{10,24}$/;

export async function permitSignaturesByCode(verifyCode: string): Promise<SignedDocumentView | null> {
  if (!CODE.test(verifyCode)) return null;
  const p = await db.permit.findUnique({ where: { verifyCode }, select: { id: true } });
  return p ? signedDocumentOf(db, "BUILDING_PERMIT", p.id) : null;
}

export async function completionCertificateSignatures(certificateId: string): Promise<SignedDocumentView | null> {
  return signedDocumentOf(db, "COMPLETION_CERTIFICATE", certificateId);
}

export async function completionCertificateSignaturesByCode(verifyCode: string): Promise<SignedDocumentView | null> {
  if (!CODE.test(verifyCode)) return null;
  const c = await db.permitCertificate.findUnique({ where: { verifyCode }, select: { id: true, type: true } });
  return c && c.type === "COMPLETION" ? signedDocumentOf(db, "COMPLETION_CERTIFICATE", c.id) : null;
}
