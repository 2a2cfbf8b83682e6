import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import type { DbOrTx } from "@/lib/db";

const OFFICE_ROLE: Record<string, Role> = {
  MANAGER: "OFFICE_MANAGER",
  AGENT: "OFFICE_AGENT",
  HEALTH_SPECIALIST: "OFFICE_HEALTH_SPECIALIST",
  TECH_INSPECTOR: "OFFICE_TECH_INSPECTOR",
};

/**
 * Builds the actor from the database on every request, so a removed role or a deactivated account
 * takes effect at once even though the session cookie still exists.
 * Office roles count only while the office is ACTIVE.
 */
export async function loadActor(db: DbOrTx, userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      staffAssignments: true,
      officeMembers: { where: { active: true }, include: { office: { select: { status: true } } } },
      medicalCenters: { where: { active: true, center: { active: true } }, select: { centerId: true } },
    },
  });
  if (!user || !user.active) return null;

  const roles = new Set<Role>();
  if (user.nationalId) roles.add("CITIZEN");
  for (const a of user.staffAssignments) roles.add(a.role as Role);
  let officeId: string | null = null;
  for (const m of user.officeMembers) {
    if (m.office.status !== "ACTIVE") continue;
    const role = OFFICE_ROLE[m.role];
    if (role) roles.add(role);
    officeId = m.officeId;
  }

  const medicalCenterId = user.medicalCenters[0]?.centerId ?? null;
  if (medicalCenterId) roles.add("MEDICAL_EXAMINER");

  const amanahIds = [...new Set(user.staffAssignments.map((a) => a.amanahId))];
  const scoped = user.staffAssignments.map((a) => a.municipalityId);
  const municipalityIds = scoped.some((m) => m === null) ? null : [...new Set(scoped as string[])];

  return {
    userId: user.id,
    label: user.username ?? user.nationalId ?? user.id,
    nameAr: user.nameAr,
    nameEn: user.nameEn,
    mobile: user.mobile,
    locale: user.preferredLocale,
    roles: [...roles],
    amanahIds,
    municipalityIds: amanahIds.length ? municipalityIds : [],
    officeId,
    medicalCenterId,
  };
}
