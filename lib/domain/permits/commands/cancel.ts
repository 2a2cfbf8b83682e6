import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { defineCommand } from "@/lib/domain/command";
import { signatoryScope } from "@/lib/domain/permits/access";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { ZCancelPermit, ZDeclinePermitCancel } from "@/lib/domain/permits/schemas";
import { AppError } from "@/lib/errors";

/** The permit as the signatory of its municipality may act on it; the version the page showed must still hold. */
async function loadSignatoryPermit(tx: Tx, actor: Actor, input: { permitId: string; version: number }) {
  const p = await tx.permit.findFirst({
    where: { id: input.permitId, ...signatoryScope(actor) },
    select: { id: true, number: true, status: true, version: true, municipalityId: true, ownerId: true, cancelRequestedAt: true },
  });
  if (!p) throw new AppError("NOT_FOUND");
  if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
  return p;
}

/**
 * The municipality cancels an issued building permit (ISSUED → CANCELLED): at the owner's request, for a
 * breach of its conditions, untrue documents, or an order of a competent authority. The authorized signatory of
 * the permit's municipality — the role that issues permits — takes the step, with a ground and the reasons the
 * owner reads on their permit page. In the one transaction:
 *   - the permit moves with its version in the WHERE (a permit inspected or certified meanwhile is a CONFLICT:
 *     the after-issue commands bump the same version), with its timeline row and audit row (movePermit);
 *   - the certificates issued on it (thermal insulation …) stop being valid with it: the electricity company's
 *     search and their verification pages say CANCELLED from then on;
 *   - the owner gets an SMS.
 * The after-issue services (inspections, certificates) accept only an ISSUED permit, so nothing more can be done
 * on it. A completed building (COMPLETED) is not cancelled here: its completion certificate is final.
 * The owner's online request (permits.requestCancel) is answered by this step or by declineCancel below. Decision 051.
 */
export const cancelPermit = defineCommand({
  name: "permits.sign.cancel",
  permission: "permits.sign",
  schema: ZCancelPermit,
  async run(tx, actor, input) {
    const p = await loadSignatoryPermit(tx, actor, input);
    const now = new Date();
    const reason = input.reason.trim();
    await movePermit(tx, actor, p, {
      event: "cancel",
      role: "PERMITS_SIGNATORY",
      ctx: { cancelRequested: p.cancelRequestedAt !== null },
      note: reason,
      now,
      data: { cancelledAt: now, cancelGround: input.ground, cancelReason: reason },
    });
    const certificates = await tx.permitCertificate.updateMany({
      where: { permitId: p.id, cancelledAt: null },
      data: { cancelledAt: now, cancelReason: `permit ${p.number} cancelled (${input.ground})` },
    });
    await textOwner(tx, p, "permitCancelled", () => ({ number: p.number }), now);
    return { permitId: p.id, status: "CANCELLED" as const, certificatesCancelled: certificates.count };
  },
});

/** The signatory declines the owner's cancellation request with reasons: the permit stays ISSUED, the owner may ask again. */
export const declinePermitCancellation = defineCommand({
  name: "permits.sign.declineCancel",
  permission: "permits.sign",
  schema: ZDeclinePermitCancel,
  async run(tx, actor, input) {
    const p = await loadSignatoryPermit(tx, actor, input);
    const now = new Date();
    await movePermit(tx, actor, p, {
      event: "declineCancel",
      role: "PERMITS_SIGNATORY",
      ctx: { cancelRequested: p.cancelRequestedAt !== null },
      note: input.reason.trim(),
      now,
      data: { cancelRequestedAt: null, cancelRequestReason: null },
    });
    await textOwner(tx, p, "permitCancelDeclined", () => ({ number: p.number }), now);
    return { permitId: p.id, status: "ISSUED" as const };
  },
});
