import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatSaudiMobile } from "@/lib/domain/identity/mobile";
import type { UpdateProfileInput } from "@/lib/domain/identity/schemas";

/** The actor's own editable details, shaped as the profile form's default values. */
export async function getMyProfile(actor: Actor): Promise<UpdateProfileInput> {
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mobile: true, email: true, preferredLocale: true } });
  return { mobile: formatSaudiMobile(user.mobile), email: user.email ?? "", preferredLocale: user.preferredLocale };
}
