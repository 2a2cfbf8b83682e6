import type { Actor, OfficeBlock, PendingStep } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { requiresTotp } from "@/lib/auth/totp";
import type { DbOrTx } from "@/lib/db";

const OFFICE_ROLE: Record<string, Role> = {
  MANAGER: "OFFICE_MANAGER",
  AGENT: "OFFICE_AGENT",
  HEALTH_SPECIALIST: "OFFICE_HEALTH_SPECIALIST",
  TECH_INSPECTOR: "OFFICE_TECH_INSPECTOR",
  ENGINEER: "OFFICE_ENGINEER",
};

/** The account and what gives it a role, as the statement below returns them. */
type ActorRow = {
  id: string;
  nationalId: string | null;
  username: string | null;
  nameAr: string;
  nameEn: string;
  mobile: string;
  preferredLocale: "ar" | "en";
  active: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  totpEnabledAt: Date | null;
  staffAssignments: { role: string; amanahId: string; municipalityId: string | null }[];
  officeMembers: { officeId: string; role: string; status: string; suspendedUntil: string | null }[];
  medicalCenterId: string | null;
  utilityMember: boolean;
};

/**
 * One statement for the account and everything that gives it a role (staff assignments, office memberships with
 * their office's status, a medical center, a utility company): this runs on every signed-in request, and Prisma's
 * `include` sends one statement per relation — six round trips to PostgreSQL before the page does its own work
 * (decision 050). Each relation's rows come in id order (the include named none), so "the first" is stable.
 */
export async function actorRow(db: DbOrTx, userId: string): Promise<ActorRow | null> {
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT u.id, u."nationalId", u.username, u."nameAr", u."nameEn", u.mobile, u."preferredLocale"::text AS "preferredLocale",
           u.active, u."sessionVersion", u."mustChangePassword", u."totpEnabledAt",
           COALESCE((SELECT json_agg(json_build_object('role', s.role, 'amanahId', s."amanahId", 'municipalityId', s."municipalityId") ORDER BY s.id)
                       FROM "StaffAssignment" s WHERE s."userId" = u.id), '[]'::json) AS "staffAssignments",
           COALESCE((SELECT json_agg(json_build_object('officeId', m."officeId", 'role', m.role, 'status', o.status, 'suspendedUntil', o."suspendedUntil") ORDER BY m.id)
                       FROM "OfficeMember" m JOIN "LicensingOffice" o ON o.id = m."officeId"
                      WHERE m."userId" = u.id AND m.active), '[]'::json) AS "officeMembers",
           (SELECT c."centerId" FROM "MedicalCenterMember" c JOIN "MedicalCenter" mc ON mc.id = c."centerId"
             WHERE c."userId" = u.id AND c.active AND mc.active ORDER BY c.id LIMIT 1) AS "medicalCenterId",
           EXISTS (SELECT 1 FROM "UtilityCompanyMember" x JOIN "UtilityCompany" uc ON uc.id = x."companyId"
                    WHERE x."userId" = u.id AND x.active AND uc.active) AS "utilityMember"
      FROM "User" u WHERE u.id = ${userId}`;
  return rows[0] ?? null;
}

/**
 * Builds the actor from the database on every request, so a removed role or a deactivated account
 * takes effect at once even though the session cookie still exists.
 * Office roles count only while the office is ACTIVE; a member of a suspended, revoked or pending office
 * gets `officeBlock` instead (lib/auth/office-block.ts, docs/decisions/008-suspended-office.md).
 * With `sessionVersion` (the session's), a session issued before the account's last sign-out, password change
 * or reset gets null: those end every session (docs/decisions/009-national-sso-and-staff-2fa.md).
 */
export async function loadActor(db: DbOrTx, userId: string, opts: { sessionVersion?: number } = {}): Promise<Actor | null> {
  const user = await actorRow(db, userId);
  if (!user || !user.active) return null;
  if (opts.sessionVersion !== undefined && opts.sessionVersion !== user.sessionVersion) return null;

  const roles = new Set<Role>();
  if (user.nationalId) roles.add("CITIZEN");
  for (const a of user.staffAssignments) roles.add(a.role as Role);
  let officeId: string | null = null;
  let officeBlock: OfficeBlock | null = null;
  for (const m of user.officeMembers) {
    const role = OFFICE_ROLE[m.role];
    if (m.status !== "ACTIVE") {
      // No office role while the office is not ACTIVE; the block only explains the refusal (lib/auth/office-block.ts).
      officeBlock ??= { officeId: m.officeId, status: m.status as OfficeBlock["status"], until: m.suspendedUntil ? new Date(m.suspendedUntil) : null, roles: [] };
      if (officeBlock.officeId === m.officeId && role) officeBlock.roles.push(role);
      continue;
    }
    if (role) roles.add(role);
    officeId = m.officeId;
  }

  const medicalCenterId = user.medicalCenterId;
  if (medicalCenterId) roles.add("MEDICAL_EXAMINER");
  // An employee of a utility company (the electricity company, issue 12) searches permits on its own pages.
  if (user.utilityMember) roles.add("ELECTRICITY_EMPLOYEE");

  const amanahIds = [...new Set(user.staffAssignments.map((a) => a.amanahId))];
  const scoped = user.staffAssignments.map((a) => a.municipalityId);
  const municipalityIds = scoped.some((m) => m === null) ? null : [...new Set(scoped as string[])];

  return {
    userId: user.id,
    label: user.username ?? user.nationalId ?? user.id,
    nationalId: user.nationalId,
    nameAr: user.nameAr,
    nameEn: user.nameEn,
    mobile: user.mobile,
    locale: user.preferredLocale,
    roles: [...roles],
    amanahIds,
    municipalityIds: amanahIds.length ? municipalityIds : [],
    officeId,
    medicalCenterId,
    // A member of an ACTIVE office acts for it; a block elsewhere does not concern them.
    officeBlock: officeId ? null : officeBlock,
    pendingStep: pendingStepOf(user, [...roles]),
  };
}

function pendingStepOf(user: { mustChangePassword: boolean; username: string | null; totpEnabledAt: Date | null }, roles: Role[]): PendingStep | null {
  if (user.mustChangePassword) return "CHANGE_PASSWORD";
  if (user.username && !user.totpEnabledAt && requiresTotp(roles)) return "ENROLL_TOTP";
  return null;
}
