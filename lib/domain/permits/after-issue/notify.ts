import "server-only";
import type { Tx } from "@/lib/db";
import { enqueueSms, type SmsTemplate } from "@/lib/domain/notifications/outbox";
import type { Lang } from "@/lib/i18n/settings";

/** One SMS to the permit's owner, in the owner's language, inside the caller's transaction (outbox). */
export async function smsOwner(tx: Tx, ownerId: string, template: SmsTemplate, params: Record<string, string>, dedupeKey: string): Promise<void> {
  const owner = await tx.user.findUniqueOrThrow({ where: { id: ownerId }, select: { mobile: true, preferredLocale: true } });
  await enqueueSms(tx, { to: owner.mobile, template, params, locale: owner.preferredLocale as Lang, dedupeKey });
}

/** Appends one row to the permit's timeline (append-only: a trigger refuses UPDATE and DELETE). */
export async function appendPermitHistory(
  tx: Tx,
  row: { permitId: string; actorId: string | null; actorLabel: string; actorRole: string; event: string; fromStatus: "ISSUED" | "COMPLETED"; toStatus: "ISSUED" | "COMPLETED"; note?: string | null },
): Promise<void> {
  await tx.permitHistory.create({ data: { ...row, note: row.note ?? null } });
}
