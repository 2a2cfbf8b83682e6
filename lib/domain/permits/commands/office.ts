import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { loadOfficePermit } from "@/lib/domain/permits/access";
import { PDF_ONLY, PERMIT_DOCUMENT_PURPOSES, type PermitDocumentPurpose } from "@/lib/domain/permits/documents";
import { movePermit, textOwner } from "@/lib/domain/permits/move";
import { nextPermitNumber } from "@/lib/domain/permits/numbers";
import { nextRouteDepartment } from "@/lib/domain/permits/route";
import { ZPermitStep, ZSavePermit } from "@/lib/domain/permits/schemas";
import { permitHopDueAt } from "@/lib/domain/permits/sla";
import { EDITABLE_PERMIT_STATES, OPEN_PERMIT_STATES } from "@/lib/domain/permits/workflow";
import { AppError } from "@/lib/errors";
import { checkUploads, type CheckedUpload } from "@/lib/kernel/uploads";
import { storeFiles } from "@/lib/kernel/store-files";
import { localName } from "@/lib/kernel/locale";

/** The timeline's role label of an office member (manager or engineer). */
const officeRole = (actor: Actor) => (actor.roles.includes("OFFICE_ENGINEER") ? "OFFICE_ENGINEER" : "OFFICE_MANAGER");

/**
 * The office prepares the permit: creates the draft from the owner's authorization (the land references come
 * from it) or updates its draft / returned permit, with its documents. Every file is checked by its bytes BEFORE
 * anything is written; drawings must be PDFs. A parcel has at most one open permit of a kind: checked under an
 * advisory lock on the parcel, so two offices (or two tabs) cannot both open one.
 */
export const savePermit = defineCommand({
  name: "permits.office.save",
  permission: "permits.office.prepare",
  schema: ZSavePermit,
  async run(tx, actor, input) {
    if (!actor.officeId) throw new AppError("NOT_FOUND");
    const uploads = new Map<PermitDocumentPurpose, CheckedUpload[]>();
    for (const purpose of PERMIT_DOCUMENT_PURPOSES) {
      const files = input[purpose];
      const checked = await checkUploads(files, "document", purpose);
      if (PDF_ONLY.has(purpose) && checked.some((f) => f.type.mime !== "application/pdf")) {
        throw new AppError("VALIDATION", { fieldErrors: { [purpose]: "permits:errors.pdfOnly" } });
      }
      uploads.set(purpose, checked);
    }
    const auth = await tx.permitAuthorization.findFirst({
      where: { id: input.authorizationId, officeId: actor.officeId, status: "ACTIVE" },
      select: { id: true, ownerId: true, ownerNationalId: true, municipalityId: true, districtId: true, deedNo: true, planNo: true, parcelNo: true, owner: { select: { nameAr: true } } },
    });
    if (!auth) throw new AppError("VALIDATION", { fieldErrors: { authorizationId: "permits:errors.noAuthorization" } });
    const kind = await tx.permitKind.findFirst({ where: { id: input.kindId, active: true }, select: { id: true } });
    if (!kind) throw new AppError("VALIDATION", { fieldErrors: { kindId: "permits:errors.chooseKind" } });

    // One open permit of a kind per parcel: serialize on the parcel, then look.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`permit-parcel:${auth.districtId}:${auth.planNo}:${auth.parcelNo}:${kind.id}`}))`;
    const open = await tx.permit.findFirst({
      where: {
        districtId: auth.districtId, planNo: auth.planNo, parcelNo: auth.parcelNo, kindId: kind.id, status: { in: [...OPEN_PERMIT_STATES] },
        ...(input.permitId ? { id: { not: input.permitId } } : {}),
      },
      select: { number: true },
    });
    if (open) throw new AppError("VALIDATION", { fieldErrors: { kindId: "permits:errors.openPermitExists" }, params: { number: open.number } });

    const fields = {
      kindId: kind.id,
      latitude: input.latitude,
      longitude: input.longitude,
      landAreaM2: input.landAreaM2,
      floors: input.floors,
      use: input.use,
      builtUpAreaM2: input.builtUpAreaM2,
      setbackFrontM: input.setbackFrontM,
      setbackRearM: input.setbackRearM,
      setbackSideM: input.setbackSideM,
    };
    let permitId: string;
    let number: string;
    if (input.permitId) {
      const p = await loadOfficePermit(tx, actor, input.permitId);
      if (!EDITABLE_PERMIT_STATES.includes(p.status)) throw new AppError("INVALID_STATE", { message: "permits:errors.notEditable" });
      const { count } = await tx.permit.updateMany({ where: { id: p.id, version: p.version }, data: { ...fields, version: { increment: 1 } } });
      if (count !== 1) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
      permitId = p.id;
      number = p.number;
    } else {
      const engineer = await tx.officeMember.findFirst({ where: { userId: actor.userId, officeId: actor.officeId, role: "ENGINEER", active: true }, select: { id: true } });
      const created = await tx.permit.create({
        data: {
          number: await nextPermitNumber(tx),
          ...fields,
          ownerId: auth.ownerId,
          ownerNationalId: auth.ownerNationalId,
          ownerName: auth.owner.nameAr,
          officeId: actor.officeId,
          authorizationId: auth.id,
          engineerMemberId: engineer?.id ?? null,
          municipalityId: auth.municipalityId,
          districtId: auth.districtId,
          deedNo: auth.deedNo,
          planNo: auth.planNo,
          parcelNo: auth.parcelNo,
        },
        select: { id: true, number: true },
      });
      permitId = created.id;
      number = created.number;
      await tx.permitHistory.create({
        data: { permitId, actorId: actor.userId, actorLabel: actor.label, actorRole: officeRole(actor), event: "create", fromStatus: null, toStatus: "DRAFT" },
      });
    }
    const replaced: Record<string, number> = {};
    const added: string[] = [];
    for (const [purpose, files] of uploads) {
      if (files.length === 0) continue;
      replaced[purpose] = (await tx.storedFile.updateMany({ where: { permitId, purpose }, data: { permitId: null } })).count;
      added.push(...(await storeFiles(tx, files, { uploadedById: actor.userId, permitId, purpose })));
    }
    await recordAudit(tx, actor, {
      action: input.permitId ? "permits.office.update" : "permits.office.create",
      entityType: "Permit",
      entityId: permitId,
      municipalityId: auth.municipalityId,
      after: { ...fields, added, replaced },
    });
    return { permitId, number };
  },
});

/** Which required documents (data: the kind's list) the permit still lacks. */
export async function missingDocuments(tx: Tx, permitId: string, kindId: string): Promise<string[]> {
  const kind = await tx.permitKind.findUniqueOrThrow({ where: { id: kindId }, select: { requiredDocuments: true } });
  const have = new Set((await tx.storedFile.findMany({ where: { permitId }, select: { purpose: true } })).map((f) => f.purpose));
  return kind.requiredDocuments.filter((d) => !have.has(d));
}

/**
 * The office submits (DRAFT) or resubmits (RETURNED): a first submission goes to the first department of the
 * kind's route; a resubmission to the department that returned it. The hop gets its own due time (sla.ts).
 */
export const submitPermit = defineCommand({
  name: "permits.office.submit",
  permission: "permits.office.prepare",
  schema: ZPermitStep,
  async run(tx, actor, input) {
    const p = await loadOfficePermit(tx, actor, input.permitId);
    if (p.version !== input.version) throw new AppError("CONFLICT", { message: "permits:errors.conflict" });
    const missing = await missingDocuments(tx, p.id, p.kindId);
    if (missing.length) throw new AppError("VALIDATION", { fieldErrors: Object.fromEntries(missing.map((m) => [m, "permits:errors.documentRequired"])) });
    const now = new Date();
    let departmentId: string;
    if (p.status === "RETURNED") {
      const last = await tx.permitReviewStep.findFirst({ where: { permitId: p.id, decision: "RETURNED" }, orderBy: { seq: "desc" }, select: { departmentId: true } });
      if (!last) throw new AppError("INVALID_STATE", { message: "permits:errors.notAllowedNow" });
      departmentId = last.departmentId;
    } else {
      const route = await tx.permitKindDepartment.findMany({ where: { kindId: p.kindId }, orderBy: { position: "asc" }, select: { departmentId: true } });
      const first = nextRouteDepartment(route.map((r) => r.departmentId), new Set());
      if (!first) throw new AppError("INVALID_STATE", { message: "permits:errors.noRoute" });
      departmentId = first;
    }
    const department = await tx.department.findUniqueOrThrow({ where: { id: departmentId }, select: { id: true, nameAr: true, nameEn: true, permitSlaDays: true } });
    const dueAt = permitHopDueAt(department, now);
    const event = p.status === "RETURNED" ? "resubmit" : "submit";
    await movePermit(tx, actor, p, {
      event,
      role: "OFFICE",
      actorRole: officeRole(actor),
      departmentId,
      now,
      data: { currentDepartmentId: departmentId, slaDueAt: dueAt, ...(event === "submit" ? { submittedAt: now } : {}) },
    });
    await openStep(tx, p.id, { departmentId, dueAt, arrivedAt: now });
    await textOwner(tx, p, "permitSubmitted", (lang) => ({ number: p.number, department: localName(lang, department) }), now);
    return { permitId: p.id, status: "IN_REVIEW" as const };
  },
});

/** Opens the next hop of a permit (seq = previous + 1). */
export async function openStep(tx: Tx, permitId: string, hop: { departmentId: string; dueAt: Date; arrivedAt: Date; fromDepartmentId?: string | null; transferNote?: string | null }): Promise<string> {
  const last = await tx.permitReviewStep.findFirst({ where: { permitId }, orderBy: { seq: "desc" }, select: { seq: true } });
  const step = await tx.permitReviewStep.create({
    data: { permitId, seq: (last?.seq ?? 0) + 1, departmentId: hop.departmentId, dueAt: hop.dueAt, arrivedAt: hop.arrivedAt, fromDepartmentId: hop.fromDepartmentId ?? null, transferNote: hop.transferNote ?? null },
    select: { id: true },
  });
  return step.id;
}
