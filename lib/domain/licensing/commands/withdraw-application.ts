import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { moveApplication } from "@/lib/domain/licensing/move";
import { loadOwnApplication, movable } from "@/lib/domain/licensing/own";
import { ZWithdrawApplication } from "@/lib/domain/licensing/schemas";

/** The citizen withdraws their application (a draft, a submitted one not yet taken, or a returned one). */
export const withdrawApplication = defineCommand({
  name: "licensing.withdraw",
  permission: "licensing.apply",
  schema: ZWithdrawApplication,
  async run(tx, actor, input) {
    const app = await loadOwnApplication(tx, actor, input.applicationId);
    // The workflow refuses every other state (INVALID_STATE) and moveApplication writes history + audit.
    await moveApplication(tx, actor, movable(app), { event: "withdraw", role: "CITIZEN", note: input.reason || null, silent: app.status === "DRAFT" });
    return { applicationId: app.id };
  },
});
