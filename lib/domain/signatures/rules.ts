/**
 * The chain rules, pure (issue 15; docs/decisions/022-signatures-and-keys.md):
 *  - steps are signed in order: only the NEXT step's position may sign;
 *  - the signer is the position's holder at that moment, or the delegate of an active, unrevoked delegation of
 *    that position whose window contains the moment (the delegate signs in the position's capacity);
 *  - one person signs a document once, even when they hold (or stand in for) several of its positions.
 */
export type Holding = { positionId: string; since: Date; until: Date | null };
export type Delegation = { id: string; positionId: string; delegatorId: string; startsAt: Date; endsAt: Date; revokedAt: Date | null };
export type Capacity = { kind: "holder" } | { kind: "delegate"; delegation: Delegation };

/** The longest delegation: a deputy stands in while the holder is away, not for good. */
export const MAX_DELEGATION_DAYS = 90;

export function delegationActive(d: Delegation, at: Date): boolean {
  return d.revokedAt === null && d.startsAt <= at && at < d.endsAt;
}

/** In which capacity (if any) a person with these holdings and delegations signs for `positionId` at `at`. */
export function capacityFor(positionId: string, at: Date, holdings: readonly Holding[], delegations: readonly Delegation[]): Capacity | null {
  if (holdings.some((h) => h.positionId === positionId && h.since <= at && (h.until === null || at < h.until))) return { kind: "holder" };
  const delegation = delegations.find((d) => d.positionId === positionId && delegationActive(d, at));
  return delegation ? { kind: "delegate", delegation } : null;
}

export type SignDecision =
  | { ok: true; step: number; positionId: string; capacity: Capacity }
  | { ok: false; reason: "complete" | "alreadySigned" | "outOfOrder" | "notInChain" };

export function decideSignature(input: {
  positionIds: readonly string[];
  /** Who signed the steps already signed, in order. */
  signerIds: readonly string[];
  actorId: string;
  holdings: readonly Holding[];
  delegations: readonly Delegation[];
  at: Date;
}): SignDecision {
  const { positionIds, signerIds, actorId, holdings, delegations, at } = input;
  const signed = signerIds.length;
  if (signed >= positionIds.length) return { ok: false, reason: "complete" };
  const positionId = positionIds[signed]!;
  const capacity = capacityFor(positionId, at, holdings, delegations);
  if (capacity) {
    if (signerIds.includes(actorId)) return { ok: false, reason: "alreadySigned" };
    return { ok: true, step: signed + 1, positionId, capacity };
  }
  const later = positionIds.slice(signed + 1).some((p) => capacityFor(p, at, holdings, delegations));
  return { ok: false, reason: later ? "outOfOrder" : "notInChain" };
}

export type WindowProblem = "endsBeforeStart" | "endsInPast" | "tooLong" | null;

export function delegationWindowProblem(startsAt: Date, endsAt: Date, now: Date): WindowProblem {
  if (endsAt <= startsAt) return "endsBeforeStart";
  if (endsAt <= now) return "endsInPast";
  if (endsAt.getTime() - startsAt.getTime() > MAX_DELEGATION_DAYS * 86_400_000) return "tooLong";
  return null;
}

/** A position's code as it appears in the signed data and the published keys: "<municipality code>/<position code>". */
export function positionRef(municipalityCode: string, positionCode: string): string {
  return `${municipalityCode}/${positionCode}`;
}
