import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZAddInternalNote } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent } from "@/lib/domain/complaints/timeline";

/** An internal note on the complaint: staff only (public=false), never in the citizen's view, SMS or Open311. */
export const addInternalNote = defineCommand({
  name: "complaints.note",
  permission: "complaints.handle",
  schema: ZAddInternalNote,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    transition(actor, c, "note");
    const event = await appendEvent(tx, actor, c, { kind: "NOTE", public: false, body: input.body });
    // The audit row records that a note was written, not its text (it is in the timeline).
    await recordAudit(tx, actor, { action: "complaints.note", entityType: "Complaint", entityId: c.id, municipalityId: c.municipalityId, after: { eventId: event.id } });
    return { eventId: event.id };
  },
});
