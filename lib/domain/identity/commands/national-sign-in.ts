import "server-only";
import "server-only";
import { definePublicCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { ZNationalClaims } from "@/lib/domain/identity/schemas";
import { AppError } from "@/lib/errors";

/**
 * A citizen or resident signed in at the national identity provider (OIDC): find their account by the provider's
 * subject, or link the account holding the asserted national ID, or create one — from the provider's claims ONLY
 * (national ID, names, mobile), never from anything typed into the portal. Names and mobile follow the provider
 * (it verified them). Refused: claims that do not validate (e.g. a national ID with a wrong check digit), a subject
 * that now asserts another national ID, a national ID already linked to another subject, a deactivated account.
 * docs/decisions/009-national-sso-and-staff-2fa.md
 */
export const nationalSignIn = definePublicCommand({
  name: "identity.nationalSignIn",
  why: "the national identity provider authenticated the person; its signed claims are the proof",
  schema: ZNationalClaims,
  async run(tx, guest, claims) {
    const select = { id: true, nationalId: true, oidcSubject: true, active: true, nameAr: true, nameEn: true, mobile: true } as const;
    let user = await tx.user.findUnique({ where: { oidcSubject: claims.subject }, select });
    let event: "auth.ssoSignIn" | "auth.ssoLink" | "auth.ssoCreate" = "auth.ssoSignIn";
    if (user && user.nationalId !== claims.nationalId) throw new AppError("CONFLICT", { message: "SSO_MISMATCH" });
    if (!user) {
      const holder = await tx.user.findUnique({ where: { nationalId: claims.nationalId }, select });
      if (holder?.oidcSubject && holder.oidcSubject !== claims.subject) throw new AppError("CONFLICT", { message: "SSO_MISMATCH" });
      if (holder) {
        user = await tx.user.update({ where: { id: holder.id }, data: { oidcSubject: claims.subject }, select });
        event = "auth.ssoLink";
      } else {
        user = await tx.user.create({
          data: { nationalId: claims.nationalId, oidcSubject: claims.subject, nameAr: claims.nameAr, nameEn: claims.nameEn, mobile: claims.mobile, passwordHash: null },
          select,
        });
        event = "auth.ssoCreate";
      }
    }
    if (!user.active) throw new AppError("FORBIDDEN", { message: "SSO_INACTIVE" });

    const before = { nameAr: user.nameAr, nameEn: user.nameEn, mobile: user.mobile };
    const after = { nameAr: claims.nameAr, nameEn: claims.nameEn, mobile: claims.mobile };
    const changed = JSON.stringify(before) !== JSON.stringify(after);
    if (changed) await tx.user.update({ where: { id: user.id }, data: after });
    await recordAudit(tx, { system: "national-sso" }, {
      action: event,
      entityType: "User",
      entityId: user.id,
      before: event === "auth.ssoCreate" ? undefined : changed ? before : undefined,
      after: event === "auth.ssoCreate" || changed ? { nationalId: claims.nationalId, ...after } : undefined,
      ip: guest.ip,
    });
    return { userId: user.id, event };
  },
});
