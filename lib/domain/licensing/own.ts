import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { MovableApplication } from "@/lib/domain/licensing/move";
import { EDITABLE_STATES } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";

/** The columns a citizen's command needs to check and move its application. */
export const OWN_APPLICATION_SELECT = {
  id: true,
  number: true,
  status: true,
  kind: true,
  municipalityId: true,
  applicantId: true,
  draftStep: true,
  tradeNameAr: true,
  tradeNameEn: true,
  commercialRegNo: true,
  activityId: true,
  districtId: true,
  addressAr: true,
  latitude: true,
  longitude: true,
  areaM2: true,
  signAreaM2: true,
  officeId: true,
  officeAutoAssigned: true,
} as const;


/**
 * The actor's own application: the applicant is IN THE WHERE, so another citizen's application is
 * simply not found (NOT_FOUND, never FORBIDDEN: nothing is revealed).
 */
export async function loadOwnApplication(tx: Tx, actor: Actor, applicationId: string) {
  const app = await tx.licenseApplication.findFirst({ where: { id: applicationId, applicantId: actor.userId }, select: OWN_APPLICATION_SELECT });
  if (!app) throw new AppError("NOT_FOUND");
  return app;
}

export function assertEditable(app: { status: string }): void {
  if (!(EDITABLE_STATES as readonly string[]).includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notEditable" });
}

export function movable(app: MovableApplication): MovableApplication {
  return { id: app.id, number: app.number, status: app.status, kind: app.kind, municipalityId: app.municipalityId, applicantId: app.applicantId };
}
