import { recordAudit } from "@/lib/domain/audit/record";
import { claimInBatches } from "@/lib/kernel/batches";

/**
 * Job: UNPAID bills whose expiry has passed become EXPIRED (in batches, one transaction each, with an
 * audit row per bill). Rows a payment is holding (FOR UPDATE) are skipped and looked at next time; the
 * status is in the UPDATE's where, so a bill paid meanwhile is never marked expired. The bank
 * notification refuses an expired bill whether or not this job has run yet (it compares expiresAt).
 */
const BATCH = 500;

export async function expireBills(now: Date = new Date()): Promise<{ expired: number }> {
  const expired = await claimInBatches(
    (tx, limit) => tx.$queryRaw<{ id: string; number: string; municipalityId: string }[]>`
        UPDATE "Bill" SET status = 'EXPIRED'
         WHERE status = 'UNPAID' AND id IN (
           SELECT id FROM "Bill" WHERE status = 'UNPAID' AND "expiresAt" <= ${now}
            ORDER BY "expiresAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, number, "municipalityId"`,
    (tx, r) =>
      recordAudit(tx, { system: "jobs:expire-bills" }, {
        action: "bill.expire",
        entityType: "Bill",
        entityId: r.id,
        municipalityId: r.municipalityId,
        before: { status: "UNPAID" },
        after: { status: "EXPIRED", number: r.number },
      }),
    BATCH,
  );
  return { expired };
}
