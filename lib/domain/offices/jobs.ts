import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { proposePenalty, withdrawReassignmentOffers } from "@/lib/domain/offices/penalty-effects";
import { SLA_BREACHES_PER_OCCURRENCE } from "@/lib/domain/offices/rules";
import { broadcastExpiry, expirePublic } from "@/lib/kernel/public-cache";
import { RIYADH_OFFSET_MS } from "@/lib/kernel/riyadh-days";

/** Suspensions whose end date passed → the office is ACTIVE again (idempotent; status in the where). */
export async function endExpiredSuspensions(tx: Tx, now: Date = new Date()): Promise<number> {
  const due = await tx.licensingOffice.findMany({ where: { status: "SUSPENDED", suspendedUntil: { lte: now } }, select: { id: true, code: true } });
  let ended = 0;
  for (const o of due) {
    const { count } = await tx.licensingOffice.updateMany({ where: { id: o.id, status: "SUSPENDED", suspendedUntil: { lte: now } }, data: { status: "ACTIVE", suspendedUntil: null } });
    if (count !== 1) continue;
    ended++;
    await withdrawReassignmentOffers(tx, o.id);
    await recordAudit(tx, { system: "jobs" }, { action: "offices.suspensionEnded", entityType: "LicensingOffice", entityId: o.id, before: { status: "SUSPENDED" }, after: { status: "ACTIVE" } });
  }
  return ended;
}

/** Job: offices whose suspension ended become ACTIVE again (their reassignment offers lapse). */
export async function endSuspensionsJob(now: Date = new Date()): Promise<{ ended: number }> {
  const ended = await db.$transaction(async (tx) => {
    const n = await endExpiredSuspensions(tx, now);
    // The worker has no data cache of its own: the NOTIFY tells every web instance, when this commits (decision 039).
    if (n > 0) await broadcastExpiry(tx, ["offices"]);
    return n;
  });
  if (ended > 0) expirePublic(["offices"]);
  return { ended };
}

/** "2026-11" of a Riyadh date, and the instants that month starts and ends. */
export function riyadhMonth(d: Date): { tag: string; from: Date; to: Date } {
  const local = new Date(d.getTime() + RIYADH_OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const from = new Date(Date.UTC(y, m, 1) - RIYADH_OFFSET_MS);
  const to = new Date(Date.UTC(y, m + 1, 1) - RIYADH_OFFSET_MS);
  return { tag: `${y}-${String(m + 1).padStart(2, "0")}`, from, to };
}

/**
 * Job: SLA breaches propose penalties. The breaches of a month are the SLA breaches
 * (LicenseApplication.slaBreaches) of the office's applications submitted that month; every
 * SLA_BREACHES_PER_OCCURRENCE of them is one occurrence, and occurrence n proposes the contract's
 * SLA clause n (10th → warning, 20th → fine …). Idempotent: a month's proposals carry the month in
 * their reason and are counted before proposing more. Looks at this month and the previous one
 * (breaches of last month's applications can still accrue early this month).
 */
export async function proposeSlaPenaltiesJob(now: Date = new Date()): Promise<{ proposed: number }> {
  const months = [riyadhMonth(now), riyadhMonth(new Date(riyadhMonth(now).from.getTime() - 1))];
  let proposed = 0;
  for (const month of months) {
    const rows = await db.licenseApplication.groupBy({
      by: ["officeId"],
      where: { officeId: { not: null }, submittedAt: { gte: month.from, lt: month.to }, slaBreaches: { gt: 0 }, office: { status: "ACTIVE" } },
      _sum: { slaBreaches: true },
    });
    for (const r of rows) {
      const officeId = r.officeId as string;
      const occurrences = Math.floor((r._sum.slaBreaches ?? 0) / SLA_BREACHES_PER_OCCURRENCE);
      if (occurrences === 0) continue;
      proposed += await db.$transaction(async (tx) => {
        // One office at a time, serialised: two workers never propose the same occurrence twice.
        await tx.$queryRaw`SELECT id FROM "LicensingOffice" WHERE id = ${officeId} FOR UPDATE`;
        const already = await tx.officePenalty.count({ where: { officeId, trigger: "SLA_BREACH", reason: { startsWith: `SLA ${month.tag}:` } } });
        let n = 0;
        for (let k = already + 1; k <= occurrences; k++) {
          await proposePenalty(tx, { system: "jobs" }, officeId, "SLA_BREACH", { occurrence: k, reason: `SLA ${month.tag}: ${k * SLA_BREACHES_PER_OCCURRENCE}`, now });
          n++;
        }
        return n;
      });
    }
  }
  return { proposed };
}
