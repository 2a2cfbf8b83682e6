import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { assertComplete } from "@/lib/domain/licensing/completeness";
import { computeLicenseFee, loadFeeRule } from "@/lib/domain/licensing/fees";
import { moveApplication } from "@/lib/domain/licensing/move";
import { resolveOffice } from "@/lib/domain/licensing/office-assignment";
import { loadOwnApplication, movable } from "@/lib/domain/licensing/own";
import { ZSubmitApplication } from "@/lib/domain/licensing/schemas";
import { applicationWorkflow, OPEN_STATES } from "@/lib/domain/licensing/workflow";
import { assertNoUnpaidViolations } from "@/lib/domain/violations/policies";
import { AppError } from "@/lib/errors";

/**
 * Submits the citizen's draft: every step complete, no unpaid violation on the commercial
 * registration, no other open application nor active license for it, the fee computed from the
 * schedule (the amount the citizen confirmed on the review step), and the office assigned — the
 * chosen one if still eligible, else for "auto" the least loaded at this moment. DRAFT → SUBMITTED.
 */
export const submitApplication = defineCommand({
  name: "licensing.submit",
  permission: "licensing.apply",
  schema: ZSubmitApplication,
  async run(tx, actor, input) {
    const app = await loadOwnApplication(tx, actor, input.applicationId);
    if (!applicationWorkflow.fromStates("submit").includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notAllowedNow" });
    await assertComplete(tx, app);
    const cr = app.commercialRegNo as string;

    await assertNoUnpaidViolations(tx, { crNumber: cr });
    const active = await tx.license.findFirst({ where: { establishment: { commercialRegNo: cr }, status: { in: ["ACTIVE", "SUSPENDED"] } }, select: { number: true } });
    if (active) throw new AppError("INVALID_STATE", { message: `licensing:errors.alreadyLicensed?number=${active.number}` });
    const open = await tx.licenseApplication.findFirst({
      where: { commercialRegNo: cr, id: { not: app.id }, status: { in: [...OPEN_STATES] } },
      select: { number: true },
    });
    if (open) throw new AppError("INVALID_STATE", { message: `licensing:errors.openApplicationExists?number=${open.number}` });

    const activity = await tx.activity.findUniqueOrThrow({ where: { id: app.activityId as string }, select: { groupEn: true } });
    const fee = computeLicenseFee(await loadFeeRule(tx, activity.groupEn), {
      areaM2: app.areaM2 as number,
      signAreaM2: app.signAreaM2 as number,
      needsHealth: app.kind === "HEALTH",
    });

    if (!app.officeId && !app.officeAutoAssigned) throw new AppError("INVALID_STATE", { message: "licensing:errors.stepMissing?step=3" });
    const { office, auto } = await resolveOffice(tx, app.municipalityId as string, app.kind === "HEALTH", app.officeAutoAssigned ? "auto" : (app.officeId as string)).catch(
      (e: unknown) => {
        // The chosen office stopped being eligible since step 3: send the citizen back to choose again.
        if (e instanceof AppError && e.code === "VALIDATION") throw new AppError("INVALID_STATE", { message: "licensing:errors.officeNoLongerEligible" });
        throw e;
      },
    );

    await moveApplication(tx, actor, movable(app), {
      event: "submit",
      role: "CITIZEN",
      extra: { officeId: office.id, officeAutoAssigned: auto, feeHalalas: fee.totalHalalas },
    });
    return { applicationId: app.id, number: app.number, officeId: office.id, feeHalalas: fee.totalHalalas };
  },
});
