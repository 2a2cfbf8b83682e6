/**
 * Municipality staff assignments for the demo staff accounts, and the demo citizens.
 * Everyone here is scoped to the Eastern Province Amanah. Day-to-day roles work in Central Dammam;
 * the committee member and the administrator cover the whole Amanah (municipalityId null).
 */
import type { Role } from "../../lib/auth/roles";
import { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";

export type StaffRoleSeed = "REVIEWER" | "COMPLAINTS_OFFICER" | "FIELD_INSPECTOR" | "COMMITTEE_MEMBER" | "FINANCE" | "ADMIN" | "APPOINTMENTS_CLERK";

export type StaffAssignmentSeed = {
  username: string;
  role: StaffRoleSeed;
  amanahCode: string;
  /** null: the whole Amanah. */
  municipalityCode: string | null;
};

/** Where each demo staff role works. */
const STAFF_SCOPE: Record<StaffRoleSeed, string | null> = {
  REVIEWER: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  COMPLAINTS_OFFICER: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  FIELD_INSPECTOR: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  FINANCE: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  COMMITTEE_MEMBER: null,
  ADMIN: null,
  APPOINTMENTS_CLERK: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
};

function isStaffRole(role: Role): role is StaffRoleSeed {
  return role in STAFF_SCOPE;
}

export const STAFF_ASSIGNMENTS: readonly StaffAssignmentSeed[] = DEMO_ACCOUNTS.flatMap((acc) =>
  isStaffRole(acc.role)
    ? [{ username: acc.login, role: acc.role, amanahCode: AMANAH_CODES.EASTERN, municipalityCode: STAFF_SCOPE[acc.role] }]
    : [],
);

/** Demo citizens sign in by national ID and hold no staff or office role. */
export const DEMO_CITIZENS: readonly DemoAccount[] = DEMO_ACCOUNTS.filter((acc) => acc.loginKind === "nationalId");
