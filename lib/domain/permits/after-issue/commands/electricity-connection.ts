import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { AppError } from "@/lib/errors";
import { ZIssueClearance, ZRequestConnection } from "../schemas";
import { municipalityPermitScope } from "../scope";
import { nextClearanceNumber, nextConnectionNumber } from "../numbers";
import { appendPermitHistory, smsOwner } from "../notify";

/**
 * The owner asks for the electricity connection clearance (إيصال التيار الكهربائي) of a COMPLETED permit (the
 * completion certificate was issued, so insulation was too). One open request per permit: a second one, while the
 * first is REQUESTED or ISSUED, is refused. Nothing is written on a refusal.
 */
export const requestElectricityConnection = defineCommand({
  name: "permits.electricity.request",
  permission: "permits.electricity.request",
  schema: ZRequestConnection,
  async run(tx, actor, input) {
    const permit = await tx.permit.findFirst({
      where: { number: input.permitNumber, ownerId: actor.userId },
      select: { id: true, number: true, status: true, version: true, ownerId: true, municipalityId: true },
    });
    if (!permit) throw new AppError("NOT_FOUND", { message: "permitsAfterIssue:errors.permitNotFound" });
    if (permit.status !== "COMPLETED") throw new AppError("INVALID_STATE", { message: "permitsAfterIssue:errors.completionRequired" });
    // The permit's version is the lock: two requests at once give one request and one CONFLICT.
    const locked = await tx.permit.updateMany({ where: { id: permit.id, version: permit.version }, data: { version: { increment: 1 } } });
    if (locked.count !== 1) throw new AppError("CONFLICT", { message: "permitsAfterIssue:errors.changedMeanwhile" });
    const open = await tx.electricityConnection.findFirst({ where: { permitId: permit.id, status: { in: ["REQUESTED", "ISSUED"] } }, select: { number: true } });
    if (open) throw new AppError("CONFLICT", { message: `permitsAfterIssue:errors.connectionOpen?number=${open.number}` });

    const row = await tx.electricityConnection.create({
      data: { number: await nextConnectionNumber(tx), permitId: permit.id, requestedById: actor.userId },
      select: { id: true, number: true, status: true },
    });
    await appendPermitHistory(tx, { permitId: permit.id, actorId: actor.userId, actorLabel: actor.label, actorRole: "CITIZEN", event: "electricity.requested", fromStatus: "COMPLETED", toStatus: "COMPLETED", note: row.number });
    await recordAudit(tx, actor, { action: "permits.electricity.request", entityType: "ElectricityConnection", entityId: row.id, municipalityId: permit.municipalityId, after: { permit: permit.number, number: row.number } });
    await smsOwner(tx, permit.ownerId, "permitConnectionRequested", { number: row.number, permit: permit.number }, `permit-connection:${row.id}`);
    return { id: row.id, number: row.number, status: row.status };
  },
});

/** The municipality issues the clearance of a REQUESTED connection in its municipalities: REQUESTED → ISSUED with a clearance number. */
export const issueElectricityClearance = defineCommand({
  name: "permits.electricity.issueClearance",
  permission: "permits.certify",
  schema: ZIssueClearance,
  async run(tx, actor, input) {
    const scope = municipalityPermitScope(actor);
    if (!scope) throw new AppError("NOT_FOUND");
    const conn = await tx.electricityConnection.findFirst({
      where: { number: input.connectionNumber, permit: scope },
      select: { id: true, number: true, status: true, permit: { select: { id: true, number: true, ownerId: true, municipalityId: true, status: true } } },
    });
    if (!conn) throw new AppError("NOT_FOUND", { message: "permitsAfterIssue:errors.connectionNotFound" });
    if (conn.status !== "REQUESTED") throw new AppError("INVALID_STATE", { message: "permitsAfterIssue:errors.connectionNotRequested" });
    const clearanceNo = await nextClearanceNumber(tx);
    const now = new Date();
    const done = await tx.electricityConnection.updateMany({ where: { id: conn.id, status: "REQUESTED" }, data: { status: "ISSUED", clearanceNo, decidedAt: now, decidedById: actor.userId } });
    if (done.count !== 1) throw new AppError("CONFLICT", { message: "permitsAfterIssue:errors.changedMeanwhile" });
    await appendPermitHistory(tx, { permitId: conn.permit.id, actorId: actor.userId, actorLabel: actor.label, actorRole: actor.roles.includes("FIELD_INSPECTOR") ? "FIELD_INSPECTOR" : "PERMITS_SIGNATORY", event: "electricity.cleared", fromStatus: "COMPLETED", toStatus: "COMPLETED", note: clearanceNo });
    await recordAudit(tx, actor, { action: "permits.electricity.clearance", entityType: "ElectricityConnection", entityId: conn.id, municipalityId: conn.permit.municipalityId, after: { number: conn.number, clearanceNo } });
    await smsOwner(tx, conn.permit.ownerId, "permitClearanceIssued", { number: conn.number, clearance: clearanceNo }, `permit-clearance:${conn.id}`);
    return { id: conn.id, number: conn.number, status: "ISSUED" as const, clearanceNo };
  },
});
