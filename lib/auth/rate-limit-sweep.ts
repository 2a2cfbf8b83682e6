import "server-only";
import { db } from "@/lib/db";

/** Rows deleted per statement: each DELETE stays short, so a sweep never holds many row locks at once. */
const BATCH = 10_000;

/**
 * Deletes the rate-limit rows whose window has ended. The limiter store (lib/auth/rate-limit.ts) writes one row per
 * key — per client address on the public pages — and never deletes it (`clearExpiredByTimeout: false`: one timer per
 * limiter per process would repeat the same DELETE everywhere). Without this sweep the table grows with every
 * address that ever called the portal. An expired row counts as nothing to the library already (its next hit
 * starts a new window), so deleting it changes no decision; a row without an expiry (a limit with no window) stays.
 */
export async function sweepExpiredLimits(now: Date): Promise<{ deleted: number }> {
  const cutoff = BigInt(now.getTime());
  let deleted = 0;
  for (;;) {
    const n = await db.$executeRaw`
      DELETE FROM "rate_limits" WHERE key IN (SELECT key FROM "rate_limits" WHERE expire < ${cutoff} LIMIT ${BATCH})`;
    deleted += n;
    if (n < BATCH) return { deleted };
  }
}
