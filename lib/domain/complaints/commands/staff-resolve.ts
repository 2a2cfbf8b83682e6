import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, moveComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZResolveComplaint } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";

export const RESOLUTION_PHOTO = "RESOLUTION_PHOTO";

/**
 * Resolves the complaint with a note the citizen reads and an optional photo of the result (checked
 * by its bytes before anything is written). RESOLVED opens the 7-day window in which the citizen may
 * rate it or reopen it; every reporter (merged complaints included) is texted.
 */
export const resolveComplaint = defineCommand({
  name: "complaints.resolve",
  permission: "complaints.handle",
  schema: ZResolveComplaint,
  async run(tx, actor, input) {
    const photos = await checkUploads(input.photos, "photo", "photos");
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const to = transition(actor, c, "resolve");
    const now = new Date();
    await moveComplaint(tx, c, { status: to, resolvedAt: now }, "resolve");
    const event = await appendEvent(tx, actor, c, { kind: "RESOLVED", public: true, body: input.note });
    await storeFiles(tx, photos, { uploadedById: actor.userId, complaintEventId: event.id, purpose: RESOLUTION_PHOTO });
    await recordAudit(tx, actor, {
      action: "complaints.resolve",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      before: { status: c.status },
      after: { status: to, resolvedAt: now, eventId: event.id, photos: photos.length },
    });
    await notifyReporters(tx, c, "complaintResolved", { reference: c.reference }, `resolved:${event.id}`);
    return { status: to, resolvedAt: now };
  },
});
