import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadScopedComplaint } from "@/lib/domain/complaints/commands/staff-common";
import { ZViewReporter } from "@/lib/domain/complaints/staff-schemas";
import { AppError } from "@/lib/errors";

export type ReporterDTO = { name: string | null; mobile: string | null; hasAccount: boolean; nationalId: string | null };

/**
 * Reveals who filed the complaint (name, mobile; national ID for an account holder) to an officer who
 * handles it in its municipality. Personal data: never in the queue, the CSV or Open311; each reveal
 * writes an audit row "complaints.viewReporter" (who, when, which complaint) in the same transaction.
 */
export const viewReporter = defineCommand({
  name: "complaints.viewReporter",
  permission: "complaints.handle",
  schema: ZViewReporter,
  async run(tx, actor, input): Promise<ReporterDTO> {
    const c = await loadScopedComplaint(tx, actor, input.complaintId);
    const r = await tx.complaint.findUniqueOrThrow({ where: { id: c.id }, select: { reporterName: true, reporterMobile: true, reporterUserId: true } });
    const user = r.reporterUserId ? await tx.user.findUnique({ where: { id: r.reporterUserId }, select: { nameAr: true, mobile: true, nationalId: true } }) : null;
    const dto: ReporterDTO = {
      name: r.reporterName || user?.nameAr || null,
      mobile: r.reporterMobile || user?.mobile || null,
      hasAccount: !!user,
      nationalId: user?.nationalId ?? null,
    };
    if (!dto.name && !dto.mobile) throw new AppError("NOT_FOUND", { message: "complaintsStaff:reporter.none" });
    await recordAudit(tx, actor, {
      action: "complaints.viewReporter",
      entityType: "Complaint",
      entityId: c.id,
      municipalityId: c.municipalityId,
      after: { reference: c.reference, fields: ["name", "mobile", ...(dto.nationalId ? ["nationalId"] : [])] },
    });
    return dto;
  },
});
