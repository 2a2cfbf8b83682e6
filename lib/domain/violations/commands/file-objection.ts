import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { checkUploads } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { objectionSlaDue, objectionWindowOpen } from "@/lib/domain/violations/rules";
import { ZFileObjection } from "@/lib/domain/violations/schemas";
import { actorNationalId, ownerLocale } from "@/lib/kernel/actor";
import { violationWorkflow } from "@/lib/domain/violations/workflow";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";

/**
 * The owner of the establishment objects to a violation: once per violation, within 30 days of its
 * issue, with a reason and up to 3 documents. The violation becomes OBJECTED and waits for a
 * decision (SLA: 14 days). The bill stays payable; reminders for it pause while the objection is
 * pending (a reminder job must skip bills whose violation is OBJECTED).
 */
export const fileObjection = defineCommand({
  name: "violations.fileObjection",
  permission: "violations.object",
  schema: ZFileObjection,
  async run(tx, actor, input) {
    const documents = await checkUploads(input.documents, "document", "documents");
    const nationalId = await actorNationalId(tx, actor);

    // Only the owner: the rule is in the where, so someone else's violation is simply not found.
    const violation = await tx.violation.findFirst({
      where: { id: input.violationId, establishment: { ownerNationalId: nationalId } },
      select: { id: true, number: true, status: true, createdAt: true, municipalityId: true, objection: { select: { id: true } } },
    });
    if (!violation) throw new AppError("NOT_FOUND");
    if (violation.objection) throw new AppError("INVALID_STATE", { message: "violations:object.errors.already" });
    const now = new Date();
    if (!objectionWindowOpen(violation.createdAt, now)) throw new AppError("INVALID_STATE", { message: "violations:object.errors.windowClosed" });
    const step = violationWorkflow.transition(violation.status, "object", actor.roles, { objectionWindowOpen: objectionWindowOpen(violation.createdAt, now), hasObjection: !!violation.objection, reducedTo: null });
    if (!step.ok) throw new AppError("INVALID_STATE", { message: `violations:object.errors.notObjectable` });
    const to = step.to;

    const moved = await tx.violation.updateMany({ where: { id: violation.id, status: violation.status }, data: { status: to } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    const slaDueAt = objectionSlaDue(now);
    // Objection.violationId is unique: a concurrent second objection fails here and rolls back.
    const objection = await tx.objection
      .create({ data: { violationId: violation.id, filedById: actor.userId, reason: input.reason, slaDueAt, filedAt: now }, select: { id: true } })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") throw new AppError("INVALID_STATE", { message: "violations:object.errors.already" });
        throw e;
      });
    await storeFiles(tx, documents, { uploadedById: actor.userId, objectionId: objection.id });

    await recordAudit(tx, actor, {
      action: "violations.fileObjection",
      entityType: "Violation",
      entityId: violation.id,
      municipalityId: violation.municipalityId,
      before: { status: violation.status },
      after: { status: to, objectionId: objection.id, documents: documents.length, slaDueAt },
    });
    const locale = await ownerLocale(tx, nationalId);
    await enqueueSms(tx, {
      to: actor.mobile,
      template: "objectionReceived",
      params: { violationNumber: violation.number, slaDate: formatGregorian(slaDueAt, locale) },
      locale,
      dedupeKey: `objection-received:${objection.id}`,
    });
    return { objectionId: objection.id, slaDueAt };
  },
});
