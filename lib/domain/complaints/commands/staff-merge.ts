import "server-only";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, moveComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZMergeComplaint } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";
import { OPEN_STATUSES } from "@/lib/domain/complaints/workflow";
import { AppError } from "@/lib/errors";

/**
 * Merges a complaint into another open one about the same thing (usually a likely duplicate: same
 * category, within 50 m, 14 days). The merged complaint becomes MERGED with duplicateOfId; the
 * complaints already merged into it follow it to the target, so `notifyReporters` on the target
 * reaches every reporter from then on. The merged complaint's reporters are told at once.
 */
export const mergeComplaint = defineCommand({
  name: "complaints.merge",
  permission: "complaints.handle",
  schema: ZMergeComplaint,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const to = transition(actor, c, "merge");
    const scope = await visibleMunicipalityIds(tx, actor);
    const target = await tx.complaint.findFirst({
      where: { id: input.intoId, municipalityId: { in: scope } },
      select: { id: true, reference: true, status: true, categoryId: true, duplicateOfId: true, municipalityId: true },
    });
    if (!target) throw new AppError("VALIDATION", { fieldErrors: { intoId: "complaintsStaff:errors.chooseTarget" } });
    if (!(OPEN_STATUSES as readonly string[]).includes(target.status) || target.duplicateOfId) {
      throw new AppError("VALIDATION", { fieldErrors: { intoId: "complaintsStaff:errors.targetClosed" } });
    }
    if (target.categoryId !== c.categoryId) throw new AppError("VALIDATION", { fieldErrors: { intoId: "complaintsStaff:errors.otherCategory" } });

    await moveComplaint(tx, c, { status: to, duplicateOfId: target.id, assigneeId: null }, "merge");
    const event = await appendEvent(tx, actor, c, { kind: "MERGED", public: true, data: { intoId: target.id, intoReference: target.reference } });
    await appendEvent(tx, actor, target, { kind: "MERGED", public: false, data: { fromId: c.id, fromReference: c.reference } });
    // Tell this complaint's reporters (and those already merged into it) before they follow the target.
    await notifyReporters(tx, c, "complaintMerged", { reference: c.reference, target: target.reference }, `merged:${event.id}`);
    const followers = await tx.complaint.updateMany({ where: { duplicateOfId: c.id }, data: { duplicateOfId: target.id } });
    await recordAudit(tx, actor, {
      action: "complaints.merge",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      before: { status: c.status, duplicateOfId: c.duplicateOfId },
      after: { status: to, duplicateOfId: target.id, followersMoved: followers.count },
    });
    return { status: to, intoId: target.id, intoReference: target.reference };
  },
});
