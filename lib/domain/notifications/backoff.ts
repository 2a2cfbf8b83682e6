/** Delivery policy of the SMS outbox. Pure, so the schedule is unit-tested. */
export const MAX_ATTEMPTS = 8;
export const BASE_DELAY_MS = 30_000;
export const MAX_DELAY_MS = 60 * 60_000;
/** How long a claimed message stays reserved for the worker that claimed it. */
export const LOCK_SECONDS = 60;

/**
 * Delay before the next attempt after `attempts` failed ones: 30 s · 2^(attempts−1), capped at
 * one hour, ±20 % jitter so that messages that failed together (gateway outage) do not all
 * come back in the same second. 8 attempts span roughly 1 h 30 min in total.
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const n = Math.max(1, Math.floor(attempts));
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (n - 1));
  const jittered = base * (0.8 + 0.4 * random());
  return Math.round(Math.min(MAX_DELAY_MS, jittered));
}

/** After a retryable failure: try again later, or give up once the attempts are spent. */
export function statusAfterFailure(attempts: number, permanent: boolean): "PENDING" | "DEAD" {
  return permanent || attempts >= MAX_ATTEMPTS ? "DEAD" : "PENDING";
}
