import "server-only";
import { db } from "@/lib/db";
import { signedDocumentOf, type SignedDocumentView } from "@/lib/domain/signatures/queries/document";

/**
 * The license certificate's signatures (public data: who signed, when, in which capacity). Callers have already
 * scoped the license (the holder's certificate page) or found it by its unguessable verification code (the QR page).
 */
export async function licenseCertificateSignatures(licenseId: string): Promise<SignedDocumentView | null> {
  return signedDocumentOf(db, "LICENSE_CERTIFICATE", licenseId);
}

