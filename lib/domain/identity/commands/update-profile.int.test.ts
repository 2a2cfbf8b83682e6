import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { updateProfile } from "@/lib/domain/identity/commands/update-profile";
import { AppError } from "@/lib/errors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

let citizen: Actor;
let other: Actor;

beforeAll(async () => {
  const [a, b] = DEMO_ACCOUNTS.filter((x) => x.role === "CITIZEN");
  citizen = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { nationalId: a!.login } })).id))!;
  other = (await loadActor(db, (await db.user.findUniqueOrThrow({ where: { nationalId: b!.login } })).id))!;
});

describe("updateProfile", () => {
  it("changes only the actor's own row, audits it, and texts the old and the new number", async () => {
    const otherBefore = await db.user.findUniqueOrThrow({ where: { id: other.userId } });
    await updateProfile.execute(citizen, { mobile: "+966 55 000 1122", email: "a@example.sa", preferredLocale: "en", userId: other.userId });

    const me = await db.user.findUniqueOrThrow({ where: { id: citizen.userId } });
    expect(me).toMatchObject({ mobile: "966550001122", email: "a@example.sa", preferredLocale: "en" });
    expect(await db.user.findUniqueOrThrow({ where: { id: other.userId } })).toEqual(otherBefore);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "identity.updateProfile", entityId: citizen.userId } });
    expect(audit.before).toMatchObject({ mobile: citizen.mobile });
    expect(audit.after).toMatchObject({ mobile: "966550001122" });

    const sms = await db.outboxMessage.findMany({ where: { template: "profileUpdated" }, orderBy: { to: "asc" } });
    expect(sms.map((m) => m.to).sort()).toEqual([citizen.mobile, "966550001122"].sort());
    expect(sms.every((m) => m.locale === "en" && m.body.includes("940"))).toBe(true);
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
