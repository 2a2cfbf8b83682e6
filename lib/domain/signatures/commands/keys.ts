import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZRevokeKey, ZRotateKey } from "@/lib/domain/signatures/schemas";
import { issueKey } from "@/lib/domain/signatures/signer";
import { AppError } from "@/lib/errors";

/**
 * Rotation: the signer's active key is RETIRED (it stays published: what it signed stays valid, it signs nothing
 * more) and a new key becomes ACTIVE. Audited with both key ids.
 */
export const rotateKey = defineCommand({
  name: "signatures.rotateKey",
  permission: "signatures.keys.rotate",
  schema: ZRotateKey,
  async run(tx, actor) {
    const now = new Date();
    const old = await tx.signingKey.findMany({ where: { userId: actor.userId, status: "ACTIVE" }, select: { kid: true } });
    await tx.signingKey.updateMany({ where: { userId: actor.userId, status: "ACTIVE" }, data: { status: "RETIRED", retiredAt: now } });
    const key = await issueKey(tx, actor, actor.userId, "signatures.key.rotate", { retired: old.map((k) => k.kid) });
    return { kid: key.kid };
  },
});

/**
 * Revocation (a key lost or compromised): the key is REVOKED, withdrawn from the published keys and named in
 * their `revoked` list, so every signature it made is refused from now on, online and offline. Administrators only.
 */
export const revokeKey = defineCommand({
  name: "signatures.revokeKey",
  permission: "signatures.keys.revoke",
  schema: ZRevokeKey,
  async run(tx, actor, input) {
    const key = await tx.signingKey.findUnique({ where: { kid: input.kid }, select: { id: true, kid: true, status: true, userId: true } });
    if (!key) throw new AppError("NOT_FOUND", { message: "signatures:errors.keyNotFound" });
    const now = new Date();
    const moved = await tx.signingKey.updateMany({ where: { id: key.id, status: key.status, NOT: { status: "REVOKED" } }, data: { status: "REVOKED", revokedAt: now, revokeReason: input.reason } });
    if (moved.count !== 1) throw new AppError("INVALID_STATE", { message: "signatures:errors.keyRevoked" });
    await recordAudit(tx, actor, { action: "signatures.key.revoke", entityType: "SigningKey", entityId: key.id, before: { status: key.status }, after: { kid: key.kid, userId: key.userId, status: "REVOKED", reason: input.reason } });
    return { kid: key.kid };
  },
});
