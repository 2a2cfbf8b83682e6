import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { visibleMunicipalityIds } from "@/lib/auth/scope";
import { complaintFileAccess } from "@/lib/domain/complaints/file-access";
import { canReadLicensingFile } from "@/lib/domain/licensing/file-access";
import { tenderFileAccess } from "@/lib/domain/tenders/file-access";

import { readableFileSelect, type ReadableFile } from "@/lib/kernel/store-files";
import { actorNationalIdOrNull } from "@/lib/kernel/actor";

export type { ReadableFile };

/**
 * A stored file this actor may read, or null (unknown and forbidden look the same: nothing is
 * revealed). Violation photos and objection documents: the establishment's owner, and staff who
 * handle violations in that municipality. Other areas (licensing, complaints, accreditation) add their rule here.
 */
export async function readableFile(actor: Actor, fileId: string): Promise<ReadableFile | null> {
  const complaintFile = await complaintFileAccess(actor, fileId);
  if (complaintFile !== undefined) return complaintFile;
  const tenderFile = await tenderFileAccess(actor, fileId);
  if (tenderFile !== undefined) return tenderFile;
  const file = await db.storedFile.findUnique({
    where: { id: fileId },
    select: {
      ...readableFileSelect,
      applicationId: true,
      inspectionId: true,
      accreditation: { select: { applicantId: true, office: { select: { amanahId: true } } } },
      violation: { select: { municipalityId: true, establishment: { select: { ownerNationalId: true } } } },
      objection: { select: { violation: { select: { municipalityId: true, establishment: { select: { ownerNationalId: true } } } } } },
    },
  });
  if (!file) return null;
  if (file.accreditation) {
    // Accreditation documents: the applicant, and committee members of the office's Amanah.
    const { accreditation: acc, violation: _av, objection: _ao, applicationId: _aa, inspectionId: _ai, ...accreditationDto } = file;
    if (acc.applicantId === actor.userId) return accreditationDto;
    if (rolesAllow(actor.roles, "offices.committee") && actor.amanahIds.includes(acc.office.amanahId)) return accreditationDto;
    return null;
  }
  if (file.applicationId || file.inspectionId) {
    const { violation: _lv, objection: _lo, applicationId: _la, inspectionId: _li, accreditation: _lac, ...licensingDto } = file;
    return (await canReadLicensingFile(actor, file)) ? licensingDto : null;
  }
  const violation = file.violation ?? file.objection?.violation ?? null;
  if (!violation) return null;

  const { violation: _v, objection: _o, applicationId: _a, inspectionId: _i, accreditation: _ac, ...dto } = file;
  if (rolesAllow(actor.roles, "violations.mine")) {
    const nationalId = await actorNationalIdOrNull(db, actor);
    if (nationalId && nationalId === violation.establishment.ownerNationalId) return dto;
  }
  const staff = ["violations.lookup", "violations.record", "violations.decideObjection"] as const;
  if (staff.some((p) => rolesAllow(actor.roles, p))) {
    const ids = await visibleMunicipalityIds(db, actor);
    if (ids.includes(violation.municipalityId)) return dto;
  }
  return null;
}
