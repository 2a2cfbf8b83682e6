import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { isLoggedFailure, outageBackoffMs, shortMessage } from "@/lib/jobs/outage-backoff";
import { LOCK_SECONDS, MAX_ATTEMPTS, backoffMs, statusAfterFailure } from "@/lib/domain/notifications/backoff";
import { smsProviderFromEnv } from "@/lib/domain/notifications/providers";
import { isPermanentSmsError, type SmsProvider } from "@/lib/domain/notifications/providers/types";
import { unsealParams } from "@/lib/domain/notifications/seal";
import { renderSms, type SmsParams, type SmsTemplate } from "@/lib/domain/notifications/templates";

/*
 * Delivery of the SMS outbox, after commit.
 *
 * Why a message reaches the person exactly once:
 * 1. Claiming is one UPDATE over `SELECT … FOR UPDATE SKIP LOCKED`: two workers never claim the
 *    same due message, and the claim (status SENDING, lockedUntil, attempts+1) is committed
 *    before anything is sent.
 * 2. A worker that dies mid-send leaves SENDING with an expired lock; the message is claimed
 *    again later and re-sent. That re-send is harmless because every provider is idempotent
 *    per outbox id (DevSmsMessage.outboxId is unique; the HTTP gateway gets Idempotency-Key).
 * 3. Results are written only `WHERE status='SENDING'` (and, for failures, only by the claim
 *    that still owns the message: same attempts count), so a slow worker whose lock expired
 *    cannot push back a message that another worker has since sent.
 * 4. Secret parameters (one-time codes, temporary passwords) are sealed in the row; the real body is rendered
 *    in memory for the send only, and the sealed value is erased when the message becomes SENT or DEAD.
 */

export type BatchOptions = { batchSize?: number; concurrency?: number };
export type WorkerOptions = BatchOptions & { signal?: AbortSignal; pollMs?: number; provider?: SmsProvider; outageBaseMs?: number };

type Claimed = { id: string; to: string; body: string; attempts: number; template: string; locale: "ar" | "en"; params: unknown; sealedParams: string | null };

const DEFAULT_BATCH = 20;
const DEFAULT_CONCURRENCY = 5;
/** Stop starting sends this long before the claim expires, so no one else can claim it mid-send. */
const LOCK_MARGIN_MS = 15_000;

const log = (line: string) => console.log(`[sms-worker] ${line}`);

export async function claimDue(batchSize: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage"
       SET status = 'SENDING',
           "lockedUntil" = now() + make_interval(secs => ${LOCK_SECONDS}),
           attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM "OutboxMessage"
        WHERE (status = 'PENDING' AND "nextAttemptAt" <= now())
           OR (status = 'SENDING' AND "lockedUntil" < now())
        ORDER BY "nextAttemptAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", body, attempts, template, locale::text AS locale, params, "sealedParams"`;
}

/** Claims up to batchSize due messages and sends them. Never throws for a failed message. */
export async function processBatch(
  provider: SmsProvider,
  opts: BatchOptions = {},
): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDue(opts.batchSize ?? DEFAULT_BATCH);
  const deadline = Date.now() + LOCK_SECONDS * 1000 - LOCK_MARGIN_MS;
  let sent = 0;
  let failed = 0;

  const queue = [...claimed];
  const lane = async () => {
    for (let msg = queue.shift(); msg; msg = queue.shift()) {
      const outcome = await deliver(provider, msg, deadline);
      if (outcome === "sent") sent++;
      else if (outcome === "failed") failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? DEFAULT_CONCURRENCY, queue.length) }, lane));
  return { sent, failed };
}

async function deliver(provider: SmsProvider, msg: Claimed, deadline: number): Promise<"sent" | "failed" | "released"> {
  const owned = { id: msg.id, status: "SENDING" as const, attempts: msg.attempts };

  if (msg.attempts > MAX_ATTEMPTS) {
    // Only reachable through repeated crashes mid-send (stale locks); stop instead of looping.
    await db.outboxMessage.updateMany({
      where: owned,
      data: { status: "DEAD", lockedUntil: null, lastError: "worker lost the message too many times", sealedParams: null },
    });
    log(`${msg.id} dead after ${msg.attempts - 1} attempts`);
    return "failed";
  }
  if (Date.now() > deadline) {
    // Too late to send safely under this claim: hand it back untouched.
    await db.outboxMessage.updateMany({
      where: owned,
      data: { status: "PENDING", lockedUntil: null, attempts: { decrement: 1 } },
    });
    return "released";
  }

  let body = msg.body;
  if (msg.sealedParams) {
    // The real text exists only in memory, for this send: the stored body keeps the secrets masked.
    try {
      const params = { ...(msg.params as SmsParams), ...unsealParams(msg.sealedParams) };
      body = renderSms(msg.template as SmsTemplate, params, msg.locale);
    } catch (e) {
      const error = `cannot unseal the message's secret parameters: ${e instanceof Error ? e.message : String(e)}`;
      await db.outboxMessage.updateMany({ where: owned, data: { status: "DEAD", lockedUntil: null, lastError: error, sealedParams: null } });
      log(`${msg.id} dead: ${error}`);
      return "failed";
    }
  }

  try {
    const { providerId } = await provider.send({ id: msg.id, to: msg.to, body, redactedBody: msg.body });
    await db.outboxMessage.updateMany({
      where: { id: msg.id, status: "SENDING" },
      data: { status: "SENT", providerId, sentAt: new Date(), lockedUntil: null, lastError: null, sealedParams: null },
    });
    return "sent";
  } catch (e) {
    const permanent = isPermanentSmsError(e);
    const status = statusAfterFailure(msg.attempts, permanent);
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
    await db.outboxMessage.updateMany({
      where: owned,
      data: {
        status,
        lockedUntil: null,
        lastError: error,
        ...(status === "PENDING" ? { nextAttemptAt: new Date(Date.now() + backoffMs(msg.attempts)) } : { sealedParams: null }),
      },
    });
    log(`${msg.id} attempt ${msg.attempts} failed (${permanent ? "permanent" : "retryable"}) → ${status}: ${error}`);
    return "failed";
  }
}

/** Polls the outbox until the signal aborts. A full batch is followed at once by the next one. */
export async function runWorker(opts: WorkerOptions = {}): Promise<void> {
  const provider = opts.provider ?? smsProviderFromEnv();
  const pollMs = opts.pollMs ?? 2_000;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const signal = opts.signal;
  log(`started (provider ${provider.name ?? "custom"}, batch ${batchSize}, poll ${pollMs} ms)`);

  let failures = 0; // consecutive failed batches (database down or restarting)
  while (!signal?.aborted) {
    let full = false;
    let wait = pollMs;
    try {
      const { sent, failed } = await processBatch(provider, { batchSize, concurrency: opts.concurrency });
      if (failures > 0) log(`database reachable again after ${failures} failed attempt(s)`);
      failures = 0;
      if (sent || failed) log(`sent ${sent}, failed ${failed}`);
      full = sent + failed >= batchSize;
    } catch (e) {
      // The database is down or restarting: keep the worker alive, back off (1 s … 30 s), log sparingly.
      failures++;
      wait = outageBackoffMs(failures, opts.outageBaseMs);
      if (isLoggedFailure(failures)) {
        const what = isDatabaseUnavailable(e) ? "database unavailable" : "batch error";
        log(`${what} (attempt ${failures}): ${shortMessage(e)}; next try in ${Math.round(wait / 100) / 10} s`);
      }
    }
    if (!full) await sleep(wait, undefined, { signal }).catch(() => undefined);
  }
  log("stopped");
}
