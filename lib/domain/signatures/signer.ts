import type { DbOrTx, Tx } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { newSigningKey } from "@/lib/domain/signatures/keys";
import type { Delegation, Holding } from "@/lib/domain/signatures/rules";
import type { AnyActor } from "@/lib/auth/actor";

/** What a person may sign in: the positions they hold (with dates) and the delegations made to them. */
export async function signerCapacities(db: DbOrTx, userId: string): Promise<{ holdings: Holding[]; delegations: Delegation[] }> {
  const [holdings, delegations] = await Promise.all([
    db.signingPositionHolder.findMany({ where: { userId }, select: { positionId: true, since: true, until: true } }),
    db.signingDelegation.findMany({ where: { delegateId: userId }, select: { id: true, positionId: true, delegatorId: true, startsAt: true, endsAt: true, revokedAt: true } }),
  ]);
  return { holdings, delegations };
}

/**
 * The signer's active key; a signer without one gets their first key here (audited), valid from `signingAt`: the
 * signature it is about to make is dated then, and a key published as created a second later ("iat") would make
 * that signature refused as made before its key existed (seen on a busy machine, where the two straddled a second).
 */
export async function activeKeyOf(tx: Tx, actor: AnyActor, userId: string, signingAt: Date): Promise<{ kid: string; privateSealed: string }> {
  const key = await tx.signingKey.findFirst({ where: { userId, status: "ACTIVE" }, orderBy: { createdAt: "desc" }, select: { kid: true, privateSealed: true } });
  if (key) return key;
  return issueKey(tx, actor, userId, "signatures.key.issue", undefined, signingAt);
}

export async function issueKey(tx: Tx, actor: AnyActor, userId: string, action: string, before?: unknown, createdAt?: Date): Promise<{ kid: string; privateSealed: string }> {
  const k = newSigningKey();
  const row = await tx.signingKey.create({ data: { kid: k.kid, userId, publicJwk: k.publicJwk, privateSealed: k.privateSealed, ...(createdAt ? { createdAt } : {}) }, select: { id: true, kid: true, privateSealed: true } });
  // The audit row names the key, never its private half.
  await recordAudit(tx, actor, { action, entityType: "SigningKey", entityId: row.id, before, after: { kid: row.kid, userId, status: "ACTIVE" } });
  return { kid: row.kid, privateSealed: row.privateSealed };
}
