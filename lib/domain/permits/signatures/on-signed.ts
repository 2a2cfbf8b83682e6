import type { Tx } from "@/lib/db";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import type { Lang } from "@/lib/i18n/settings";
import { addMonths } from "@/lib/domain/permits/signatures/dates";

/**
 * What happens when a permit document's signing chain completes (issue 15; docs/decisions/025-permit-signatures.md),
 * inside the last signer's transaction (lib/domain/signatures/commands/sign.ts → the type's `onComplete`).
 */
const SYSTEM = { system: "signatures" } as const;

/**
 * The building permit (any kind: new building, demolition, restoration) is issued by its last signature:
 * AWAITING_SIGNATURE → ISSUED (the timeline's "signed" row), its validity counted from that signature, and the
 * owner is texted that the signed permit is ready. Already issued (or no longer awaiting): nothing happens.
 */
export async function permitSigned(tx: Tx, permitId: string, at: Date): Promise<void> {
  const p = await tx.permit.findUnique({ where: { id: permitId }, select: { id: true, number: true, status: true, version: true, municipalityId: true, ownerId: true, kind: { select: { validityMonths: true } } } });
  if (!p || p.status !== "AWAITING_SIGNATURE") return;
  await movePermit(tx, SYSTEM, p, { event: "signed", role: "SYSTEM", now: at, data: { issuedAt: at, expiresAt: addMonths(at, p.kind.validityMonths) } });
  await textOwner(tx, p, "permitCertificateSigned", () => ({ number: p.number }), at);
}

/** The building completion certificate's chain completed: the owner is texted that its signed form is ready. */
export async function completionCertificateSigned(tx: Tx, certificateId: string): Promise<void> {
  const c = await tx.permitCertificate.findUnique({ where: { id: certificateId }, select: { id: true, number: true, cancelledAt: true, permit: { select: { number: true, ownerId: true } } } });
  if (!c || c.cancelledAt) return;
  const owner = await tx.user.findUniqueOrThrow({ where: { id: c.permit.ownerId }, select: { mobile: true, preferredLocale: true } });
  await enqueueSms(tx, { to: owner.mobile, template: "permitCompletionSigned", params: { number: c.permit.number, certificate: c.number }, locale: owner.preferredLocale as Lang, dedupeKey: `permit-certificate-signed:${c.id}` });
}
