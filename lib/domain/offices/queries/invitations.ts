import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { hashInvitationToken } from "@/lib/domain/offices/staff";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * Office invitations as the invited person sees them — found through their OWN verified national ID only —
 * and as the office (its manager) or the committee see them. docs/decisions/010-demo-data-and-invitations.md.
 */
export type InvitationView = {
  id: string;
  office: { code: string; nameAr: string; nameEn: string };
  role: string;
  qualificationNo: string | null;
  expiresAt: Date;
  createdAt: Date;
};

const viewSelect = {
  id: true,
  role: true,
  qualificationNo: true,
  expiresAt: true,
  createdAt: true,
  office: { select: { code: true, nameAr: true, nameEn: true } },
} as const;

function view(r: InvitationView): InvitationView {
  return { id: r.id, office: r.office, role: r.role, qualificationNo: r.qualificationNo, expiresAt: r.expiresAt, createdAt: r.createdAt };
}

/** Pending, unexpired invitations addressed to the signed-in person's national ID. */
export async function myInvitations(actor: Actor, now = new Date()): Promise<InvitationView[]> {
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId) return [];
  const rows = await db.officeInvitation.findMany({
    where: { nationalId, status: "PENDING", expiresAt: { gt: now }, office: { status: { not: "REVOKED" } } },
    select: viewSelect,
    orderBy: { createdAt: "desc" },
  });
  return rows.map(view);
}

export type TokenLookup =
  | { kind: "mine"; invitation: InvitationView }
  | { kind: "notFound" }
  /** The link is for another national ID: nothing about it is shown. */
  | { kind: "notYou" }
  | { kind: "answered"; status: string; office: { nameAr: string; nameEn: string } }
  | { kind: "expired" };

/** The invitation of an SMS link, for the signed-in person: shown only when it is addressed to them. */
export async function invitationByToken(actor: Actor, token: string, now = new Date()): Promise<TokenLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: "notFound" };
  const r = await db.officeInvitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, select: { ...viewSelect, nationalId: true, status: true } });
  if (!r) return { kind: "notFound" };
  const nationalId = await actorNationalIdOrNull(db, actor);
  if (!nationalId || nationalId !== r.nationalId) return { kind: "notYou" };
  if (r.status !== "PENDING") return { kind: "answered", status: r.status, office: r.office };
  if (r.expiresAt.getTime() <= now.getTime()) return { kind: "expired" };
  return { kind: "mine", invitation: view(r) };
}

export type OfficeInvitationRow = {
  id: string;
  name: string;
  nationalId: string;
  role: string;
  qualificationNo: string | null;
  status: string;
  expired: boolean;
  /** What the page shows: the status, or EXPIRED for a pending invitation past its date. */
  state: "PENDING" | "ACCEPTED" | "DECLINED" | "EXPIRED";
  /** Still waiting for an answer: the manager may revoke it. */
  revocable: boolean;
  expiresAt: Date;
  createdAt: Date;
};

/** Invitations of one office (the manager's team page) or of one accreditation application (the committee). */
export async function invitationRows(where: { officeId?: string; accreditationId?: string }, now = new Date()): Promise<OfficeInvitationRow[]> {
  if (!where.officeId && !where.accreditationId) return [];
  const rows = await db.officeInvitation.findMany({
    where: { ...where, status: { in: ["PENDING", "DECLINED", "ACCEPTED"] } },
    select: { id: true, nameAr: true, nationalId: true, role: true, qualificationNo: true, status: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((r) => {
    const expired = r.status === "PENDING" && r.expiresAt.getTime() <= now.getTime();
    const state = expired ? "EXPIRED" : (r.status as "PENDING" | "ACCEPTED" | "DECLINED");
    return {
    id: r.id,
    name: r.nameAr,
    nationalId: r.nationalId,
    role: r.role,
    qualificationNo: r.qualificationNo,
    status: r.status,
    expired,
    state,
    revocable: state === "PENDING",
    expiresAt: r.expiresAt,
    createdAt: r.createdAt,
    };
  });
}

/** The manager's own office's invitations that are still waiting for an answer. */
export async function pendingOfficeInvitations(actor: Actor, now = new Date()): Promise<OfficeInvitationRow[]> {
  if (!actor.officeId) return [];
  return (await invitationRows({ officeId: actor.officeId }, now)).filter((r) => r.status === "PENDING");
}
