import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/**
 * Who may read an application's documents and its inspections' photos: the applicant, the members of
 * the office the application is assigned to, and municipality staff who look up licenses in that
 * municipality. Everyone else — another citizen, another office — gets the same "not found".
 */
export async function canReadLicensingFile(actor: Actor, file: { applicationId: string | null; inspectionId: string | null }): Promise<boolean> {
  let applicationId = file.applicationId;
  if (!applicationId && file.inspectionId) {
    const inspection = await db.inspection.findUnique({ where: { id: file.inspectionId }, select: { applicationId: true } });
    applicationId = inspection?.applicationId ?? null;
  }
  if (!applicationId) return false;
  const app = await db.licenseApplication.findUnique({ where: { id: applicationId }, select: { applicantId: true, officeId: true, municipalityId: true, status: true } });
  if (!app) return false;
  if (app.applicantId === actor.userId && rolesAllow(actor.roles, "licensing.mine")) return true;
  if (app.status !== "DRAFT" && app.officeId && actor.officeId === app.officeId && rolesAllow(actor.roles, "licensing.office.queue")) return true;
  if (app.municipalityId && rolesAllow(actor.roles, "licensing.lookup")) {
    const ids = await visibleMunicipalityIds(db, actor);
    return ids.includes(app.municipalityId);
  }
  return false;
}
