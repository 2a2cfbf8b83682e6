import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { moveApplication, type MovableApplication } from "@/lib/domain/licensing/move";
import type { ApplicationEvent, ApplicationState, StepRole } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

/**
 * What every office step shares: the application is loaded WITH THE ACTOR'S OFFICE IN THE WHERE, so
 * another office's application (or a draft the citizen has not submitted) is simply not found — the
 * same answer as an id that does not exist. Then the one move (workflow check, optimistic lock,
 * history, audit, SMS) in the command's transaction.
 */
export type OfficeApplication = MovableApplication & {
  officeId: string;
  activityGroupEn: string | null;
  areaM2: number | null;
  signAreaM2: number | null;
  commercialRegNo: string | null;
  tradeNameAr: string | null;
  applicantNationalId: string;
};

export async function loadOfficeApplication(tx: Tx, actor: Actor, applicationId: string): Promise<OfficeApplication> {
  if (!actor.officeId) throw new AppError("NOT_FOUND");
  const app = await tx.licenseApplication.findFirst({
    where: { id: applicationId, officeId: actor.officeId, status: { not: "DRAFT" } },
    select: {
      id: true,
      number: true,
      status: true,
      kind: true,
      municipalityId: true,
      applicantId: true,
      applicantNationalId: true,
      officeId: true,
      areaM2: true,
      signAreaM2: true,
      commercialRegNo: true,
      tradeNameAr: true,
      activity: { select: { groupEn: true } },
    },
  });
  if (!app || !app.officeId) throw new AppError("NOT_FOUND");
  await assertNotOwnApplication(tx, actor, app);
  const { activity, ...rest } = app;
  return { ...rest, officeId: app.officeId, status: app.status as ApplicationState, activityGroupEn: activity?.groupEn ?? null };
}

/**
 * Conflict of interest: office staff never process an application they submitted or whose license holder
 * they are (same account, or the same national ID) — a colleague does. Checked on every office step.
 */
export async function assertNotOwnApplication(tx: Tx, actor: Actor, app: { applicantId: string; applicantNationalId: string }): Promise<void> {
  if (app.applicantId === actor.userId) throw new AppError("FORBIDDEN", { message: "licensingOffice:errors.ownApplication" });
  const nationalId = await actorNationalIdOrNull(tx, actor);
  if (nationalId && nationalId === app.applicantNationalId) throw new AppError("FORBIDDEN", { message: "licensingOffice:errors.ownApplication" });
}

/**
 * A health license's health steps belong to a health specialist whose qualification the Amanah has
 * verified (OfficeMember.verifiedAt), and who is an active member of THIS office.
 */
export async function assertVerifiedHealthSpecialist(tx: Tx, actor: Actor, officeId: string): Promise<void> {
  const member = await tx.officeMember.findFirst({
    where: { userId: actor.userId, officeId, role: "HEALTH_SPECIALIST", active: true, verifiedAt: { not: null } },
    select: { id: true },
  });
  if (!member) throw new AppError("FORBIDDEN", { message: "licensingOffice:errors.specialistNotVerified" });
}

export type StepSpec = { event: ApplicationEvent; role: StepRole; note?: string | null; extra?: Record<string, unknown> };

/** Loads the office's application and takes one step on it; returns the new state. */
export async function officeStep(tx: Tx, actor: Actor, applicationId: string, step: StepSpec): Promise<{ id: string; number: string; status: ApplicationState }> {
  const app = await loadOfficeApplication(tx, actor, applicationId);
  if (step.role === "OFFICE_HEALTH_SPECIALIST") await assertVerifiedHealthSpecialist(tx, actor, app.officeId);
  const status = await moveApplication(tx, actor, app, { event: step.event, role: step.role, note: step.note, extra: step.extra });
  return { id: app.id, number: app.number, status };
}
