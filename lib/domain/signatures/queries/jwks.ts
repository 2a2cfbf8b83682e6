import "server-only";
import type { DbOrTx } from "@/lib/db";
import type { PublishedKey, PublishedKeySet } from "@/lib/domain/signatures/compact";
import { positionRef } from "@/lib/domain/signatures/rules";

const secs = (d: Date) => Math.floor(d.getTime() / 1000);

/**
 * The published keys (JWKS, RFC 7517) at /.well-known/jwks.json: every ACTIVE and RETIRED signing key with its
 * holder's name and the capacities they may sign in (positions held, delegations received, with their time
 * windows), so a verifier checks a chain with no other source; REVOKED keys are left out and listed by id in
 * `revoked`. Public data only: names and job titles that the signed documents show anyway.
 */
export async function publishedKeySet(db: DbOrTx): Promise<PublishedKeySet> {
  const keys = await db.signingKey.findMany({ orderBy: { createdAt: "asc" }, select: { kid: true, userId: true, publicJwk: true, status: true, createdAt: true, retiredAt: true } });
  const userIds = [...new Set(keys.map((k) => k.userId))];
  const [users, holdings, delegations, municipalities] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, nameAr: true, nameEn: true } }),
    db.signingPositionHolder.findMany({ where: { userId: { in: userIds } }, select: { userId: true, since: true, until: true, position: { select: { code: true, municipalityId: true, titleAr: true, titleEn: true } } } }),
    db.signingDelegation.findMany({ where: { delegateId: { in: userIds } }, select: { delegateId: true, startsAt: true, endsAt: true, revokedAt: true, position: { select: { code: true, municipalityId: true, titleAr: true, titleEn: true } } } }),
    db.municipality.findMany({ select: { id: true, code: true } }),
  ]);
  const code = new Map(municipalities.map((m) => [m.id, m.code]));
  const name = new Map(users.map((u) => [u.id, u]));
  const auth = (userId: string): NonNullable<PublishedKey["auth"]> => [
    ...holdings.filter((h) => h.userId === userId).map((h) => ({ pos: positionRef(code.get(h.position.municipalityId) ?? "", h.position.code), nbf: secs(h.since), ...(h.until ? { exp: secs(h.until) } : {}), title: h.position.titleAr, title_en: h.position.titleEn })),
    ...delegations
      .filter((d) => d.delegateId === userId)
      .map((d) => {
        const end = d.revokedAt && d.revokedAt < d.endsAt ? d.revokedAt : d.endsAt;
        return { pos: positionRef(code.get(d.position.municipalityId) ?? "", d.position.code), nbf: secs(d.startsAt), exp: secs(end), dlg: true, title: d.position.titleAr, title_en: d.position.titleEn };
      }),
  ];
  const published: PublishedKey[] = keys
    .filter((k) => k.status !== "REVOKED")
    .map((k) => {
      const jwk = k.publicJwk as { x: string };
      const u = name.get(k.userId);
      return {
        kty: "OKP", crv: "Ed25519", x: jwk.x, kid: k.kid, use: "sig", alg: "EdDSA",
        name: u?.nameAr, name_en: u?.nameEn, iat: secs(k.createdAt), ...(k.retiredAt ? { exp: secs(k.retiredAt) } : {}), auth: auth(k.userId),
      };
    });
  return { keys: published, revoked: keys.filter((k) => k.status === "REVOKED").map((k) => k.kid) };
}
