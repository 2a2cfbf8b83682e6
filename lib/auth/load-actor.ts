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

/**
 * Builds the actor from the database on every request, so a removed role or a deactivated account
 * takes effect at once even though the session cookie still exists.
 * Office roles count only while the office is ACTIVE; a member of a suspended, revoked or pending office
 * gets `officeBlock` instead (lib/auth/office-block.ts, docs/decisions/008-suspended-office.md).
 * With `sessionVersion` (the session's), a session issued before the account's last sign-out, password change
 * or reset gets null: those end every session (docs/decisions/009-national-sso-and-staff-2fa.md).
 */
export async function loadActor(db: DbOrTx, userId: string, opts: { sessionVersion?: number } = {}): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      staffAssignments: true,
      officeMembers: { where: { active: true }, include: { office: { select: { status: true, suspendedUntil: true } } } },
      medicalCenters: { where: { active: true, center: { active: true } }, select: { centerId: true } },
      utilityMemberships: { where: { active: true, company: { active: true } }, select: { companyId: true } },
    },
  });
  if (!user || !user.active) return null;
  if (opts.sessionVersion !== undefined && opts.sessionVersion !== user.sessionVersion) return null;

  const roles = new Set<Role>();
  if (user.nationalId) roles.add("CITIZEN");
  for (const a of user.staffAssignments) roles.add(a.role as Role);
  let officeId: string | null = null;
  let officeBlock: OfficeBlock | null = null;
  for (const m of user.officeMembers) {
    const role = OFFICE_ROLE[m.role];
    if (m.office.status !== "ACTIVE") {
      // No office role while the office is not ACTIVE; the block only explains the refusal (lib/auth/office-block.ts).
      officeBlock ??= { officeId: m.officeId, status: m.office.status, until: m.office.suspendedUntil, roles: [] };
      if (officeBlock.officeId === m.officeId && role) officeBlock.roles.push(role);
      continue;
    }
    if (role) roles.add(role);
    officeId = m.officeId;
  }

  const medicalCenterId = user.medicalCenters[0]?.centerId ?? null;
  if (medicalCenterId) roles.add("MEDICAL_EXAMINER");
  // An employee of a utility company (the electricity company, issue 12) searches permits on its own pages.
  if (user.utilityMemberships.length > 0) roles.add("ELECTRICITY_EMPLOYEE");

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
