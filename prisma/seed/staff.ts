/**
 * Municipality staff assignments for the demo staff accounts, and the demo citizens.
 * Everyone here is scoped to the Eastern Province Amanah. Day-to-day roles work in Central Dammam;
 * the committee member and the administrator cover the whole Amanah (municipalityId null).
 */
import type { Role } from "../../lib/auth/roles";
import { DEMO_ACCOUNTS, type DemoAccount } from "./demo-accounts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";

export type StaffRoleSeed = "REVIEWER" | "COMPLAINTS_OFFICER" | "FIELD_INSPECTOR" | "COMMITTEE_MEMBER" | "FINANCE" | "ADMIN" | "LEADER" | "PERMITS_REVIEWER" | "PERMITS_SIGNATORY" | "TENDERS_OFFICER" | "APPOINTMENTS_CLERK";

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
  /** The mayor (Amanah); mayor.dammam is scoped to one municipality below. */
  LEADER: null,
  PERMITS_REVIEWER: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  PERMITS_SIGNATORY: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  // Tenders and auctions are published by the Amanah for every municipality (issue 13).
  TENDERS_OFFICER: null,
  APPOINTMENTS_CLERK: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
};

/** Demo accounts whose scope differs from their role's (issue 15: a municipality's leader). */
const LOGIN_SCOPE: Record<string, string> = { "mayor.dammam": MUNICIPALITY_CODES.DAMMAM_CENTRAL };

function isStaffRole(role: Role): role is StaffRoleSeed {
  return role in STAFF_SCOPE;
}

export const STAFF_ASSIGNMENTS: readonly StaffAssignmentSeed[] = DEMO_ACCOUNTS.flatMap((acc) =>
  isStaffRole(acc.role)
    ? [{ username: acc.login, role: acc.role, amanahCode: AMANAH_CODES.EASTERN, municipalityCode: LOGIN_SCOPE[acc.login] ?? STAFF_SCOPE[acc.role] }]
    : [],
);

/** Demo citizens sign in by national ID and hold no staff or office role. */
export const DEMO_CITIZENS: readonly DemoAccount[] = DEMO_ACCOUNTS.filter((acc) => acc.loginKind === "nationalId");
