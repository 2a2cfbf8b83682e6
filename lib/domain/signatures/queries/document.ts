import "server-only";
import type { DbOrTx } from "@/lib/db";
import { verifyCompact, type VerifyOutcome } from "@/lib/domain/signatures/compact";
import type { DocumentType } from "@/lib/domain/signatures/document-types";
import { publishedKeySet } from "@/lib/domain/signatures/queries/jwks";

export type SignatureView = {
  step: number;
  position: { nameAr: string; nameEn: string } | null;
  signer: { nameAr: string; nameEn: string } | null;
  /** Set when the signer signed as the delegate of this holder. */
  onBehalfOf: { nameAr: string; nameEn: string } | null;
  signedAt: Date | null;
};

export type SignedDocumentView = {
  id: string;
  status: "PENDING" | "COMPLETE";
  compact: string;
  completedAt: Date | null;
  /** One row per chain step, signed or still waiting. */
  steps: SignatureView[];
  /** The compact form checked against the published keys (as the offline page and the CLI do). */
  verification: VerifyOutcome;
};

/** A document's signatures along its chain, for the certificate and the online verification page (public data). */
export async function signedDocumentOf(db: DbOrTx, type: DocumentType, subjectId: string): Promise<SignedDocumentView | null> {
  const doc = await db.signedDocument.findUnique({
    where: { documentType_subjectId: { documentType: type, subjectId } },
    select: { id: true, status: true, compact: true, completedAt: true, positionIds: true, signatures: { orderBy: { step: "asc" }, select: { step: true, signerId: true, onBehalfOfId: true, signedAt: true } } },
  });
  if (!doc) return null;
  const userIds = doc.signatures.flatMap((s) => [s.signerId, s.onBehalfOfId]).filter((x): x is string => !!x);
  const [positions, users, keySet] = await Promise.all([
    db.signingPosition.findMany({ where: { id: { in: doc.positionIds } }, select: { id: true, titleAr: true, titleEn: true } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, nameAr: true, nameEn: true } }),
    publishedKeySet(db),
  ]);
  const pos = new Map(positions.map((p) => [p.id, { nameAr: p.titleAr, nameEn: p.titleEn }]));
  const person = new Map(users.map((u) => [u.id, { nameAr: u.nameAr, nameEn: u.nameEn }]));
  const steps = doc.positionIds.map((positionId, i): SignatureView => {
    const s = doc.signatures.find((x) => x.step === i + 1);
    return {
      step: i + 1,
      position: pos.get(positionId) ?? null,
      signer: s ? person.get(s.signerId) ?? null : null,
      onBehalfOf: s?.onBehalfOfId ? person.get(s.onBehalfOfId) ?? null : null,
      signedAt: s?.signedAt ?? null,
    };
  });
  return { id: doc.id, status: doc.status, compact: doc.compact, completedAt: doc.completedAt, steps, verification: await verifyCompact(doc.compact, keySet) };
}
