/**
 * The citizen dashboard's identity card and last messages: the messages are read by the actor's mobile (read with the
 * actor for this request) at the same time as the account's own row, and only that mobile's five newest show.
 */
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { getCitizenDashboard } from "@/lib/domain/dashboard/queries/citizen-dashboard";
import { withCheckDigit } from "@/lib/domain/identity/national-id";

const someMobile = () => `9665${String(randomInt(10_000_000, 99_999_999))}`;

describe("citizen dashboard", () => {
  it("shows the account's national ID, mobile, join date and the five newest messages sent to its mobile only", async () => {
    const nationalId = withCheckDigit(`1${String(randomInt(10_000_000, 99_999_999))}`);
    const mobile = someMobile();
    const user = await db.user.create({ data: { nationalId, nameAr: "مواطن اللوحة", nameEn: "Dashboard citizen", mobile } });
    const base = Date.now() - 60 * 60_000;
    await db.outboxMessage.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ to: mobile, template: "test", params: {}, body: `رسالة ${i}`, createdAt: new Date(base + i * 60_000) })),
    });
    // Someone else's message, newer than all of them, must not show.
    await db.outboxMessage.create({ data: { to: someMobile(), template: "test", params: {}, body: "لغيره", createdAt: new Date() } });

    const actor = (await loadActor(db, user.id))!;
    const d = await getCitizenDashboard(actor);
    expect(d.nationalId).toBe(nationalId);
    expect(d.mobile).toBe(mobile);
    expect(d.memberSince.getTime()).toBe(user.createdAt.getTime());
    expect(d.messages.map((m) => m.body)).toEqual(["رسالة 6", "رسالة 5", "رسالة 4", "رسالة 3", "رسالة 2"]);

    // After a confirmed mobile change the actor carries the new number: the old number's messages are not this account's.
    const next = someMobile();
    await db.user.update({ where: { id: user.id }, data: { mobile: next } });
    await db.outboxMessage.create({ data: { to: next, template: "test", params: {}, body: "على الرقم الجديد" } });
    const after = await getCitizenDashboard((await loadActor(db, user.id))!);
    expect(after.mobile).toBe(next);
    expect(after.messages.map((m) => m.body)).toEqual(["على الرقم الجديد"]);
  });
});
