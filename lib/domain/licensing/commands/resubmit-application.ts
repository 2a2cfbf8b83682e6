import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { assertComplete } from "@/lib/domain/licensing/completeness";
import { moveApplication } from "@/lib/domain/licensing/move";
import { loadOwnApplication, movable } from "@/lib/domain/licensing/own";
import { ZResubmitApplication } from "@/lib/domain/licensing/schemas";
import { applicationWorkflow } from "@/lib/domain/licensing/workflow";
import { AppError } from "@/lib/errors";

/**
 * A RETURNED application goes back to the same office's review with the citizen's reply (what was
 * changed). The changes themselves were saved through the wizard's steps (their audit rows keep the
 * before and after). RETURNED → OFFICE_REVIEW.
 */
export const resubmitApplication = defineCommand({
  name: "licensing.resubmit",
  permission: "licensing.apply",
  schema: ZResubmitApplication,
  async run(tx, actor, input) {
    const app = await loadOwnApplication(tx, actor, input.applicationId);
    if (!applicationWorkflow.fromStates("resubmit").includes(app.status)) throw new AppError("INVALID_STATE", { message: "licensing:errors.notAllowedNow" });
    await assertComplete(tx, app);
    await moveApplication(tx, actor, movable(app), { event: "resubmit", role: "CITIZEN", note: input.note });
    return { applicationId: app.id, number: app.number };
  },
});
