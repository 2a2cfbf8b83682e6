import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { requestOtp, verifyOtp } from "@/lib/domain/identity/otp";
import { ZConfirmMobile, ZUpdateProfile } from "@/lib/domain/identity/schemas";
import { enqueueSms } from "@/lib/domain/notifications/outbox";

/** The one-time-code purpose of a mobile change, bound to the account (fits PhoneVerification.purpose, 32). */
export const mobileChangePurpose = (userId: string) => `mchg:${userId}`.slice(0, 32);

/**
 * A user changes their own mobile, e-mail and language. The row is the actor's own (scope in the where); the
 * change is audited and confirmed by SMS. E-mail and language change at once. A NEW mobile does not (issue 11):
 * it is kept as `pendingMobile` and a one-time code is sent TO it; `confirmMobileChange` makes it the account's
 * mobile once that code is typed — so nobody can move someone's messages to a number they do not hold. The old
 * number is told of every change.
 */
export const updateProfile = defineCommand({
  name: "identity.updateProfile",
  permission: "profile.update",
  schema: ZUpdateProfile,
  async run(tx, actor, input) {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, email: true, preferredLocale: true, pendingMobile: true } });
    const newMobile = input.mobile !== before.mobile ? input.mobile : null;
    const after = await tx.user.update({
      where: { id: actor.userId },
      data: { email: input.email || null, preferredLocale: input.preferredLocale, pendingMobile: newMobile },
      select: { mobile: true, email: true, preferredLocale: true, pendingMobile: true },
    });
    let expiresAt: Date | null = null;
    if (newMobile) {
      // Limited per number and per account (the account stands in for the IP: the person is known).
      ({ expiresAt } = await requestOtp(tx, { mobile: newMobile, purpose: mobileChangePurpose(actor.userId), ip: `user:${actor.userId}`, locale: after.preferredLocale }));
    }
    await recordAudit(tx, actor, { action: "identity.updateProfile", entityType: "User", entityId: actor.userId, before, after });
    await enqueueSms(tx, { to: after.mobile, template: "profileUpdated", params: {}, locale: after.preferredLocale });
    return { preferredLocale: after.preferredLocale, pendingMobile: after.pendingMobile, expiresAt };
  },
});

/**
 * The second half of a mobile change: the code sent to the pending number. A wrong code is COUNTED (the
 * command returns instead of throwing, so the attempt commits; OTP_MAX_ATTEMPTS then OTP_TTL_MINUTES apply);
 * the caller turns `{ confirmed: false }` into the field error. A right code moves the mobile, audited, and
 * both numbers are told.
 */
export const confirmMobileChange = defineCommand({
  name: "identity.confirmMobile",
  permission: "profile.update",
  schema: ZConfirmMobile,
  async run(tx, actor, input): Promise<{ confirmed: true; mobile: string } | { confirmed: false; error: string }> {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, pendingMobile: true, preferredLocale: true } });
    if (!user.pendingMobile) return { confirmed: false, error: "dashboard:profile.errors.noPendingMobile" };
    const check = await verifyOtp(tx, { mobile: user.pendingMobile, purpose: mobileChangePurpose(actor.userId), code: input.code });
    if (!check.ok) return { confirmed: false, error: check.error };
    const changed = await tx.user.updateMany({
      where: { id: actor.userId, pendingMobile: user.pendingMobile },
      data: { mobile: user.pendingMobile, pendingMobile: null },
    });
    if (changed.count !== 1) return { confirmed: false, error: "dashboard:profile.errors.noPendingMobile" };
    await recordAudit(tx, actor, { action: "identity.changeMobile", entityType: "User", entityId: actor.userId, before: { mobile: user.mobile }, after: { mobile: user.pendingMobile } });
    for (const to of new Set([user.mobile, user.pendingMobile])) {
      await enqueueSms(tx, { to, template: "profileUpdated", params: {}, locale: user.preferredLocale });
    }
    return { confirmed: true, mobile: user.pendingMobile };
  },
});
