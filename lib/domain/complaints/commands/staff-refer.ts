import "server-only";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint, moveComplaint, transition } from "@/lib/domain/complaints/commands/staff-common";
import { ZReferComplaint } from "@/lib/domain/complaints/staff-schemas";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";
import { AppError } from "@/lib/errors";

/**
 * The officer refers a complaint to another department and/or municipality of the same Amanah: it
 * goes back to NEW there, unassigned; the SLA clock keeps running (the citizen's wait does not
 * restart). The citizen sees "referred to <department>" in the timeline and gets an SMS; the reason
 * is an internal note. Once referred to a municipality outside the officer's scope it leaves their queue.
 */
export const referComplaint = defineCommand({
  name: "complaints.refer",
  permission: "complaints.handle",
  schema: ZReferComplaint,
  async run(tx, actor, input) {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const to = transition(actor, c, "refer");
    const departmentId = input.departmentId || c.departmentId;
    const municipalityId = input.municipalityId || c.municipalityId;
    if (departmentId === c.departmentId && municipalityId === c.municipalityId) {
      throw new AppError("VALIDATION", { fieldErrors: { departmentId: "complaintsStaff:errors.referSame" } });
    }
    const amanahId = c.department.amanahId;
    const [department, municipality] = await Promise.all([
      tx.department.findFirst({ where: { id: departmentId, amanahId, active: true }, select: { id: true, nameAr: true, nameEn: true } }),
      tx.municipality.findFirst({ where: { id: municipalityId, amanahId }, select: { id: true, nameAr: true, nameEn: true } }),
    ]);
    if (!department) throw new AppError("VALIDATION", { fieldErrors: { departmentId: "complaintsStaff:errors.unknownDepartment" } });
    if (!municipality) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: "complaintsStaff:errors.unknownMunicipality" } });

    // A district belongs to one municipality: referring elsewhere drops it (the coordinates stay).
    const districtChange = municipalityId !== c.municipalityId ? { districtId: null } : {};
    await moveComplaint(tx, c, { status: to, departmentId, municipalityId, assigneeId: null, ...districtChange }, "refer");
    const event = await appendEvent(tx, actor, c, {
      kind: "REFERRED",
      public: true,
      data: {
        fromDepartmentId: c.departmentId,
        fromMunicipalityId: c.municipalityId,
        departmentId,
        municipalityId,
        departmentAr: department.nameAr,
        departmentEn: department.nameEn,
        municipalityAr: municipality.nameAr,
        municipalityEn: municipality.nameEn,
      },
    });
    await appendEvent(tx, actor, c, { kind: "NOTE", public: false, body: input.reason, data: { about: "REFERRED", eventId: event.id } });
    await recordAudit(tx, actor, {
      action: "complaints.refer",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      before: { status: c.status, departmentId: c.departmentId, municipalityId: c.municipalityId, assigneeId: c.assigneeId },
      after: { status: to, departmentId, municipalityId, assigneeId: null },
    });
    await notifyReporters(tx, c, "complaintReferred", { reference: c.reference }, `referred:${event.id}`);
    // Referred to a municipality outside the officer's scope: it leaves their queue (the page goes back to it).
    const stillVisible = (await visibleMunicipalityIds(tx, actor)).includes(municipalityId);
    return { status: to, departmentId, municipalityId, stillVisible };
  },
});
