import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import { recordAudit } from "@/lib/domain/audit/record";
import { moveApplication } from "@/lib/domain/licensing/move";
import { resolveOffice } from "@/lib/domain/licensing/office-assignment";
import type { ApplicationState } from "@/lib/domain/licensing/workflow";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { ZRateOffice, ZReassignApplication } from "@/lib/domain/offices/penalty-schemas";
import { RATEABLE_STATES } from "@/lib/domain/offices/rules";
import { AppError } from "@/lib/errors";
import { localName } from "@/lib/kernel/locale";


/**
 * The citizen rates the office that handled their application, once, after it was decided (approved
 * for payment, issued, or rejected). Only the applicant (applicantId in the where).
 */
export const rateOffice = defineCommand({
  name: "licensing.rateOffice",
  permission: "licensing.rate",
  schema: ZRateOffice,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const app = await tx.licenseApplication.findFirst({
      where: { id: input.applicationId, applicantId: actor.userId },
      select: { id: true, status: true, officeId: true, municipalityId: true, rating: { select: { id: true } } },
    });
    if (!app) throw new AppError("NOT_FOUND");
    if (!app.officeId || !RATEABLE_STATES.includes(app.status as ApplicationState)) throw new AppError("INVALID_STATE", { message: "penalties:errors.notRateableYet" });
    if (app.rating) throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyRated" });
    // Nobody rates an office they work for (any membership, whatever the office's status).
    const member = await tx.officeMember.findFirst({ where: { userId: actor.userId, officeId: app.officeId, active: true }, select: { id: true } });
    if (member) throw new AppError("FORBIDDEN", { message: "penalties:errors.ownOffice" });
    const rating = await tx.officeRating
      .create({ data: { applicationId: app.id, officeId: app.officeId, rating: input.rating, comment: input.comment || null }, select: { id: true } })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyRated" });
        throw e;
      });
    await recordAudit(tx, actor, { action: "licensing.rateOffice", entityType: "LicenseApplication", entityId: app.id, municipalityId: app.municipalityId, after: { officeId: app.officeId, rating: input.rating } });
    return { ratingId: rating.id };
  },
});

/**
 * The citizen moves an open application away from a SUSPENDED (or revoked) office — only one that was
 * offered for reassignment — to another eligible office (or the least loaded one: "auto"). The new
 * office receives it as a new submission; the citizen is told by SMS which office has it now.
 */
export const reassignApplication = defineCommand({
  name: "licensing.reassignApplication",
  permission: "licensing.reassign",
  schema: ZReassignApplication,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const app = await tx.licenseApplication.findFirst({
      where: { id: input.applicationId, applicantId: actor.userId },
      select: { id: true, number: true, status: true, kind: true, municipalityId: true, applicantId: true, officeId: true, reassignOfferedAt: true, office: { select: { status: true, code: true } } },
    });
    if (!app) throw new AppError("NOT_FOUND");
    if (!app.reassignOfferedAt || !app.office || (app.office.status !== "SUSPENDED" && app.office.status !== "REVOKED") || !app.municipalityId) {
      throw new AppError("INVALID_STATE", { message: "penalties:errors.notReassignable" });
    }
    const { office, auto } = await resolveOffice(tx, app.municipalityId, app.kind === "HEALTH", input.officeId);
    const to = await moveApplication(tx, actor, { ...app, status: app.status as ApplicationState }, {
      event: "reassign",
      role: "CITIZEN",
      note: `${app.office.code} → ${office.code}`,
      extra: { officeId: office.id, officeAutoAssigned: auto, reassignOfferedAt: null },
      silent: true,
    });
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "applicationReassigned",
      locale: actor.locale,
      params: { number: app.number, office: localName(actor.locale, office) },
      dedupeKey: `application-reassigned:${app.id}:${office.id}`,
    });
    return { status: to, officeCode: office.code, officeName: office.nameAr };
  },
});
