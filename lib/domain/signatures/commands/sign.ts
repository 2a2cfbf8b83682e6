import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { base64url, canonicalJson } from "@/lib/domain/signatures/canonical";
import { signWith } from "@/lib/domain/signatures/keys";
import { decideSignature, positionRef } from "@/lib/domain/signatures/rules";
import { DOCUMENT_TYPES, isDocumentType, type DocumentTypeSpec } from "@/lib/domain/signatures/document-types";
import { ZSignDocument } from "@/lib/domain/signatures/schemas";
import { activeKeyOf, signerCapacities } from "@/lib/domain/signatures/signer";
import { AppError } from "@/lib/errors";

const REFUSAL = {
  complete: { code: "INVALID_STATE", message: "signatures:errors.complete" },
  alreadySigned: { code: "FORBIDDEN", message: "signatures:errors.alreadySigned" },
  outOfOrder: { code: "INVALID_STATE", message: "signatures:errors.outOfOrder" },
  notInChain: { code: "FORBIDDEN", message: "signatures:errors.notInChain" },
} as const;

/**
 * The signer approves the document's next step (issue 15): in their own capacity as the position's holder, or
 * as the delegate of its holder (recorded as such). The Ed25519 signature by the signer's own key covers the
 * document's canonical data and every signature before it (lib/domain/signatures/compact.ts). The last step
 * completes the document: only then is it issued in its signed form (and its type's `onComplete` runs: a building
 * permit becomes ISSUED, its owner is texted). The old `compact` is in the update's
 * where: of two signers racing for the same step one wins, the other gets CONFLICT and changes nothing.
 */
export const signDocument = defineCommand({
  name: "signatures.sign",
  permission: "signatures.sign",
  schema: ZSignDocument,
  async run(tx, actor, input) {
    const doc = await tx.signedDocument.findUnique({
      where: { id: input.documentId },
      select: { id: true, documentType: true, subjectId: true, municipalityId: true, positionIds: true, compact: true, status: true, signatures: { orderBy: { step: "asc" }, select: { signerId: true } } },
    });
    if (!doc) throw new AppError("NOT_FOUND");
    const now = new Date();
    const { holdings, delegations } = await signerCapacities(tx, actor.userId);
    const decision = decideSignature({ positionIds: doc.positionIds, signerIds: doc.signatures.map((s) => s.signerId), actorId: actor.userId, holdings, delegations, at: now });
    if (!decision.ok) {
      const r = REFUSAL[decision.reason];
      throw new AppError(r.code, { message: r.message });
    }
    const position = await tx.signingPosition.findUniqueOrThrow({ where: { id: decision.positionId }, select: { code: true, municipalityId: true } });
    const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: position.municipalityId }, select: { code: true } });
    const key = await activeKeyOf(tx, actor, actor.userId, now);
    const delegated = decision.capacity.kind === "delegate";
    const at = Math.floor(now.getTime() / 1000);
    const header = base64url(canonicalJson({ kid: key.kid, s: decision.step, pos: positionRef(municipality.code, position.code), at, ...(delegated ? { d: 1 } : {}) }));
    const input_ = `${doc.compact}.${header}`;
    const signature = signWith(key.privateSealed, input_);
    const complete = decision.step === doc.positionIds.length;
    const moved = await tx.signedDocument.updateMany({
      where: { id: doc.id, status: "PENDING", compact: doc.compact },
      data: { compact: `${input_}.${signature}`, ...(complete ? { status: "COMPLETE" as const, completedAt: now } : {}) },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", { message: "signatures:errors.conflict" });
    const delegation = decision.capacity.kind === "delegate" ? decision.capacity.delegation : null;
    await tx.documentSignature.create({
      data: {
        documentId: doc.id, step: decision.step, positionId: decision.positionId, signerId: actor.userId, kid: key.kid,
        delegationId: delegation?.id ?? null, onBehalfOfId: delegation?.delegatorId ?? null, header, signature, signedAt: new Date(at * 1000),
      },
    });
    await recordAudit(tx, actor, {
      action: complete ? "signatures.sign.complete" : "signatures.sign",
      entityType: "SignedDocument",
      entityId: doc.id,
      municipalityId: doc.municipalityId,
      after: { documentType: doc.documentType, subjectId: doc.subjectId, step: decision.step, kid: key.kid, position: position.code, delegationId: delegation?.id ?? null, onBehalfOf: delegation?.delegatorId ?? null },
    });
    // What the completed document does next (a building permit is issued by its last signature): same transaction.
    if (complete && isDocumentType(doc.documentType)) {
      const spec: DocumentTypeSpec = DOCUMENT_TYPES[doc.documentType];
      await spec.onComplete?.(tx, doc.subjectId, new Date(at * 1000));
    }
    return { step: decision.step, complete };
  },
});
