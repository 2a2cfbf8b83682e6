import { recordAudit } from "@/lib/domain/audit/record";
import { claimInBatches } from "@/lib/kernel/batches";

/**
 * The safety net behind the tenders officer (registered in lib/jobs/run-jobs.ts as `tenders-close`).
 *
 * The officer closes a tender's offers at its deadline from the detail page. A tender nobody closed would stay
 * "open" on the public list for ever, inviting booklet buyers to a competition whose offers are over. The workflow
 * lets SYSTEM take the same `close` step (lib/domain/tenders/workflow.ts), so this job closes, with an audit row
 * each, every tender still OPEN TENDER_CLOSE_GRACE_MS after its offers deadline: a fact the clock knows. The
 * officer's own close (who closed it, at once) stays the normal path; the grace leaves them the moment to take it.
 *
 * Auctions are left to the officer: their `close` records that the session was HELD, which no clock knows (a
 * session may be postponed). Nothing else changes either (no award, no cancellation: those are decisions).
 * Idempotent and safe in several workers: the condition is repeated in the UPDATE's where, and rows another worker
 * holds are skipped.
 */
export const TENDER_CLOSE_GRACE_MS = 15 * 60_000;
const BATCH = 200;

/** OPEN tenders whose offers deadline is TENDER_CLOSE_GRACE_MS past become CLOSED. */
export async function closeOverdueTenders(now: Date = new Date()): Promise<{ closed: number }> {
  const cutoff = new Date(now.getTime() - TENDER_CLOSE_GRACE_MS);
  const closed = await claimInBatches(
    (tx, limit) => tx.$queryRaw<{ id: string; number: string; municipalityId: string; offersDeadline: Date }[]>`
        UPDATE "Tender" SET status = 'CLOSED', "closedAt" = ${now}, "updatedAt" = ${now}
         WHERE status = 'OPEN' AND "offersDeadline" <= ${cutoff} AND id IN (
           SELECT id FROM "Tender" WHERE status = 'OPEN' AND "offersDeadline" <= ${cutoff}
            ORDER BY "offersDeadline" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, number, "municipalityId", "offersDeadline"`,
    (tx, t) =>
      recordAudit(tx, { system: "jobs:tenders-close" }, {
        action: "tender.close",
        entityType: "Tender",
        entityId: t.id,
        municipalityId: t.municipalityId,
        before: { status: "OPEN" },
        after: { status: "CLOSED", number: t.number, offersDeadline: t.offersDeadline },
      }),
    BATCH,
  );
  return { closed };
}
