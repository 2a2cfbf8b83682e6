import type { Tx } from "@/lib/db";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import type { Lang } from "@/lib/i18n/settings";
import { localName } from "@/lib/kernel/locale";

/** States in which an owner may move a permit away from a suspended office (the workflow's `reassign`). */
const OFFERED = ["DRAFT", "IN_REVIEW", "RETURNED"] as const;

/**
 * The office's accreditation was suspended (or revoked): each open permit it holds is offered to its owner (SMS),
 * like licensing's applications. Called from the offices area's offerReassignment.
 */
export async function offerPermitReassignment(tx: Tx, office: { id: string; nameAr: string; nameEn: string }, now: Date): Promise<number> {
  const permits = await tx.permit.findMany({
    where: { officeId: office.id, status: { in: [...OFFERED] }, reassignOfferedAt: null },
    select: { id: true, number: true, owner: { select: { mobile: true, preferredLocale: true } } },
  });
  if (permits.length === 0) return 0;
  await tx.permit.updateMany({ where: { id: { in: permits.map((p) => p.id) }, reassignOfferedAt: null }, data: { reassignOfferedAt: now } });
  for (const p of permits) {
    const locale = p.owner.preferredLocale as Lang;
    await enqueueSms(tx, { to: p.owner.mobile, template: "permitReassignOffer", locale, params: { number: p.number, office: localName(locale, office) }, dedupeKey: `permit-reassign-offer:${p.id}:${now.getTime()}` });
  }
  return permits.length;
}

/** The office is active again: its permits are no longer offered for reassignment. */
export async function withdrawPermitReassignmentOffers(tx: Tx, officeId: string): Promise<number> {
  return (await tx.permit.updateMany({ where: { officeId, reassignOfferedAt: { not: null } }, data: { reassignOfferedAt: null } })).count;
}
