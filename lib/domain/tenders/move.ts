import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { AppError } from "@/lib/errors";
import type { TransitionResult } from "@/lib/kernel/workflow";
import type { TenderActivity } from "@/lib/domain/tenders/activities";

/**
 * A refused step as the person sees it. `afterDeadlineKey` names the time rule when the step is possible in this
 * state but not any more (editing after the offers deadline, opening after it) or not yet (closing before it).
 */
export function refusal(result: TransitionResult<string, string>, key: string): AppError {
  if (!result.ok && result.reason === "WRONG_ROLE") return new AppError("FORBIDDEN");
  return new AppError("INVALID_STATE", { message: key });
}

/** A municipality this officer publishes for (their scope), with a SADAD biller code (booklets are billed). */
export async function municipalityInScope(tx: Tx, actor: Actor, municipalityId: string): Promise<string> {
  const ids = await visibleMunicipalityIds(tx, actor);
  const m = ids.includes(municipalityId) ? await tx.municipality.findUnique({ where: { id: municipalityId }, select: { id: true, billerCode: true } }) : null;
  if (!m || !m.billerCode) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: "tenders:errors.chooseMunicipality" } });
  return m.id;
}

/**
 * One SMS to every subscriber of the activity (citizens and business owners who asked for it), in the
 * transaction that opens the tender or auction: no SMS for a step that rolled back, and one per person and
 * opening (dedupe key), whatever retries happen.
 */
export async function notifySubscribers(
  tx: Tx,
  what: { kind: "tender" | "auction"; id: string; number: string; titleAr: string; titleEn: string; activity: TenderActivity },
): Promise<number> {
  const subs = await tx.activitySubscription.findMany({ where: { activity: what.activity }, select: { userId: true } });
  if (subs.length === 0) return 0;
  const users = await tx.user.findMany({ where: { id: { in: subs.map((s) => s.userId) }, active: true }, select: { id: true, mobile: true, preferredLocale: true } });
  let sent = 0;
  for (const u of users) {
    const locale = u.preferredLocale;
    const ok = await enqueueSms(tx, {
      to: u.mobile,
      template: what.kind === "tender" ? "tenderOpened" : "auctionOpened",
      params: { number: what.number, title: locale === "ar" ? what.titleAr : what.titleEn },
      locale,
      dedupeKey: `${what.kind}-opened:${what.id}:${u.id}`,
    });
    if (ok) sent++;
  }
  return sent;
}
