import type { DbOrTx, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { encodePayload } from "@/lib/domain/signatures/canonical";
import { DOCUMENT_TYPES, type DocumentType } from "@/lib/domain/signatures/document-types";
import { positionRef } from "@/lib/domain/signatures/rules";
import type { AnyActor } from "@/lib/auth/actor";

/**
 * Opens a document's signing along its municipality's chain for its type, in the caller's transaction (the
 * license's issuance, a decision). No chain configured for that type and municipality: nothing happens and the
 * document stays as it was before signatures existed (returns null). Idempotent per (type, subject).
 * The chain's positions are frozen into the request and into the signed data (`ch`).
 */
export async function requestSignatures(tx: Tx, actor: AnyActor, type: DocumentType, subjectId: string): Promise<{ id: string } | null> {
  const existing = await tx.signedDocument.findUnique({ where: { documentType_subjectId: { documentType: type, subjectId } }, select: { id: true } });
  if (existing) return existing;
  const doc = await DOCUMENT_TYPES[type].load(tx, subjectId);
  if (!doc) return null;
  const chain = await tx.signingChain.findUnique({
    where: { documentType_municipalityId: { documentType: type, municipalityId: doc.municipalityId } },
    select: { id: true, steps: { orderBy: { step: "asc" }, select: { position: { select: { id: true, code: true, municipalityId: true } } } } },
  });
  if (!chain || chain.steps.length === 0) return null;
  const municipalities = await tx.municipality.findMany({ where: { id: { in: chain.steps.map((s) => s.position.municipalityId) } }, select: { id: true, code: true } });
  const codeOf = new Map(municipalities.map((m) => [m.id, m.code]));
  const ch = chain.steps.map((s) => positionRef(codeOf.get(s.position.municipalityId)!, s.position.code));
  const payload = encodePayload({ t: type, ...doc.data, ch });
  const created = await tx.signedDocument.create({
    data: { documentType: type, subjectId, municipalityId: doc.municipalityId, chainId: chain.id, positionIds: chain.steps.map((s) => s.position.id), payload, compact: `AMS1.${payload}` },
    select: { id: true },
  });
  await recordAudit(tx, actor, { action: "signatures.request", entityType: "SignedDocument", entityId: created.id, municipalityId: doc.municipalityId, after: { documentType: type, subjectId, chain: ch } });
  return created;
}

/** Whether documents of this type in this municipality are signed along a chain (one with at least one step). */
export async function hasSigningChain(tx: DbOrTx, type: DocumentType, municipalityId: string): Promise<boolean> {
  const chain = await tx.signingChain.findUnique({ where: { documentType_municipalityId: { documentType: type, municipalityId } }, select: { _count: { select: { steps: true } } } });
  return (chain?._count.steps ?? 0) > 0;
}
