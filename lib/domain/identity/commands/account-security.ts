import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { checkTotp, newTotpSecret, requiresTotp, totpUri } from "@/lib/auth/totp";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZChangePassword, ZResetPassword, ZTotpCode } from "@/lib/domain/identity/schemas";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { z } from "@/lib/validation";

/**
 * A staff member's own password and two-factor, and an administrator's reset (docs/decisions/009).
 * Changing the password ends every session of the account (sessionVersion + 1): the person signs in again
 * with the new one. Hashes are Argon2id (lib/auth/password.ts); TOTP secrets are sealed (lib/auth/secret-box.ts).
 */
/** 15 characters from a CSPRNG, with a letter and a digit (ZNewPassword's rule). */
export function temporaryPassword(): string {
  return `Am-${randomBytes(9).toString("base64url")}7`;
}

export const changePassword = defineCommand({
  name: "identity.changePassword",
  permission: "account.security",
  schema: ZChangePassword,
  async run(tx, actor, input) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
    if (!user.passwordHash) throw new AppError("INVALID_STATE", { message: "auth:account.errors.noPassword" });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new AppError("VALIDATION", { fieldErrors: { currentPassword: "auth:account.errors.currentPasswordWrong" } });
    }
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, { action: "identity.changePassword", entityType: "User", entityId: actor.userId });
    return { signedOut: true as const };
  },
});

/** Starts (or restarts) an enrollment: a new secret, sealed, not yet enabled. Refused once two-factor is on. */
export const startTotpEnrollment = defineCommand({
  name: "identity.startTotpEnrollment",
  permission: "account.security",
  schema: z.object({ start: z.literal(true) }),
  async run(tx, actor) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true, username: true, passwordHash: true } });
    if (user.totpEnabledAt) throw new AppError("CONFLICT", { message: "auth:account.errors.totpAlreadyOn" });
    if (!user.passwordHash || !user.username) throw new AppError("INVALID_STATE", { message: "auth:account.errors.noPassword" });
    const secret = newTotpSecret();
    await tx.user.update({ where: { id: actor.userId }, data: { totpSecret: sealSecret(secret) } });
    await recordAudit(tx, actor, { action: "identity.startTotpEnrollment", entityType: "User", entityId: actor.userId });
    return { uri: totpUri(secret, user.username), secret };
  },
});

/** The code from the app proves the secret was added: two-factor is on from now on. */
export const confirmTotpEnrollment = defineCommand({
  name: "identity.confirmTotpEnrollment",
  permission: "account.security",
  schema: ZTotpCode,
  async run(tx, actor, input) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true, totpSecret: true } });
    if (user.totpEnabledAt) throw new AppError("CONFLICT", { message: "auth:account.errors.totpAlreadyOn" });
    if (!user.totpSecret) throw new AppError("CONFLICT", { message: "auth:account.errors.totpNotStarted" });
    if (!checkTotp(openSecret(user.totpSecret), input.code)) throw new AppError("VALIDATION", { fieldErrors: { code: "auth:account.errors.totpWrong" } });
    await tx.user.update({ where: { id: actor.userId, totpEnabledAt: null }, data: { totpEnabledAt: new Date() } });
    await recordAudit(tx, actor, { action: "identity.enableTotp", entityType: "User", entityId: actor.userId });
    return { enabled: true as const };
  },
});

/**
 * An administrator resets a staff member's password: a temporary one goes to the member's mobile by SMS (masked
 * in the outbox), it must be changed at the next sign-in, two-factor is cleared (re-enrolled after the change:
 * the usual reason is a lost phone), and every session of the account ends.
 */
export const resetStaffPassword = defineCommand({
  name: "identity.resetStaffPassword",
  permission: "users.resetPassword",
  schema: ZResetPassword,
  async run(tx, actor, input) {
    const target = await tx.user.findUnique({
      where: { username: input.username },
      select: { id: true, mobile: true, preferredLocale: true, username: true, active: true, staffAssignments: { select: { role: true } } },
    });
    if (!target?.username || !target.active) throw new AppError("VALIDATION", { fieldErrors: { username: "auth:account.errors.noSuchStaff" } });
    if (target.id === actor.userId) throw new AppError("FORBIDDEN", { message: "auth:account.errors.resetSelf" });
    const password = temporaryPassword();
    await tx.user.update({
      where: { id: target.id },
      data: { passwordHash: await hashPassword(password), mustChangePassword: true, totpSecret: null, totpEnabledAt: null, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor, { action: "identity.resetPassword", entityType: "User", entityId: target.id, after: { mustChangePassword: true, totpCleared: true } });
    await enqueueSms(tx, { to: target.mobile, template: "passwordReset", params: { login: target.username, password }, locale: target.preferredLocale });
    return { userId: target.id, requiresTotp: requiresTotp(target.staffAssignments.map((a) => a.role)) };
  },
});
