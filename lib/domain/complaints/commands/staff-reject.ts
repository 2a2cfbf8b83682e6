import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, moveComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZRejectComplaint } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";

/** Rejects the complaint with a reason the citizen reads (not municipal, not enough detail …); SMS to every reporter. */
export const rejectComplaint = defineCommand({
  name: "complaints.reject",
  permission: "complaints.handle",
  schema: ZRejectComplaint,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const to = transition(actor, c, "reject");
    await moveComplaint(tx, c, { status: to }, "reject");
    const event = await appendEvent(tx, actor, c, { kind: "REJECTED", public: true, body: input.reason });
    await recordAudit(tx, actor, {
      action: "complaints.reject",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      before: { status: c.status },
      after: { status: to, eventId: event.id },
    });
    await notifyReporters(tx, c, "complaintRejected", { reference: c.reference }, `rejected:${event.id}`);
    return { status: to };
  },
});
