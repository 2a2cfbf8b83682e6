import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nearestMunicipalityCode } from "@/lib/domain/complaints/geo";

export type RoutingInput = {
  categoryId: string;
  districtId?: string | null;
  /** A city named without its district (Open311 address_string): the municipality, no district. */
  municipalityId?: string | null;
  latitude?: number | null;
  longitude?: number | null;
};
export type Routing = {
  categoryId: string;
  departmentId: string;
  municipalityId: string;
  districtId: string | null;
  slaHours: number;
  photoRequired: boolean;
  amanahId: string;
};

/**
 * Where a new complaint goes: the department from its category; the municipality from its place —
 * the district the person chose, else the nearest municipality to the coordinates — always inside the
 * Amanah of the category's department. Refuses (VALIDATION on the field at fault) an unknown or
 * inactive category, a district of another Amanah, or coordinates outside the area served.
 */
export async function routeComplaint(db: DbOrTx, input: RoutingInput): Promise<Routing> {
  const category = await db.complaintCategory.findFirst({
    where: { id: input.categoryId, active: true, department: { active: true } },
    select: { id: true, departmentId: true, slaHours: true, photoRequired: true, department: { select: { amanahId: true } } },
  });
  if (!category) throw new AppError("VALIDATION", { fieldErrors: { categoryId: "complaints:errors.chooseCategory" } });
  const amanahId = category.department.amanahId;
  const base = { categoryId: category.id, departmentId: category.departmentId, slaHours: category.slaHours, photoRequired: category.photoRequired, amanahId };

  if (input.districtId) {
    const district = await db.district.findFirst({
      where: { id: input.districtId, municipality: { amanahId } },
      select: { id: true, municipalityId: true },
    });
    if (!district) throw new AppError("VALIDATION", { fieldErrors: { districtId: "complaints:errors.districtUnknown" } });
    return { ...base, municipalityId: district.municipalityId, districtId: district.id };
  }

  if (input.municipalityId) {
    const municipality = await db.municipality.findFirst({ where: { id: input.municipalityId, amanahId }, select: { id: true } });
    if (!municipality) throw new AppError("VALIDATION", { fieldErrors: { districtId: "complaints:errors.placeOutsideArea" } });
    return { ...base, municipalityId: municipality.id, districtId: null };
  }

  if (typeof input.latitude === "number" && typeof input.longitude === "number") {
    const municipalities = await db.municipality.findMany({ where: { amanahId }, select: { id: true, code: true } });
    const code = nearestMunicipalityCode({ lat: input.latitude, lng: input.longitude }, municipalities.map((m) => m.code));
    const municipality = municipalities.find((m) => m.code === code);
    if (!municipality) {
      throw new AppError("VALIDATION", { fieldErrors: { latitude: "complaints:errors.placeOutsideArea", longitude: "complaints:errors.placeOutsideArea" } });
    }
    return { ...base, municipalityId: municipality.id, districtId: null };
  }

  throw new AppError("VALIDATION", { fieldErrors: { districtId: "complaints:errors.placeRequired" } });
}
