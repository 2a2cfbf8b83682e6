import { actorAllows, officeBlockedError } from "@/lib/auth/office-block";
import type { Actor, AnyActor } from "@/lib/auth/actor";
import { isSystemActor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import type { ApplicationEvent, StepRole } from "@/lib/domain/licensing/workflow";
import { REQUIRED_AGENT_TRAINING, trainingValidSince } from "@/lib/domain/offices/rules";
import { AppError } from "@/lib/errors";

/**
 * The supervision rules an office must meet to act on an application (issue 6):
 * - HEALTH applications: the office must have an active health specialist whose professional
 *   classification the committee VERIFIED, for every step it takes on them (take, accept, inspection,
 *   health review, approval, return, reject); the specialist acting must be verified themself.
 * - "accept" by an agent needs a valid LICENSING_BASICS training certificate (an agent without the
 *   required training cannot approve an application for processing).
 * The decision is pure (officeRefusal); assertOfficeMayAct loads the facts and throws the refusal.
 */
export const OFFICE_STEP_ROLES: readonly StepRole[] = ["OFFICE_AGENT", "OFFICE_TECH_INSPECTOR", "OFFICE_HEALTH_SPECIALIST", "OFFICE_MANAGER"];


export type OfficeActFacts = {
  kind: "COMMERCIAL" | "HEALTH";
  event: ApplicationEvent;
  role: StepRole;
  /** The application belongs to the actor's office. */
  ownOffice: boolean;
  hasVerifiedHealthSpecialist: boolean;
  /** The acting member's own qualification is verified (only asked of health specialists). */
  actorVerified: boolean;
  /** The acting member holds a valid certificate of the required training. */
  actorTrained: boolean;
};

/** null when the office may act; else the message key of the refusal. Pure. */
export function officeRefusal(f: OfficeActFacts): string | null {
  if (!OFFICE_STEP_ROLES.includes(f.role)) return null;
  if (!f.ownOffice) return "supervision:errors.notYourOffice";
  if (f.kind === "HEALTH" && !f.hasVerifiedHealthSpecialist) return "supervision:errors.noVerifiedHealthSpecialist";
  if (f.role === "OFFICE_HEALTH_SPECIALIST" && !f.actorVerified) return "supervision:errors.specialistNotVerified";
  if (f.role === "OFFICE_AGENT" && f.event === "accept" && !f.actorTrained) return "supervision:errors.agentNotTrained";
  return null;
}

/** Active, not removed, verified health specialists of the office (the rule of eligible offices too). */
export const verifiedHealthSpecialistWhere = { role: "HEALTH_SPECIALIST", active: true, removedAt: null, verifiedAt: { not: null } } as const;

/**
 * Throws the refusal when `actor`, acting as `role`, may not take `event` on the application.
 * Called by moveApplication before it writes, for office roles only.
 */
export async function assertOfficeMayAct(
  db: DbOrTx,
  actor: AnyActor,
  app: { id: string; kind: "COMMERCIAL" | "HEALTH" },
  event: ApplicationEvent,
  role: StepRole,
  now: Date = new Date(),
): Promise<void> {
  if (!OFFICE_STEP_ROLES.includes(role) || isSystemActor(actor)) return;
  const row = await db.licenseApplication.findUnique({ where: { id: app.id }, select: { officeId: true } });
  const officeId = row?.officeId ?? null;
  const ownOffice = officeId !== null && officeId === actor.officeId;
  if (ownOffice) {
    // The actor was loaded at the start of the request; a suspension decided since then must still win.
    // FOR SHARE waits for a suspension being written to the office row and then sees its status, so a step
    // and a suspension of the same office are serialized (the suspension updates that row).
    const [office] = await db.$queryRaw<{ status: string; suspendedUntil: Date | null }[]>`
      SELECT status::text AS status, "suspendedUntil" FROM "LicensingOffice" WHERE id = ${officeId} FOR SHARE`;
    if (office && office.status !== "ACTIVE") {
      throw officeBlockedError({ officeId: officeId as string, status: office.status as "SUSPENDED" | "REVOKED" | "PENDING", until: office.suspendedUntil, roles: [] }, isSystemActor(actor) ? "ar" : actor.locale);
    }
  }
  const needsSpecialist = ownOffice && app.kind === "HEALTH";
  const needsTraining = ownOffice && role === "OFFICE_AGENT" && event === "accept";
  const specialists = needsSpecialist ? await db.officeMember.count({ where: { officeId: officeId as string, ...verifiedHealthSpecialistWhere } }) : 0;
  const self =
    ownOffice && role === "OFFICE_HEALTH_SPECIALIST"
      ? await db.officeMember.count({ where: { officeId: officeId as string, userId: actor.userId, ...verifiedHealthSpecialistWhere } })
      : 0;
  const trained = needsTraining
    ? await db.workshopAttendance.count({
        where: {
          attended: true,
          certificateNo: { not: null },
          certifiedAt: { gte: trainingValidSince(now) },
          workshop: { topic: REQUIRED_AGENT_TRAINING },
          member: { userId: actor.userId, officeId: officeId as string, active: true },
        },
      })
    : 0;
  const refusal = officeRefusal({
    kind: app.kind,
    event,
    role,
    ownOffice,
    hasVerifiedHealthSpecialist: specialists > 0,
    actorVerified: self > 0,
    actorTrained: trained > 0,
  });
  if (refusal) throw new AppError("FORBIDDEN", { message: refusal });
}

/**
 * The actor's roles as the supervision workflows (workflow.ts) see them: the actor's own roles, plus
 * OFFICE_MANAGER for a manager whose office is suspended or revoked — the appeal is one of the doors such
 * an office keeps (lib/auth/office-block.ts), while loadActor gives its members no office role.
 */
export function supervisionRoles(actor: Actor): string[] {
  const roles: string[] = [...actor.roles];
  if (!roles.includes("OFFICE_MANAGER") && actorAllows(actor, "offices.appeal")) roles.push("OFFICE_MANAGER");
  return roles;
}
