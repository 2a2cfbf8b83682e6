import "server-only";
import { db, type Tx } from "@/lib/db";

/** A periodic job's transaction: long enough for one batch of rows and their audit rows. */
export const JOB_TX = { maxWait: 30_000, timeout: 120_000 };

/**
 * The loop of an idempotent periodic job: `claim` takes at most `limit` rows (an UPDATE whose where repeats
 * the condition, over `SELECT … LIMIT … FOR UPDATE SKIP LOCKED`, RETURNING the rows), one transaction per
 * batch, and `each` runs for every claimed row in that transaction (its audit row). Several workers may
 * run it at once: a row is claimed once. Stops after a short batch; returns how many rows were claimed.
 */
export async function claimInBatches<R>(claim: (tx: Tx, limit: number) => Promise<R[]>, each: (tx: Tx, row: R) => Promise<void>, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await db.$transaction(async (tx) => {
      const rows = await claim(tx, batch);
      for (const row of rows) await each(tx, row);
      return rows.length;
    }, JOB_TX);
    total += claimed;
    if (claimed < batch) return total;
  }
}
