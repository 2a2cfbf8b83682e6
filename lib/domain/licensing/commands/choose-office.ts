import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { resolveOffice } from "@/lib/domain/licensing/office-assignment";
import { loadOwnApplication } from "@/lib/domain/licensing/own";
import { ZOfficeChoiceStep } from "@/lib/domain/licensing/schemas";
import { applicationWorkflow } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";

/**
 * Wizard step 3: the accredited office — one the citizen picks among the ACTIVE offices serving the
 * municipality (with a verified health specialist for a health license), or "auto". The choice is
 * kept on the draft; "auto" is resolved at submission, so the least loaded office is the one of that
 * moment. The office only sees the application once it is submitted.
 */
export const chooseOffice = defineCommand({
  name: "licensing.chooseOffice",
  permission: "licensing.apply",
  schema: ZOfficeChoiceStep,
  async run(tx, actor, input) {
    const app = await loadOwnApplication(tx, actor, input.applicationId);
    // Once submitted the office is assigned: a returned application keeps its office.
    if (!applicationWorkflow.fromStates("submit").includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notEditable" });
    if (!app.municipalityId) throw new AppError("INVALID_STATE", { message: "licensing:errors.stepMissing?step=1" });
    const { office, auto } = await resolveOffice(tx, app.municipalityId, app.kind === "HEALTH", input.officeId);
    const { count } = await tx.licenseApplication.updateMany({
      where: { id: app.id, applicantId: actor.userId, status: app.status },
      data: { officeId: auto ? null : office.id, officeAutoAssigned: auto, draftStep: Math.max(app.draftStep, 4) },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "licensing:errors.conflict" });
    await recordAudit(tx, actor, {
      action: "licensing.draft.office",
      entityType: "LicenseApplication",
      entityId: app.id,
      municipalityId: app.municipalityId,
      before: { officeId: app.officeId, auto: app.officeAutoAssigned },
      after: { officeId: auto ? null : office.id, auto },
    });
    return { applicationId: app.id, auto };
  },
});
