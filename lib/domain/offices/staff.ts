import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { DAY_MS, INVITATION_DAYS } from "@/lib/domain/offices/rules";
import type { Lang } from "@/lib/i18n/settings";
import { createI18n } from "@/lib/i18n/instance";

/**
 * Staff of an office are people with a verified national ID. Nobody gets an account, a role or a password
 * from what someone else typed (issue 11): the office manager — or the applicant of an accreditation —
 * INVITES a national ID for a role; the SMS to the typed mobile carries only a link with a one-time token
 * (kept only as its SHA-256 hash); the invited person signs in with their OWN identity and accepts, and only
 * then becomes a member (lib/domain/offices/commands/invitations.ts, docs/decisions/010-demo-data-and-invitations.md).
 */
export type StaffPerson = { nationalId: string; nameAr: string; nameEn?: string; mobile: string };
export type OfficeRoleCode = "MANAGER" | "AGENT" | "HEALTH_SPECIALIST" | "TECH_INSPECTOR";

/** How long an invitation link stays valid. */

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function invitationLink(token: string, lang: Lang): string {
  return `${env().PUBLIC_BASE_URL.replace(/\/+$/, "")}/${lang}/my/invitations/${encodeURIComponent(token)}`;
}

/**
 * Separation of duties inside one office: whoever approves applications (MANAGER) does not also inspect
 * them (TECH_INSPECTOR) or give the health approval (HEALTH_SPECIALIST). A manager may also be an agent.
 */
const INSPECTING: readonly OfficeRoleCode[] = ["TECH_INSPECTOR", "HEALTH_SPECIALIST"];
export function incompatibleRoles(held: readonly string[], role: string): boolean {
  if (role === "MANAGER") return held.some((r) => (INSPECTING as readonly string[]).includes(r));
  if ((INSPECTING as readonly string[]).includes(role)) return held.includes("MANAGER");
  return false;
}

/**
 * Records an invitation and queues its SMS (link only). Returns the invitation id. The caller has checked
 * the office and the inviter; identity and membership rules are checked when the person accepts.
 */
export async function inviteToOffice(
  tx: Tx,
  actor: Actor,
  invite: {
    officeId: string;
    officeName: string;
    person: StaffPerson;
    role: OfficeRoleCode;
    qualificationNo: string | null;
    accreditationId?: string | null;
    now?: Date;
  },
): Promise<{ invitationId: string }> {
  const now = invite.now ?? new Date();
  const { token, tokenHash } = newInvitationToken();
  const invitation = await tx.officeInvitation.create({
    data: {
      officeId: invite.officeId,
      nationalId: invite.person.nationalId,
      nameAr: invite.person.nameAr,
      mobile: invite.person.mobile,
      role: invite.role,
      qualificationNo: invite.qualificationNo,
      tokenHash,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * DAY_MS),
      invitedById: actor.userId,
      accreditationId: invite.accreditationId ?? null,
    },
    select: { id: true },
  });
  const lang: Lang = "ar";
  const t = createI18n(lang).t;
  await enqueueSms(tx, {
    to: invite.person.mobile,
    template: "officeInvitation",
    params: { office: invite.officeName, role: t(`supervision:roles.${invite.role}`) as string, days: INVITATION_DAYS, link: invitationLink(token, lang) },
    locale: lang,
    dedupeKey: `office-invitation:${invitation.id}`,
  });
  return { invitationId: invitation.id };
}
