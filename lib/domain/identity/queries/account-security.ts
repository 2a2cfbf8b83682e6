import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** The actor's own sign-in settings, as the account-security page shows them (no secret leaves this query). */
export async function accountSecurityOf(actor: Actor): Promise<{ hasPassword: boolean; totpOn: boolean; mustChangePassword: boolean }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true, username: true, totpEnabledAt: true, mustChangePassword: true },
  });
  return { hasPassword: !!user.passwordHash && !!user.username, totpOn: !!user.totpEnabledAt, mustChangePassword: user.mustChangePassword };
}
