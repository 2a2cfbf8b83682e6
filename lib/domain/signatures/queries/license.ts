import "server-only";
import { db } from "@/lib/db";
import { signedDocumentOf, type SignedDocumentView } from "@/lib/domain/signatures/queries/document";

/**
 * The license certificate's signatures (public data: who signed, when, in which capacity). Callers have already
 * scoped the license (the holder's certificate page) or hold its unguessable verification code (the QR page).
 */
export async function licenseCertificateSignatures(licenseId: string): Promise<SignedDocumentView | null> {
  return signedDocumentOf(db, "LICENSE_CERTIFICATE", licenseId);
}

export async function licenseCertificateSignaturesByCode(verifyCode: string): Promise<SignedDocumentView | null> {
  if (!/^[A-Za-z0-9_-]{8,24}$/.test(verifyCode)) return null;
  const l = await db.license.findUnique({ where: { verifyCode }, select: { id: true } });
  return l ? signedDocumentOf(db, "LICENSE_CERTIFICATE", l.id) : null;
}
