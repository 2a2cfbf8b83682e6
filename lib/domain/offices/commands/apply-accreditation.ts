import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { expireAfterCommit } from "@/lib/kernel/public-cache";
import { recordAudit } from "@/lib/domain/audit/record";
import { enqueueSms } from "@/lib/domain/notifications/outbox";
import { storeAccreditationDocuments } from "@/lib/domain/offices/files";
import { nextAccreditationNumber } from "@/lib/domain/offices/numbers";
import { ZApplyAccreditation } from "@/lib/domain/offices/schemas";
import { inviteToOffice } from "@/lib/domain/offices/staff";
import { checkUploads } from "@/lib/kernel/uploads";
import { AppError } from "@/lib/errors";

/**
 * A citizen — the office's future manager — applies for the accreditation of their e-services office:
 * commercial registration, contact, the municipalities and license types it asks for, its staff with
 * roles and qualifications, documents. Creates (or, after a rejection, reuses) the PENDING office with the
 * applicant as its manager, and the SUBMITTED request the committee decides. The listed staff are INVITED
 * (an SMS with a one-time link; no account is created from what the applicant typed): each confirms with
 * their own verified national ID, and the committee approves only once nobody listed is still undecided
 * (docs/decisions/010-demo-data-and-invitations.md).
 */
export const applyAccreditation = defineCommand({
  name: "offices.applyAccreditation",
  permission: "offices.apply",
  schema: ZApplyAccreditation,
  async run(tx, actor, input) {
    await expireAfterCommit(tx, "offices"); // the public pages read it from the shared cache (lib/kernel/public-cache.ts)
    const documents = await checkUploads(input.documents, "document", "documents");
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { nationalId: true, mobile: true, preferredLocale: true } });
    if (!me.nationalId) throw new AppError("FORBIDDEN");
    if (input.staff.some((s) => s.nationalId === me.nationalId)) {
      const i = input.staff.findIndex((s) => s.nationalId === me.nationalId);
      throw new AppError("VALIDATION", { fieldErrors: { [`staff.${i}.nationalId`]: "supervision:errors.applicantInStaff" } });
    }

    const municipalities = await tx.municipality.findMany({ where: { id: { in: input.municipalityIds } }, select: { id: true, amanahId: true } });
    const amanahIds = new Set(municipalities.map((m) => m.amanahId));
    if (municipalities.length !== new Set(input.municipalityIds).size || amanahIds.size !== 1) {
      throw new AppError("VALIDATION", { fieldErrors: { municipalityIds: "supervision:errors.oneAmanah" } });
    }
    const amanahId = [...amanahIds][0] as string;

    // One request at a time per office; after a rejection the same applicant may apply again.
    const existing = await tx.licensingOffice.findUnique({
      where: { commercialRegNo: input.commercialRegNo },
      select: { id: true, status: true, accreditations: { orderBy: { submittedAt: "desc" }, take: 1, select: { status: true, applicantId: true } } },
    });
    const last = existing?.accreditations[0];
    if (existing && !(existing.status === "PENDING" && last?.status === "REJECTED" && last.applicantId === actor.userId)) {
      throw new AppError("VALIDATION", { fieldErrors: { commercialRegNo: "supervision:errors.crTaken" } });
    }
    const mine = await tx.officeMember.findFirst({
      where: { userId: actor.userId, active: true, office: { status: { not: "REVOKED" } }, ...(existing ? { officeId: { not: existing.id } } : {}) },
      select: { id: true },
    });
    if (mine) throw new AppError("INVALID_STATE", { message: "supervision:errors.applicantInOtherOffice" });

    const officeData = {
      nameAr: input.nameAr,
      nameEn: input.nameEn,
      phone: input.phone,
      email: input.email ?? null,
      amanahId,
      serviceTypes: input.serviceTypes,
    };
    const office = existing
      ? await tx.licensingOffice.update({ where: { id: existing.id }, data: officeData, select: { id: true, code: true, nameAr: true } })
      : await tx.licensingOffice.create({
          data: { ...officeData, code: `OFF-${input.commercialRegNo}`, commercialRegNo: input.commercialRegNo, status: "PENDING" },
          select: { id: true, code: true, nameAr: true },
        });
    if (existing) {
      // A new application replaces the staff of the rejected one.
      await tx.officeMember.updateMany({ where: { officeId: office.id, active: true }, data: { active: false, removedAt: new Date() } });
      await tx.officeInvitation.updateMany({ where: { officeId: office.id, status: "PENDING" }, data: { status: "REVOKED", respondedAt: new Date() } });
      await tx.officeCoverage.deleteMany({ where: { officeId: office.id } });
    }
    await tx.officeCoverage.createMany({ data: input.municipalityIds.map((municipalityId) => ({ officeId: office.id, municipalityId })), skipDuplicates: true });

    const members: { userId: string; role: "MANAGER" | "AGENT" | "HEALTH_SPECIALIST" | "TECH_INSPECTOR"; qualificationNo: string | null }[] = [
      { userId: actor.userId, role: "MANAGER", qualificationNo: null },
      ...(input.managerIsAgent ? [{ userId: actor.userId, role: "AGENT" as const, qualificationNo: null }] : []),
    ];
    for (const m of members) {
      await tx.officeMember.upsert({
        where: { officeId_userId_role: { officeId: office.id, userId: m.userId, role: m.role } },
        create: { officeId: office.id, ...m },
        update: { active: true, removedAt: null, qualificationNo: m.qualificationNo, verifiedAt: null, verifiedById: null },
      });
    }

    const number = await nextAccreditationNumber(tx);
    const request = await tx.accreditationRequest.create({
      data: {
        number,
        officeId: office.id,
        applicantId: actor.userId,
        serviceTypes: input.serviceTypes,
        municipalityIds: input.municipalityIds,
        notes: input.notes ?? null,
      },
      select: { id: true, number: true },
    });
    await storeAccreditationDocuments(tx, documents, { uploadedById: actor.userId, accreditationId: request.id });
    for (const s of input.staff) {
      await inviteToOffice(tx, actor, { officeId: office.id, officeName: input.nameAr, person: s, role: s.role, qualificationNo: s.qualificationNo ?? null, accreditationId: request.id });
    }

    await recordAudit(tx, actor, {
      action: "offices.applyAccreditation",
      entityType: "AccreditationRequest",
      entityId: request.id,
      before: existing ? { office: office.code, status: "REJECTED" } : null,
      after: {
        number,
        office: office.code,
        commercialRegNo: input.commercialRegNo,
        serviceTypes: input.serviceTypes,
        municipalityIds: input.municipalityIds,
        staff: members.map((m) => m.role),
        invited: input.staff.map((s) => s.role),
        documents: documents.length,
      },
    });
    await enqueueSms(tx, {
      to: me.mobile,
      template: "accreditationReceived",
      params: { number, office: input.nameAr },
      locale: me.preferredLocale,
      dedupeKey: `accreditation-received:${request.id}`,
    });
    return { requestId: request.id, number, officeCode: office.code };
  },
});
