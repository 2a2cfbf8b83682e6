/**
 * Who the local national-SSO stand-in (scripts/oidc-dev-provider.ts) can assert: the seeded citizens and
 * residents (demo accounts, office founders and members by national ID, the kiosk's two shop owners — the same
 * people sign in on the web) and one person the portal has never seen (to show an account created from the claims).
 * All sign in there with the demo password.
 */
import crypto from "node:crypto";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { KIOSK_DEMO_PERSON, KIOSK_DEMO_PERSON_2 } from "../../prisma/seed/kiosks";
import { SUPERVISION_USERS } from "../../prisma/seed/supervision";
import { withCheckDigit } from "../../lib/domain/identity/national-id";

export type DevIdentity = { nationalId: string; nameAr: string; nameEn: string; mobile: string };

/** A person the seed does not create: signing in as them creates their portal account from the claims. */
export const NEW_SSO_PERSON: DevIdentity = { nationalId: withCheckDigit("119283746"), nameAr: "سلمان بن فهد العتيبي", nameEn: "Salman F. Al-Otaibi", mobile: "966559876543" };

/** Every identity the stand-in can assert (national ID → claims). */
export function devIdentities(): Map<string, DevIdentity> {
  const people: DevIdentity[] = [
    ...DEMO_ACCOUNTS.filter((a) => a.loginKind === "nationalId").map((a) => ({ nationalId: a.login, nameAr: a.nameAr, nameEn: a.nameEn, mobile: a.mobile })),
    ...SUPERVISION_USERS.filter((u) => u.nationalId && !u.username).map((u) => ({ nationalId: u.nationalId!, nameAr: u.nameAr, nameEn: u.nameEn, mobile: u.mobile })),
    ...[KIOSK_DEMO_PERSON, KIOSK_DEMO_PERSON_2].map((p) => ({ nationalId: p.nationalId, nameAr: p.nameAr, nameEn: p.nameEn, mobile: p.mobile })),
    NEW_SSO_PERSON,
  ];
  return new Map(people.map((p) => [p.nationalId, p]));
}

/** A stable subject per person (the real provider has its own). */
export function devSubject(nationalId: string): string {
  return `iam-${crypto.createHash("sha256").update(`amanah-dev:${nationalId}`).digest("hex").slice(0, 20)}`;
}
