import { randomInt, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueSms } from "@/lib/domain/notifications/outbox";

// Each test uses its own keys and numbers, so the worker's shared database needs no cleaning here.
const key = () => `test:${randomUUID()}`;
const mobile = () => `9665${String(randomInt(0, 1e8)).padStart(8, "0")}`;

describe("enqueueSms", () => {
  let to: string;
  beforeEach(() => {
    to = mobile();
  });

  it("writes a PENDING message with the body rendered in the person's language", async () => {
    const dedupeKey = key();
    const created = await db.$transaction((tx) =>
      enqueueSms(tx, { to, template: "complaintReceived", params: { reference: "C-2025-0042" }, locale: "ar", dedupeKey }),
    );
    expect(created).toBe(true);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });
    expect(row).toMatchObject({ to, template: "complaintReceived", locale: "ar", status: "PENDING", attempts: 0 });
    expect(row.body).toContain("C-2025-0042");
    expect(row.body).toContain("تم استلام بلاغكم");
    expect(row.params).toEqual({ reference: "C-2025-0042" });
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("normalises the number people typed", async () => {
    const dedupeKey = key();
    await db.$transaction((tx) =>
      enqueueSms(tx, { to: `0${to.slice(3)}`, template: "test", params: {}, locale: "en", dedupeKey }),
    );
    expect((await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } })).to).toBe(to);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const dedupeKey = key();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueSms(tx, { to, template: "test", params: {}, locale: "ar", dedupeKey });
        throw new Error("the business change failed");
      }),
    ).rejects.toThrow("the business change failed");
    expect(await db.outboxMessage.count({ where: { OR: [{ dedupeKey }, { to }] } })).toBe(0);
  });

  it("enqueues a dedupeKey once, and leaves the caller's transaction usable", async () => {
    const dedupeKey = key();
    const results = await db.$transaction(async (tx) => {
      const first = await enqueueSms(tx, { to, template: "test", params: {}, locale: "ar", dedupeKey });
      const second = await enqueueSms(tx, { to, template: "otp", params: { code: "1111" }, locale: "ar", dedupeKey });
      // A unique violation would have aborted the transaction; this query proves it did not.
      const count = await tx.outboxMessage.count({ where: { dedupeKey } });
      return { first, second, count };
    });
    expect(results).toEqual({ first: true, second: false, count: 1 });
    const again = await db.$transaction((tx) => enqueueSms(tx, { to, template: "test", params: {}, locale: "ar", dedupeKey }));
    expect(again).toBe(false);
    expect(await db.outboxMessage.count({ where: { dedupeKey } })).toBe(1);
  });

  it("enqueues a dedupeKey once under 20 concurrent transactions", async () => {
    const dedupeKey = key();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(
          async (tx) => {
            const created = await enqueueSms(tx, { to, template: "otp", params: { code: String(1000 + i) }, locale: "ar", dedupeKey });
            // Hold the transaction open so the others really overlap with it.
            await new Promise((r) => setTimeout(r, 30));
            return created;
          },
          { maxWait: 20_000, timeout: 20_000 },
        ),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { dedupeKey } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to } })).toBe(1);
  });

  it("enqueues every message without a dedupeKey", async () => {
    await db.$transaction(async (tx) => {
      await enqueueSms(tx, { to, template: "test", params: {}, locale: "ar" });
      await enqueueSms(tx, { to, template: "test", params: {}, locale: "ar" });
    });
    expect(await db.outboxMessage.count({ where: { to } })).toBe(2);
  });

  it("rejects a bad number or a missing parameter, which also rolls the caller back", async () => {
    await expect(
      db.$transaction((tx) => enqueueSms(tx, { to: "12345", template: "test", params: {}, locale: "ar" })),
    ).rejects.toThrow(/Saudi mobile/);
    await expect(
      db.$transaction((tx) => enqueueSms(tx, { to, template: "otp", params: {}, locale: "ar" })),
    ).rejects.toThrow(/missing params: code/);
    expect(await db.outboxMessage.count({ where: { to } })).toBe(0);
  });
});
