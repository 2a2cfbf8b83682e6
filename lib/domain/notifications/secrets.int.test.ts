/**
 * Issue 11: one-time codes and temporary passwords are never kept in plain text. The outbox stores them
 * masked (body and params) and sealed; the worker renders the real text in memory for the send and erases the
 * sealed value once the message is SENT or DEAD; the SMS log (dev provider) shows the masked text only.
 */
import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { retryDead } from "@/lib/domain/notifications/commands/retry-dead";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { createDevSmsProvider } from "@/lib/domain/notifications/providers/dev";
import { PermanentSmsError, type OutgoingSms, type SmsProvider } from "@/lib/domain/notifications/providers/types";
import { listOutbox, listSmsLog } from "@/lib/domain/notifications/queries/sms-log";
import { SECRET_MASK } from "@/lib/domain/notifications/templates";
import { processBatch } from "@/lib/domain/notifications/worker";

beforeEach(async () => {
  await db.devSmsMessage.deleteMany();
  await db.outboxMessage.deleteMany();
});

const mobile = () => `9665${String(randomInt(0, 1e8)).padStart(8, "0")}`;
const admin: Actor = { userId: "admin-user", roles: ["ADMIN"], label: "admin" } as unknown as Actor;

function recording(fail?: Error): SmsProvider & { sent: OutgoingSms[] } {
  const sent: OutgoingSms[] = [];
  return {
    sent,
    async send(msg) {
      if (fail) throw fail;
      sent.push(msg);
      return { providerId: `p-${msg.id}` };
    },
  };
}

async function everythingStoredAbout(id: string): Promise<string> {
  const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
  const dev = await db.devSmsMessage.findMany({ where: { outboxId: id } });
  return JSON.stringify({ row, dev });
}

describe("secrets in the SMS outbox", () => {
  it("a one-time code is masked and sealed when queued, delivered in full, then erased", async () => {
    const to = mobile();
    const code = "482913";
    await db.$transaction((tx) => enqueueSms(tx, { to, template: "otp", params: { code }, locale: "ar", dedupeKey: `otp:${to}` }));
    const queued = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `otp:${to}` } });
    expect(queued.body).toContain(`رمز التحقق: ${SECRET_MASK}`);
    expect(queued.params).toEqual({ code: SECRET_MASK });
    expect(queued.sealedParams).toMatch(/^v1\./);
    expect(await everythingStoredAbout(queued.id)).not.toContain(code);

    const phone = recording();
    expect(await processBatch(phone)).toEqual({ sent: 1, failed: 0 });
    expect(phone.sent[0]!.body).toContain(`رمز التحقق: ${code}`);
    expect(phone.sent[0]!.redactedBody).not.toContain(code);
    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(sent).toMatchObject({ status: "SENT", sealedParams: null });
    expect(await everythingStoredAbout(queued.id)).not.toContain(code);
  });

  it("the dev provider and the SMS log never show the code; the admin outbox neither", async () => {
    const to = mobile();
    await db.$transaction((tx) => enqueueSms(tx, { to, template: "otp", params: { code: "771104" }, locale: "en" }));
    expect(await processBatch(createDevSmsProvider())).toEqual({ sent: 1, failed: 0 });
    const log = await listSmsLog(admin, { to, page: 1 });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]!.body).toContain(SECRET_MASK);
    expect(log.rows[0]!.body).not.toContain("771104");
    const outbox = await listOutbox(admin, { page: 1 });
    expect(JSON.stringify(outbox.rows)).not.toContain("771104");
  });

  it("a temporary password is masked too, and erased when the message dies", async () => {
    const to = mobile();
    const password = "Tmp-9Kq2-xZ71";
    await db.$transaction((tx) =>
      enqueueSms(tx, { to, template: "officeStaffAccount", params: { office: "مكتب", login: "1012345678", password }, locale: "ar", dedupeKey: `staff:${to}` }),
    );
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `staff:${to}` } });
    expect(await everythingStoredAbout(row.id)).not.toContain(password);
    expect(row.body).toContain("1012345678"); // not a secret: stays readable

    expect(await processBatch(recording(new PermanentSmsError("HTTP 400")))).toEqual({ sent: 0, failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "DEAD", sealedParams: null });
    // The secret is gone: an admin cannot resend a message whose password was erased.
    await expect(retryDead(admin, row.id)).rejects.toMatchObject({ code: "INVALID_STATE", message: "notifications:outbox.secretErased" });
  });

  it("a sealed value altered in the database is not sent with the mask: the message dies, the secret erased", async () => {
    const to = mobile();
    await db.$transaction((tx) => enqueueSms(tx, { to, template: "otp", params: { code: "123987" }, locale: "ar", dedupeKey: `bad:${to}` }));
    await db.outboxMessage.update({ where: { dedupeKey: `bad:${to}` }, data: { sealedParams: "v1.AAAA.BBBB.CCCC" } });
    const phone = recording();
    expect(await processBatch(phone)).toEqual({ sent: 0, failed: 1 });
    expect(phone.sent).toHaveLength(0);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `bad:${to}` } })).toMatchObject({ status: "DEAD", sealedParams: null });
  });
});
