import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { createStaffAccount } from "@/lib/domain/identity/commands/create-staff-account";
import { isAppError } from "@/lib/errors";

const base = { username: "first.admin", nameAr: "مدير النظام الأول", nameEn: "First Administrator", mobile: "0551234000", role: "ADMIN" as const, amanahCode: "EP" };

async function refusal(input: Parameters<typeof createStaffAccount>[1]): Promise<string> {
  try {
    await createStaffAccount(db, input);
    return "created";
  } catch (e) {
    return isAppError(e) ? `${e.code} ${e.message} ${JSON.stringify(e.fieldErrors ?? {})}` : String(e);
  }
}

describe("createStaffAccount (npm run staff:create: the first administrator of a production database)", () => {
  it("creates an ADMIN with a random temporary password stored only as a hash, to be changed at first sign-in, audited", async () => {
    const account = await createStaffAccount(db, base);
    expect(account.temporaryPassword).toMatch(/^Am-[A-Za-z0-9_-]{12}7$/);
    const row = await db.user.findUniqueOrThrow({ where: { id: account.userId }, include: { staffAssignments: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(account.temporaryPassword);
    expect(row).toMatchObject({ mustChangePassword: true, mobile: "966551234000", nationalId: null, totpSecret: null });
    expect(row.staffAssignments.map((a) => [a.role, a.municipalityId])).toEqual([["ADMIN", null]]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "identity.createStaffAccount", entityId: account.userId } });
    expect(audit.actorLabel).toBe("system:console");
    expect(JSON.stringify(audit.after)).not.toContain(account.temporaryPassword);

    // The temporary password signs in (two-factor is enrolled on the account page right after), and the actor is an administrator.
    const signedIn = await authenticate({ login: "FIRST.ADMIN", password: account.temporaryPassword }, "10.7.0.1", { delay: false });
    expect(signedIn.userId).toBe(account.userId);
    expect((await loadActor(db, account.userId))?.roles).toContain("ADMIN");
  });

  it("two runs give two different passwords; a taken username is refused and nothing is written", async () => {
    const a = await createStaffAccount(db, { ...base, username: "reviewer.one", role: "REVIEWER", municipalityCode: "EP-DMM-C" });
    const users = await db.user.count();
    expect(await refusal({ ...base, username: "reviewer.one" })).toMatch(/^CONFLICT auth:account.errors.usernameTaken/);
    expect(await db.user.count()).toBe(users);
    const b = await createStaffAccount(db, { ...base, username: "reviewer.two", role: "REVIEWER" });
    expect(a.temporaryPassword).not.toBe(b.temporaryPassword);
  });

  it("refuses bad input with the field named: unknown Amanah or municipality, a mobile that is not Saudi, a bad role or username", async () => {
    expect(await refusal({ ...base, username: "x1.admin", amanahCode: "NOPE" })).toContain('"amanahCode":"validation:unknownCode"');
    expect(await refusal({ ...base, username: "x2.admin", municipalityCode: "AHS-NOPE" })).toContain('"municipalityCode":"validation:unknownCode"');
    expect(await refusal({ ...base, username: "x3.admin", mobile: "12345" })).toContain('"mobile":"validation:mobile"');
    expect(await refusal({ ...base, username: "x4.admin", role: "SUPERUSER" as never })).toContain('"role"');
    expect(await refusal({ ...base, username: "a b" })).toContain('"username":"validation:username"');
    expect(await db.user.count({ where: { username: { startsWith: "x" } } })).toBe(0);
  });
});
