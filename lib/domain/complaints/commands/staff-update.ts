import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZPostPublicUpdate } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";

/**
 * A public update while the complaint is being handled ("the team will visit on Sunday"): shown in
 * the citizen's timeline (and as Open311 status_notes) and texted to every reporter, including the
 * reporters of the complaints merged into this one.
 */
export const postPublicUpdate = defineCommand({
  name: "complaints.update",
  permission: "complaints.handle",
  schema: ZPostPublicUpdate,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    transition(actor, c, "update");
    const event = await appendEvent(tx, actor, c, { kind: "UPDATE", public: true, body: input.body });
    // Touch the row so Open311's updated_datetime moves (the status itself stays, still locked on it).
    await tx.complaint.updateMany({ where: { id: c.id, status: c.status }, data: { updatedAt: new Date() } });
    await recordAudit(tx, actor, { action: "complaints.update", entityType: "Complaint", entityId: c.id, municipalityId: c.municipalityId, after: { eventId: event.id } });
    const sms = await notifyReporters(tx, c, "complaintUpdated", { reference: c.reference }, `update:${event.id}`);
    return { eventId: event.id, sms };
  },
});
