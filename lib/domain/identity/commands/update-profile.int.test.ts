import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { confirmMobileChange, mobileChangePurpose, updateProfile } from "@/lib/domain/identity/commands/update-profile";
import { AppError } from "@/lib/errors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { latestCode } from "@/tests/setup/sms-phone";

let citizen: Actor;
let other: Actor;

beforeAll(async () => {
  const [a, b] = DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN");
  citizen = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { nationalId: a!.login } })).id))!;
  other = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { nationalId: b!.login } })).id))!;
});

describe("updateProfile", () => {
  it("changes only the actor's own row; a new mobile waits for the code sent TO it (issue 11)", async () => {
    const otherBefore = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
    const result = await updateProfile.execute(citizen, { mobile: "+966 55 000 1122", email: "a@example.sa", preferredLocale: "en", userId: other.userId });
    expect(result.pendingMobile).toBe("966550001122");

    // E-mail and language change at once; the mobile does NOT until the code is confirmed.
    const me = await db.user.findUniqueOrThrow({ where: { id: citizen.userId } });
    expect(me).toMatchObject({ mobile: citizen.mobile, pendingMobile: "966550001122", email: "a@example.sa", preferredLocale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.userId } })).toEqual(otherBefore);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "identity.updateProfile", entityId: citizen.userId } });
    expect(audit.before).toMatchObject({ mobile: citizen.mobile });
    expect(audit.after).toMatchObject({ mobile: citizen.mobile, pendingMobile: "966550001122" });

    // The code went to the NEW number (hashed in the database, masked in the outbox); the old number is told.
    const row = await db.phoneVerification.findFirstOrThrow({ where: { mobile: "966550001122", purpose: mobileChangePurpose(citizen.userId) } });
    const code = await latestCode("966550001122");
    expect(row.codeHash).not.toContain(code);
    expect((await db.outboxMessage.findMany({ where: { template: "profileUpdated" } })).map((m) => m.to)).toEqual([citizen.mobile]);

    // A wrong code is refused AND counted; the other citizen cannot use this code.
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirmMobileChange.execute(citizen, { code: wrong })).toEqual({ confirmed: false, error: "complaints:otp.errors.wrongCode?left=4" });
    expect((await db.phoneVerification.findUniqueOrThrow({ where: { id: row.id } })).attempts).toBe(1);
    expect(await confirmMobileChange.execute(other, { code })).toMatchObject({ confirmed: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: citizen.userId } })).mobile).toBe(citizen.mobile);

    // The right code moves the mobile, audited, and both numbers are told.
    expect(await confirmMobileChange.execute(citizen, { code: `${code.slice(0, 3)} ${code.slice(3)}` })).toEqual({ confirmed: true, mobile: "966550001122" });
    expect(await db.user.findUniqueOrThrow({ where: { id: citizen.userId } })).toMatchObject({ mobile: "966550001122", pendingMobile: null });
    const moved = await db.auditLog.findFirstOrThrow({ where: { action: "identity.changeMobile", entityId: citizen.userId } });
    expect(moved.after).toMatchObject({ mobile: "966550001122" });
    const sms = await db.outboxMessage.findMany({ where: { template: "profileUpdated" } });
    expect(sms.map((m) => m.to).sort()).toEqual([citizen.mobile, citizen.mobile, "966550001122"].sort());
    expect(sms.every((m) => m.locale === "en" && m.body.includes("940"))).toBe(true);
    // Used up: the same code cannot be replayed.
    expect(await confirmMobileChange.execute(citizen, { code })).toMatchObject({ confirmed: false });
  });

  it("after 5 wrong codes even the right one is refused, and the mobile stays", async () => {
    await updateProfile.execute(other, { mobile: "0550003344", email: "", preferredLocale: "ar" });
    const code = await latestCode("966550003344");
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) await confirmMobileChange.execute(other, { code: wrong });
    expect(await confirmMobileChange.execute(other, { code })).toEqual({ confirmed: false, error: "complaints:otp.errors.tooManyAttempts" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.userId } })).mobile).toBe(other.mobile);
  });

  it("a code is needed at all: confirming with nothing pending is refused", async () => {
    const [, , third] = DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN");
    const who = third ? (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { nationalId: third.login } })).id))! : citizen;
    await db.user.update({ where: { id: who.userId }, data: { pendingMobile: null } });
    expect(await confirmMobileChange.execute(who, { code: "123456" })).toEqual({ confirmed: false, error: "dashboard:profile.errors.noPendingMobile" });
    const bad = await confirmMobileChange.execute(who, { code: "12" }).catch((e: unknown) => e);
    expect((bad as AppError).fieldErrors).toEqual({ code: "dashboard:profile.errors.codeFormat" });
  });

  it("refuses bad input with field keys and changes nothing", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
    const outbox = await db.outboxMessage.count();
    const error = await updateProfile.execute(other, { mobile: "0612", email: "not-an-email", preferredLocale: "fr" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ mobile: "validation:mobile", email: "validation:email", preferredLocale: "validation:invalidOption" });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.userId } })).toEqual(before);
    expect(await db.outboxMessage.count()).toBe(outbox);
  });
});
