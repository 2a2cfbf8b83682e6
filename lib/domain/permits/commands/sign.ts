import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { signatoryScope } from "@/lib/domain/permits/access";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { addMonths } from "@/lib/domain/permits/signatures/dates";
import { ZPermitStep } from "@/lib/domain/permits/schemas";
import { hasSigningChain, requestSignatures } from "@/lib/domain/signatures/request";
import { AppError } from "@/lib/errors";

/**
 * The authorized signatory issues an approved and paid permit, with a random verification code (the certificate's
 * QR: /verify/permit/<code>, not guessable from the number).
 *  - The municipality has a signing chain for building permits (issue 15, docs/decisions/025-permit-signatures.md): the
 *    decision opens the chain and the permit stays AWAITING_SIGNATURE ("issue" on the timeline, in signing); the
 *    chain's last signature issues it (lib/domain/permits/signatures/on-signed.ts), validity counted from then.
 *    A second decision while the chain runs is refused.
 *  - No chain: ISSUED at once, with its validity (the kind's months), as before.
 */
export const issuePermit = defineCommand({
  name: "permits.sign.issue",
  permission: "permits.sign",
  schema: ZPermitStep,
  async run(tx, actor, input) {
    const p = await tx.permit.findFirst({
      where: { id: input.permitId, ...signatoryScope(actor) },
      select: { id: true, number: true, status: true, version: true, municipalityId: true, ownerId: true, kind: { select: { validityMonths: true } } },
    });
    if (!p) throw new AppError("NOT_FOUND");
    if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
    const inSigning = await tx.signedDocument.count({ where: { documentType: "BUILDING_PERMIT", subjectId: p.id } });
    if (inSigning > 0) throw new AppError("INVALID_STATE", { message: "permits:errors.inSigning" });
    const now = new Date();
    const verifyCode = randomBytes(12).toString("base64url");
    const signingChain = p.status === "AWAITING_SIGNATURE" && (await hasSigningChain(tx, "BUILDING_PERMIT", p.municipalityId));
    await movePermit(tx, actor, p, {
      event: "issue",
      role: "PERMITS_SIGNATORY",
      ctx: { signingChain },
      now,
      data: signingChain ? { signedById: actor.userId, verifyCode } : { issuedAt: now, expiresAt: addMonths(now, p.kind.validityMonths), signedById: actor.userId, verifyCode },
    });
    if (signingChain) {
      const requested = await requestSignatures(tx, actor, "BUILDING_PERMIT", p.id);
      if (!requested) throw new AppError("INVALID_STATE", { message: "permits:errors.notAllowedNow" });
      return { permitId: p.id, verifyCode, signing: true as boolean };
    }
    await textOwner(tx, p, "permitIssued", () => ({ number: p.number }), now);
    return { permitId: p.id, verifyCode, signing: false as boolean };
  },
});
