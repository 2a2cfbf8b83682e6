import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZUpdateProfile } from "@/lib/domain/identity/schemas";
import { enqueueSms } from "@/lib/domain/notifications/outbox";

/**
 * A user changes their own mobile, e-mail and language. The row is the actor's own (scope in the
 * where); the change is audited and confirmed by SMS — to the old number too when the number changes,
 * so a hijacked session cannot silently move someone's notifications.
 */
export const updateProfile = defineCommand({
  name: "identity.updateProfile",
  permission: "profile.update",
  schema: ZUpdateProfile,
  async run(tx, actor, input) {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, email: true, preferredLocale: true } });
    const after = await tx.user.update({
      where: { id: actor.userId },
      data: { mobile: input.mobile, email: input.email || null, preferredLocale: input.preferredLocale },
      select: { mobile: true, email: true, preferredLocale: true },
    });
    await recordAudit(tx, actor, { action: "identity.updateProfile", entityType: "User", entityId: actor.userId, before, after });
    const recipients = new Set([after.mobile, before.mobile]);
    for (const to of recipients) {
      await enqueueSms(tx, { to, template: "profileUpdated", params: {}, locale: after.preferredLocale });
    }
    return { preferredLocale: after.preferredLocale };
  },
});
