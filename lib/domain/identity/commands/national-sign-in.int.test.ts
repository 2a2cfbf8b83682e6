/**
 * The national SSO creates or links accounts from the identity provider's claims ONLY (docs/decisions/009):
 * the claims as lib/auth/national-sso.ts maps them from a real ID token are the command's whole input.
 */
import { describe, expect, it } from "vitest";
import { mapNationalClaims } from "@/lib/auth/national-sso";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { nationalSignIn } from "@/lib/domain/identity/commands/national-sign-in";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { AppError } from "@/lib/errors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";

const guest = { verifiedMobile: null, ip: "198.51.100.20" };
const demoCitizen = DEMO_ACCOUNTS.find((a) => a.role === "CITIZEN")!;

async function refusal(claims: unknown): Promise<AppError> {
  const e = await nationalSignIn.execute(guest, claims).catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("identity.nationalSignIn", () => {
  it("creates an account from the claims, and a second sign-in finds the same account", async () => {
    const nationalId = withCheckDigit("119900001");
    const claims = mapNationalClaims({ sub: "iam-new-1", national_id: nationalId, name_ar: "سلمان العتيبي", name_en: "Salman Al-Otaibi", phone_number: "+966559876543" });
    const first = await nationalSignIn.execute(guest, claims);
    expect(first.event).toBe("auth.ssoCreate");
    const user = await db.user.findUniqueOrThrow({ where: { id: first.userId } });
    expect(user).toMatchObject({ nationalId, oidcSubject: "iam-new-1", nameAr: "سلمان العتيبي", nameEn: "Salman Al-Otaibi", mobile: "966559876543", passwordHash: null, username: null });
    expect((await loadActor(db, user.id))?.roles).toEqual(["CITIZEN"]);

    const second = await nationalSignIn.execute(guest, claims);
    expect(second).toEqual({ userId: first.userId, event: "auth.ssoSignIn" });
    expect(await db.user.count({ where: { nationalId } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: "auth.sso" } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.actorLabel, a.ip])).toEqual([
      ["auth.ssoCreate", "system:national-sso", guest.ip],
      ["auth.ssoSignIn", "system:national-sso", guest.ip],
    ]);
  });

  it("links the existing account holding the national ID (the seeded citizen keeps their records) and follows the provider's mobile", async () => {
    const existing = await db.user.findUniqueOrThrow({ where: { nationalId: demoCitizen.login } });
    const result = await nationalSignIn.execute(guest, mapNationalClaims({ sub: "iam-demo-1", national_id: demoCitizen.login, name_ar: demoCitizen.nameAr, name_en: demoCitizen.nameEn, phone_number: "+966501110000" }));
    expect(result).toEqual({ userId: existing.id, event: "auth.ssoLink" });
    expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ oidcSubject: "iam-demo-1", mobile: "966501110000" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: existing.id, action: "auth.ssoLink" } });
    expect(audit.before).toMatchObject({ mobile: demoCitizen.mobile });
  });

  it("refuses a claim with an invalid national ID (wrong check digit) and creates nothing", async () => {
    const bad = withCheckDigit("119900002").slice(0, 9) + String((Number(withCheckDigit("119900002")[9]) + 1) % 10);
    const before = await db.user.count();
    const e = await refusal(mapNationalClaims({ sub: "iam-bad", national_id: bad, name_ar: "س", name_en: "S", phone_number: "+966559876000" }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors).toMatchObject({ nationalId: "validation:nationalId" });
    expect(await db.user.count()).toBe(before);
    expect((await refusal(mapNationalClaims({ sub: "iam-bad2", national_id: withCheckDigit("119900003"), name_ar: "س", phone_number: "12" }))).fieldErrors).toMatchObject({ mobile: "validation:mobile" });
    expect((await refusal({ ...mapNationalClaims({ sub: "", national_id: withCheckDigit("119900003"), name_ar: "س", phone_number: "+966559876000" }) })).code).toBe("VALIDATION");
  });

  it("refuses a subject that now asserts another national ID, and a national ID linked to another subject", async () => {
    const a = withCheckDigit("119900004");
    await nationalSignIn.execute(guest, mapNationalClaims({ sub: "iam-a", national_id: a, name_ar: "أ", phone_number: "+966559870001" }));
    expect((await refusal(mapNationalClaims({ sub: "iam-a", national_id: withCheckDigit("119900005"), name_ar: "أ", phone_number: "+966559870001" }))).message).toBe("SSO_MISMATCH");
    expect((await refusal(mapNationalClaims({ sub: "iam-other", national_id: a, name_ar: "أ", phone_number: "+966559870001" }))).message).toBe("SSO_MISMATCH");
  });

  it("refuses a deactivated account", async () => {
    const id = withCheckDigit("119900006");
    const { userId } = await nationalSignIn.execute(guest, mapNationalClaims({ sub: "iam-off", national_id: id, name_ar: "م", phone_number: "+966559870002" }));
    await db.user.update({ where: { id: userId }, data: { active: false } });
    expect((await refusal(mapNationalClaims({ sub: "iam-off", national_id: id, name_ar: "م", phone_number: "+966559870002" }))).message).toBe("SSO_INACTIVE");
  });
});
