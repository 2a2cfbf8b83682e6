import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { supervisedOfficeId } from "@/lib/auth/office-block";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type Named = { nameAr: string; nameEn: string };
export type OfficeOverviewDTO = Named & {
  code: string;
  status: string;
  commercialRegNo: string;
  phone: string;
  email: string | null;
  municipalities: Named[];
  members: (Named & { id: string; role: string; qualificationNo: string | null; verified: boolean; active: boolean })[];
};

/** The actor's own office — the scope comes from the actor, never from the URL. */
export async function getMyOffice(actor: Actor): Promise<OfficeOverviewDTO> {
  // A suspended office's members still see their office's overview (lib/auth/office-block.ts).
  const officeId = supervisedOfficeId(actor);
  if (!officeId) throw new AppError("FORBIDDEN");
  const office = await db.licensingOffice.findUniqueOrThrow({
    where: { id: officeId },
    include: {
      coverage: { include: { municipality: true } },
      members: { include: { user: { select: { nameAr: true, nameEn: true } } }, orderBy: [{ role: "asc" }, { createdAt: "asc" }] },
    },
  });
  return {
    code: office.code,
    nameAr: office.nameAr,
    nameEn: office.nameEn,
    status: office.status,
    commercialRegNo: office.commercialRegNo,
    phone: office.phone,
    email: office.email,
    municipalities: office.coverage.map((c) => ({ nameAr: c.municipality.nameAr, nameEn: c.municipality.nameEn })),
    members: office.members.map((m) => ({ id: m.id, nameAr: m.user.nameAr, nameEn: m.user.nameEn, role: m.role, qualificationNo: m.qualificationNo, verified: !!m.verifiedAt, active: m.active })),
  };
}
