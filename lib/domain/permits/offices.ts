import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Engineering offices are licensing offices (LicensingOffice) accredited for the ENGINEERING service type, with
 * their engineering license number, classification and validity (issue 12; the accreditation, contracts,
 * penalties and suspension are the offices area's, reused as they are).
 */
export async function findEngineeringOfficeForParcel(db: DbOrTx, licenseNo: string, municipalityId: string) {
  const office = await db.licensingOffice.findFirst({
    where: { engineeringLicenseNo: licenseNo, serviceTypes: { has: "ENGINEERING" } },
    select: { id: true, nameAr: true, nameEn: true, status: true, engineeringLicenseExpiresAt: true, coverage: { where: { municipalityId }, select: { municipalityId: true } } },
  });
  if (!office) throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.officeNotFound" } });
  if (office.status === "SUSPENDED" || office.status === "REVOKED") throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.officeSuspended" } });
  if (office.status !== "ACTIVE") throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.officeNotActive" } });
  if (office.engineeringLicenseExpiresAt && office.engineeringLicenseExpiresAt < new Date()) {
    throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.officeLicenseExpired" } });
  }
  if (office.coverage.length === 0) throw new AppError("VALIDATION", { fieldErrors: { officeLicenseNo: "permits:errors.officeNotServing" } });
  return office;
}

export type EngineeringOfficeDTO = {
  nameAr: string;
  nameEn: string;
  licenseNo: string;
  classification: string | null;
  status: string;
  validUntil: Date | null;
  engineers: number;
  municipalities: { nameAr: string; nameEn: string }[];
};

/** Public lookup by license number (exact) or name (contains); at most 20 rows, nothing personal. */
export async function lookupEngineeringOffices(db: DbOrTx, q: string): Promise<EngineeringOfficeDTO[]> {
  const term = q.trim().slice(0, 80);
  if (term.length < 2) return [];
  const rows = await db.licensingOffice.findMany({
    where: {
      serviceTypes: { has: "ENGINEERING" },
      engineeringLicenseNo: { not: null },
      status: { in: ["ACTIVE", "SUSPENDED", "REVOKED"] },
      OR: [{ engineeringLicenseNo: term.toUpperCase() }, { nameAr: { contains: term, mode: "insensitive" } }, { nameEn: { contains: term, mode: "insensitive" } }],
    },
    orderBy: { nameAr: "asc" },
    take: 20,
    select: {
      nameAr: true, nameEn: true, engineeringLicenseNo: true, engineeringClass: true, status: true, engineeringLicenseExpiresAt: true,
      _count: { select: { members: { where: { role: "ENGINEER", active: true } } } },
      coverage: { select: { municipality: { select: { nameAr: true, nameEn: true } } } },
    },
  });
  return rows.map((o) => ({
    nameAr: o.nameAr,
    nameEn: o.nameEn,
    licenseNo: o.engineeringLicenseNo as string,
    classification: o.engineeringClass,
    status: o.status,
    validUntil: o.engineeringLicenseExpiresAt,
    engineers: o._count.members,
    municipalities: o.coverage.map((c) => c.municipality),
  }));
}
