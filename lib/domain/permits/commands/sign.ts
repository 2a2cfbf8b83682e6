import "server-only";
import { randomBytes } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { signatoryScope } from "@/lib/domain/permits/access";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { ZPermitStep } from "@/lib/domain/permits/schemas";
import { AppError } from "@/lib/errors";

const addMonths = (d: Date, months: number) => {
  const out = new Date(d);
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
};

/**
 * The authorized signatory issues an approved and paid permit: ISSUED, with its validity (the kind's months) and
 * a random verification code (the certificate's QR: /verify/permit/<code>, not guessable from the number).
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
    const now = new Date();
    const verifyCode = randomBytes(12).toString("base64url");
    await movePermit(tx, actor, p, {
      event: "issue",
      role: "PERMITS_SIGNATORY",
      now,
      data: { issuedAt: now, expiresAt: addMonths(now, p.kind.validityMonths), signedById: actor.userId, verifyCode },
    });
    await textOwner(tx, p, "permitIssued", () => ({ number: p.number }), now);
    return { permitId: p.id, verifyCode };
  },
});
