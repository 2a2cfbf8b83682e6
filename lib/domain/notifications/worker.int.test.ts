import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { MAX_ATTEMPTS } from "@/lib/domain/notifications/backoff";
import { retryDead } from "@/lib/domain/notifications/commands/retry-dead";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { createDevSmsProvider } from "@/lib/domain/notifications/providers/dev";
import { PermanentSmsError, type OutgoingSms, type SmsProvider } from "@/lib/domain/notifications/providers/types";
import { claimDue, processBatch, runWorker } from "@/lib/domain/notifications/worker";

// processBatch claims every due message of the database, so each test starts from an empty outbox
// (the file has its own database, copied from the seeded template by tests/setup/worker-db.ts).
beforeEach(async () => {
  await db.devSmsMessage.deleteMany();
  await db.outboxMessage.deleteMany();
});

const mobile = () => `9665${String(randomInt(0, 1e8)).padStart(8, "0")}`;

async function enqueue(count: number): Promise<string[]> {
  const to = mobile();
  await db.$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      await enqueueSms(tx, { to, template: "complaintReceived", params: { reference: `C${1000 + i}` }, locale: "ar", dedupeKey: `w:${to}:${i}` });
    }
  });
  const rows = await db.outboxMessage.findMany({ where: { to }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** The dev provider, counting calls per message id. */
function countingProvider(delayMs = 0): SmsProvider & { calls: Map<string, number> } {
  const inner = createDevSmsProvider();
  const calls = new Map<string, number>();
  return {
    name: "counting",
    calls,
    async send(msg: OutgoingSms) {
      calls.set(msg.id, (calls.get(msg.id) ?? 0) + 1);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return inner.send(msg);
    },
  };
}

const failing = (times: number, error: () => Error = () => new Error("gateway 503")): SmsProvider & { calls: number } => {
  const inner = createDevSmsProvider();
  const p = {
    name: "flaky",
    calls: 0,
    async send(msg: OutgoingSms) {
      p.calls++;
      if (p.calls <= times) throw error();
      return inner.send(msg);
    },
  };
  return p;
};

const makeDue = (id: string) => db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

describe("dev provider", () => {
  it("records a message once however often it is sent", async () => {
    const [id] = await enqueue(1);
    const provider = createDevSmsProvider();
    const msg = { id: id!, to: "966500000001", body: "x" };
    const results = await Promise.all([provider.send(msg), provider.send(msg), provider.send(msg)]);
    expect(new Set(results.map((r) => r.providerId)).size).toBe(1);
    expect(await db.devSmsMessage.count({ where: { outboxId: id } })).toBe(1);
  });
});

describe("processBatch", () => {
  it("sends each due message once and records it", async () => {
    const ids = await enqueue(3);
    const provider = countingProvider();
    expect(await processBatch(provider)).toEqual({ sent: 3, failed: 0 });
    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 0 });

    const rows = await db.outboxMessage.findMany({ where: { id: { in: ids } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, lastError: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      const dev = await db.devSmsMessage.findUniqueOrThrow({ where: { outboxId: row.id } });
      expect(row.providerId).toBe(dev.id);
      expect(dev.body).toBe(row.body);
      expect(dev.to).toBe(row.to);
    }
    expect([...provider.calls.values()]).toEqual([1, 1, 1]);
  });

  it("leaves messages that are not due yet", async () => {
    const [id] = await enqueue(1);
    await db.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() + 60_000) } });
    expect(await processBatch(countingProvider())).toEqual({ sent: 0, failed: 0 });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("delivers 30 messages exactly once with two workers running at the same time", async () => {
    const ids = await enqueue(30);
    const a = countingProvider(5);
    const b = countingProvider(5);
    const drain = async (p: SmsProvider) => {
      let total = 0;
      for (;;) {
        const { sent, failed } = await processBatch(p, { batchSize: 4, concurrency: 2 });
        if (sent + failed === 0) return total;
        total += sent;
      }
    };
    const [sentA, sentB] = await Promise.all([drain(a), drain(b)]);

    expect(sentA + sentB).toBe(30);
    expect(sentA).toBeGreaterThan(0);
    expect(sentB).toBeGreaterThan(0);
    const calls = [...a.calls.entries(), ...b.calls.entries()];
    expect(calls).toHaveLength(30);
    expect(new Set(calls.map(([id]) => id)).size).toBe(30);
    expect(await db.devSmsMessage.count({ where: { outboxId: { in: ids } } })).toBe(30);
    expect(await db.outboxMessage.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(30);
  });

  it("retries with backoff and sends after two failures (attempts = 3)", async () => {
    const [id] = await enqueue(1);
    const provider = failing(2);

    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 1 });
    let row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "gateway 503", lockedUntil: null });
    // First retry after 30 s ± 20 %.
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeLessThan(40_000);
    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 0 }); // not due yet

    await makeDue(id!);
    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 1 });
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(45_000); // 60 s ± 20 %

    await makeDue(id!);
    expect(await processBatch(provider)).toEqual({ sent: 1, failed: 0 });
    row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3, lastError: null });
    expect(await db.devSmsMessage.count({ where: { outboxId: id } })).toBe(1);
  });

  it("stops (DEAD) at once on a permanent error", async () => {
    const [id] = await enqueue(1);
    const provider = failing(1, () => new PermanentSmsError("SMS gateway HTTP 400: invalid number"));
    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DEAD", attempts: 1, lastError: "SMS gateway HTTP 400: invalid number" });
    await makeDue(id!);
    expect(await processBatch(provider)).toEqual({ sent: 0, failed: 0 });
    expect(provider.calls).toBe(1);
  });

  it("stops (DEAD) after the last retryable attempt", async () => {
    const [id] = await enqueue(1);
    await db.outboxMessage.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    expect(await processBatch(failing(1))).toEqual({ sent: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DEAD", attempts: MAX_ATTEMPTS });
  });

  it("reclaims a message whose worker died mid-send (stale lock), but not a live lock", async () => {
    const [stale, live] = await enqueue(2);
    await db.outboxMessage.update({ where: { id: stale }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(Date.now() - 1000) } });
    await db.outboxMessage.update({ where: { id: live }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(Date.now() + 60_000) } });

    const provider = countingProvider();
    expect(await processBatch(provider)).toEqual({ sent: 1, failed: 0 });
    expect([...provider.calls.keys()]).toEqual([stale]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: stale } })).toMatchObject({ status: "SENT", attempts: 2 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: live } })).toMatchObject({ status: "SENDING", attempts: 1 });
  });

  it("does not deliver twice when the dead worker had in fact sent the message", async () => {
    const [id] = await enqueue(1);
    const provider = createDevSmsProvider();
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    await provider.send({ id: row.id, to: row.to, body: row.body }); // sent, then the worker crashed
    await db.outboxMessage.update({ where: { id }, data: { status: "SENDING", attempts: 1, lockedUntil: new Date(Date.now() - 1000) } });

    expect(await processBatch(provider)).toEqual({ sent: 1, failed: 0 });
    expect(await db.devSmsMessage.count({ where: { outboxId: id } })).toBe(1);
  });

  it("ignores the late failure of a worker whose lock expired and whose message was sent by another", async () => {
    const [id] = await enqueue(1);
    const rescuer = countingProvider();
    const slow: SmsProvider = {
      name: "slow",
      async send() {
        // While this worker hangs, its lock expires and another worker sends the message.
        await db.outboxMessage.update({ where: { id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
        expect(await processBatch(rescuer)).toEqual({ sent: 1, failed: 0 });
        throw new Error("socket hang up");
      },
    };
    expect(await processBatch(slow)).toEqual({ sent: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("claims atomically: concurrent claims never overlap", async () => {
    await enqueue(25);
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimDue(10)));
    const ids = claims.flat().map((c) => c.id);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
  });
});

describe("runWorker", () => {
  it("delivers until aborted", async () => {
    const ids = await enqueue(5);
    const controller = new AbortController();
    const provider = countingProvider();
    const running = runWorker({ signal: controller.signal, pollMs: 20, batchSize: 2, provider });
    const deadline = Date.now() + 10_000;
    while ((await db.outboxMessage.count({ where: { id: { in: ids }, status: "SENT" } })) < 5 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
    }
    controller.abort();
    await running;
    expect(await db.outboxMessage.count({ where: { id: { in: ids }, status: "SENT" } })).toBe(5);
    expect(provider.calls.size).toBe(5);
  });
});

describe("retryDead", () => {
  const admin: Actor = {
    userId: "admin-user",
    label: "admin",
    nameAr: "مدير النظام",
    nameEn: "Administrator",
    mobile: "966500000000",
    locale: "ar",
    roles: ["ADMIN"],
    amanahIds: [],
    municipalityIds: null,
    officeId: null,
    medicalCenterId: null,
  };

  it("puts a DEAD message back in the queue with fresh attempts, and audits it", async () => {
    const [id] = await enqueue(1);
    await db.outboxMessage.update({ where: { id }, data: { status: "DEAD", attempts: 8, lastError: "HTTP 400" } });

    await retryDead(admin, id!);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", attempts: 0, lastError: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "OutboxMessage", entityId: id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ action: "notifications.retry", actorId: "admin-user", actorLabel: "admin" });
    expect(audit.before).toMatchObject({ status: "DEAD", attempts: 8, lastError: "HTTP 400" });

    expect(await processBatch(countingProvider())).toEqual({ sent: 1, failed: 0 });
  });

  it("refuses a message that is not DEAD, a missing one, and a non-admin", async () => {
    const [id] = await enqueue(1);
    await expect(retryDead(admin, id!)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(retryDead(admin, "no-such-message")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(retryDead(admin, "")).rejects.toMatchObject({ code: "VALIDATION" });
    await db.outboxMessage.update({ where: { id }, data: { status: "DEAD" } });
    await expect(retryDead({ ...admin, roles: ["REVIEWER"] }, id!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { id } })).status).toBe("DEAD");
    expect(await db.auditLog.count({ where: { entityType: "OutboxMessage", entityId: id } })).toBe(0);
  });
});
