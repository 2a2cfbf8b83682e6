/**
 * Background loops (SMS outbox, periodic jobs) during a database outage: wait longer after each failed
 * attempt instead of spinning, and log the 1st, 2nd, 4th, 8th… failure rather than every one. Pure.
 */
export const OUTAGE_MAX_WAIT_MS = 30_000;

/** Wait after `failures` consecutive failures: base · 2^(failures−1), capped at 30 s. */
export function outageBackoffMs(failures: number, baseMs = 1_000): number {
  const n = Math.max(1, Math.floor(failures));
  return Math.min(OUTAGE_MAX_WAIT_MS, baseMs * 2 ** Math.min(n - 1, 20));
}

/** Log the first failure, then only at powers of two (1, 2, 4, 8, …): a long outage writes a handful of lines. */
export function isLoggedFailure(failures: number): boolean {
  return failures >= 1 && (failures & (failures - 1)) === 0;
}

/** The last line of an error message (Prisma's first lines are the call site). */
export function shortMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.trim().split("\n").filter(Boolean).pop()?.slice(0, 300) ?? "";
}
