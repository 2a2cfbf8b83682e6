import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { formatGregorian } from "@/lib/i18n/dates";
import { claimInBatches, JOB_TX } from "@/lib/kernel/batches";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The licensing area's periodic jobs (registered in lib/jobs/run-jobs.ts). Each is idempotent and safe
 * in several workers at once: the condition that selects a row is repeated in its UPDATE's where, and
 * rows another worker holds are skipped (FOR UPDATE SKIP LOCKED), so nothing is done twice.
 */
const BATCH = 500;
const DAY_MS = 86_400_000;


/**
 * SLA breaches: an application still in a state whose SLA ran out is flagged once per state entry
 * (slaBreachedAt set, slaBreaches + 1). moveApplication clears slaBreachedAt when the state changes,
 * so the next state can be flagged again.
 */
export async function flagSlaBreaches(now: Date = new Date()): Promise<{ flagged: number }> {
  const flagged = await claimInBatches(
    (tx, limit) => tx.$queryRaw<{ id: string; number: string; status: string; municipalityId: string | null; slaBreaches: number }[]>`
        UPDATE "LicenseApplication" SET "slaBreachedAt" = ${now}, "slaBreaches" = "slaBreaches" + 1
         WHERE "slaBreachedAt" IS NULL AND "slaDueAt" <= ${now} AND id IN (
           SELECT id FROM "LicenseApplication" WHERE "slaBreachedAt" IS NULL AND "slaDueAt" <= ${now}
            ORDER BY "slaDueAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, number, status::text AS status, "municipalityId", "slaBreaches"`,
    (tx, r) =>
      recordAudit(tx, { system: "jobs:licensing-sla" }, {
        action: "licensing.slaBreach",
        entityType: "LicenseApplication",
        entityId: r.id,
        municipalityId: r.municipalityId,
        after: { number: r.number, status: r.status, slaBreaches: r.slaBreaches },
      }),
    BATCH,
  );
  return { flagged };
}

/** ACTIVE licenses past their expiry become EXPIRED (audit row each). The public verification page then says "expired". */
export async function expireLicenses(now: Date = new Date()): Promise<{ expired: number }> {
  const expired = await claimInBatches(
    (tx, limit) => tx.$queryRaw<{ id: string; number: string; municipalityId: string }[]>`
        UPDATE "License" SET status = 'EXPIRED', "updatedAt" = ${now}
         WHERE status = 'ACTIVE' AND "expiresAt" <= ${now} AND id IN (
           SELECT id FROM "License" WHERE status = 'ACTIVE' AND "expiresAt" <= ${now}
            ORDER BY "expiresAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, number, "municipalityId"`,
    (tx, r) =>
      recordAudit(tx, { system: "jobs:license-expiry" }, {
        action: "license.expire",
        entityType: "License",
        entityId: r.id,
        municipalityId: r.municipalityId,
        before: { status: "ACTIVE" },
        after: { status: "EXPIRED", number: r.number },
      }),
    BATCH,
  );
  return { expired };
}

/**
 * Renewal reminders by SMS, 30 and 7 days before expiry, each at most once per license (reminderNSentAt,
 * set in the same UPDATE that claims the row; the outbox's dedupe key guards a second time too). A
 * license already inside the 7-day window gets only the 7-day reminder, never both on one day.
 */
export async function sendRenewalReminders(now: Date = new Date()): Promise<{ reminded30: number; reminded7: number }> {
  const in30 = new Date(now.getTime() + 30 * DAY_MS);
  const in7 = new Date(now.getTime() + 7 * DAY_MS);
  let reminded7 = 0;
  let reminded30 = 0;
  for (const window of [7, 30] as const) {
    for (;;) {
      const rows = await db.$transaction(async (tx) => {
        const rows =
          window === 7
            ? await tx.$queryRaw<{ id: string; number: string; holderMobile: string; holderNationalId: string; expiresAt: Date }[]>`
                UPDATE "License" SET "reminder7SentAt" = ${now}, "reminder30SentAt" = COALESCE("reminder30SentAt", ${now})
                 WHERE status = 'ACTIVE' AND "reminder7SentAt" IS NULL AND "expiresAt" > ${now} AND "expiresAt" <= ${in7} AND id IN (
                   SELECT id FROM "License" WHERE status = 'ACTIVE' AND "reminder7SentAt" IS NULL AND "expiresAt" > ${now} AND "expiresAt" <= ${in7}
                    ORDER BY "expiresAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
                RETURNING id, number, "holderMobile", "holderNationalId", "expiresAt"`
            : await tx.$queryRaw<{ id: string; number: string; holderMobile: string; holderNationalId: string; expiresAt: Date }[]>`
                UPDATE "License" SET "reminder30SentAt" = ${now}
                 WHERE status = 'ACTIVE' AND "reminder30SentAt" IS NULL AND "expiresAt" > ${in7} AND "expiresAt" <= ${in30} AND id IN (
                   SELECT id FROM "License" WHERE status = 'ACTIVE' AND "reminder30SentAt" IS NULL AND "expiresAt" > ${in7} AND "expiresAt" <= ${in30}
                    ORDER BY "expiresAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
                RETURNING id, number, "holderMobile", "holderNationalId", "expiresAt"`;
        if (rows.length === 0) return rows;
        const holders = await tx.user.findMany({ where: { nationalId: { in: [...new Set(rows.map((r) => r.holderNationalId))] } }, select: { nationalId: true, preferredLocale: true } });
        const localeOf = new Map(holders.map((h) => [h.nationalId, h.preferredLocale as Lang]));
        for (const r of rows) {
          const locale = localeOf.get(r.holderNationalId) ?? "ar";
          await enqueueSms(tx, {
            to: r.holderMobile,
            template: "licenseRenewalReminder",
            params: { licenseNumber: r.number, expiryDate: formatGregorian(r.expiresAt, locale) },
            locale,
            dedupeKey: `license-renewal-reminder:${r.id}:${window}:${r.expiresAt.toISOString()}`,
          });
        }
        return rows;
      }, JOB_TX);
      if (window === 7) reminded7 += rows.length;
      else reminded30 += rows.length;
      if (rows.length < BATCH) break;
    }
  }
  return { reminded30, reminded7 };
}
