/**
 * Roles and the permission map. Permissions are strings checked on the server
 * (requireActor / can); the UI only uses them to hide what a user cannot do.
 */
export const ROLES = [
  "CITIZEN",
  "OFFICE_MANAGER",
  "OFFICE_AGENT",
  "OFFICE_HEALTH_SPECIALIST",
  "OFFICE_TECH_INSPECTOR",
  "REVIEWER",
  "COMPLAINTS_OFFICER",
  "FIELD_INSPECTOR",
  "COMMITTEE_MEMBER",
  "FINANCE",
  "ADMIN",
  "MEDICAL_EXAMINER",
  "LEADER",
  // building permits (issue 12)
  "OFFICE_ENGINEER",
  "PERMITS_REVIEWER",
  "PERMITS_SIGNATORY",
  "ELECTRICITY_EMPLOYEE",
  "TENDERS_OFFICER",
  "APPOINTMENTS_CLERK",
] as const;
export type Role = (typeof ROLES)[number];

export const OFFICE_ROLES = [
  "OFFICE_MANAGER",
  "OFFICE_AGENT",
  "OFFICE_HEALTH_SPECIALIST",
  "OFFICE_TECH_INSPECTOR",
  "OFFICE_ENGINEER",
] as const satisfies readonly Role[];

export const STAFF_ROLES = [
  "REVIEWER",
  "COMPLAINTS_OFFICER",
  "FIELD_INSPECTOR",
  "COMMITTEE_MEMBER",
  "FINANCE",
  "ADMIN",
  "LEADER",
  "PERMITS_REVIEWER",
  "PERMITS_SIGNATORY",
  "TENDERS_OFFICER",
  "APPOINTMENTS_CLERK",
] as const satisfies readonly Role[];

/** The audiences of the portal; each has its own shell and URL prefix. */
export type Audience = "citizen" | "office" | "staff" | "medical" | "utility";

export const PERMISSIONS = {
  // citizen area
  "citizen.dashboard": ["CITIZEN"],
  // licensing office area
  "office.dashboard": ["OFFICE_MANAGER", "OFFICE_AGENT", "OFFICE_HEALTH_SPECIALIST", "OFFICE_TECH_INSPECTOR", "OFFICE_ENGINEER"],
  "office.staff.view": ["OFFICE_MANAGER"],
  // municipality area
  "staff.dashboard": ["REVIEWER", "COMPLAINTS_OFFICER", "FIELD_INSPECTOR", "COMMITTEE_MEMBER", "FINANCE", "ADMIN", "LEADER", "PERMITS_REVIEWER", "PERMITS_SIGNATORY", "TENDERS_OFFICER", "APPOINTMENTS_CLERK"],
  "audit.read": ["ADMIN", "COMMITTEE_MEMBER"],
  /** The development SMS log (off in production unless SMS_DEV_IN_PRODUCTION=on): administrators only. */
  "sms.log.read": ["ADMIN"],
  "notifications.retry": ["ADMIN"],
  // bills and payments
  "bills.mine": ["CITIZEN"],
  "payments.reconcile": ["FINANCE", "ADMIN"],
  // violations
  "violations.record": ["FIELD_INSPECTOR"],
  "violations.mine": ["CITIZEN"],
  "violations.object": ["CITIZEN"],
  "violations.lookup": ["FIELD_INSPECTOR", "REVIEWER", "FINANCE", "ADMIN", "COMMITTEE_MEMBER"],
  "violations.decideObjection": ["REVIEWER", "ADMIN"],
  // licensing (issue 4)
  "licensing.apply": ["CITIZEN"],
  "licensing.mine": ["CITIZEN"],
  "licensing.renew": ["CITIZEN"],
  "licensing.cancel": ["CITIZEN"],
  "licensing.office.queue": ["OFFICE_MANAGER", "OFFICE_AGENT", "OFFICE_HEALTH_SPECIALIST", "OFFICE_TECH_INSPECTOR"],
  "licensing.office.review": ["OFFICE_AGENT"],
  "licensing.office.inspect": ["OFFICE_TECH_INSPECTOR"],
  "licensing.office.healthReview": ["OFFICE_HEALTH_SPECIALIST"],
  "licensing.office.approve": ["OFFICE_MANAGER"],
  "licensing.lookup": ["REVIEWER", "FIELD_INSPECTOR", "COMMITTEE_MEMBER", "ADMIN"],
  "licensing.kpi": ["REVIEWER", "COMMITTEE_MEMBER", "ADMIN"],
  "healthCerts.request": ["CITIZEN"],
  "healthCerts.examine": ["MEDICAL_EXAMINER"],
  "medical.dashboard": ["MEDICAL_EXAMINER"],
  // complaints (issue 5)
  "complaints.file": ["CITIZEN"],
  "complaints.mine": ["CITIZEN"],
  "complaints.handle": ["COMPLAINTS_OFFICER", "ADMIN"],
  "complaints.export": ["COMPLAINTS_OFFICER", "ADMIN"],
  // office supervision (issue 6)
  "offices.apply": ["CITIZEN"],
  "offices.committee": ["COMMITTEE_MEMBER"],
  "offices.scorecards": ["COMMITTEE_MEMBER", "REVIEWER", "ADMIN"],
  "offices.staff.manage": ["OFFICE_MANAGER"],
  "offices.compliance": ["OFFICE_MANAGER"],
  "offices.feedback.file": ["CITIZEN", "OFFICE_MANAGER", "OFFICE_AGENT", "OFFICE_HEALTH_SPECIALIST", "OFFICE_TECH_INSPECTOR"],
  "offices.spotcheck.inspect": ["FIELD_INSPECTOR"],
  "licensing.reassign": ["CITIZEN"],
  "licensing.rate": ["CITIZEN"],
  /** The office manager appeals a penalty (also while the office is suspended: lib/auth/office-block.ts). */
  "offices.appeal": ["OFFICE_MANAGER"],
  /** The invited person answers an office invitation with their own verified national ID (citizen identity). */
  "offices.invitation.respond": ["CITIZEN"],
  // decision support (issue 15): dashboards, drill-down lists, periodic reports
  "insights.view": ["LEADER", "ADMIN"],
  "insights.reports": ["LEADER", "ADMIN"],
  // building permits (issue 12)
  "permits.mine": ["CITIZEN"],
  "permits.authorize": ["CITIZEN"],
  "permits.reassign": ["CITIZEN"],
  "permits.office.queue": ["OFFICE_MANAGER", "OFFICE_ENGINEER"],
  "permits.office.prepare": ["OFFICE_MANAGER", "OFFICE_ENGINEER"],
  "permits.review": ["PERMITS_REVIEWER"],
  "permits.sign": ["PERMITS_SIGNATORY"],
  "permits.lookup": ["PERMITS_REVIEWER", "PERMITS_SIGNATORY", "ADMIN"],
  "permits.utility.search": ["ELECTRICITY_EMPLOYEE"],
  // after issue: stage inspections, certificates, electricity connection (issue 12)
  "permits.inspect": ["FIELD_INSPECTOR", "OFFICE_MANAGER", "OFFICE_ENGINEER"],
  "permits.certify": ["FIELD_INSPECTOR", "PERMITS_SIGNATORY"],
  "permits.electricity.request": ["CITIZEN"],
  "utility.dashboard": ["ELECTRICITY_EMPLOYEE"],
  // tenders and auctions (issue 13)
  /** Publish, edit, open, close, award and cancel tenders and auctions. */
  "tenders.manage": ["TENDERS_OFFICER"],
  /** Buy a tender's booklet (for oneself or an establishment one owns): a bill paid like any other. */
  "tenders.buyBooklet": ["CITIZEN"],
  /** Booklets bought and SMS subscriptions to activities. */
  "tenders.mine": ["CITIZEN"],
  "tenders.subscribe": ["CITIZEN"],
  // appointments and the working-day calendar (issue 13)
  "appointments.book": ["CITIZEN"],
  "appointments.mine": ["CITIZEN"],
  "appointments.counter": ["APPOINTMENTS_CLERK", "ADMIN"],
  "appointments.publish": ["APPOINTMENTS_CLERK", "ADMIN"],
  "calendar.holidays": ["ADMIN"],
  // electronic signatures along the job hierarchy (issue 15): the position or delegation is checked in the command
  "signatures.sign": ["REVIEWER", "COMPLAINTS_OFFICER", "FIELD_INSPECTOR", "COMMITTEE_MEMBER", "FINANCE", "ADMIN"],
  "signatures.delegate": ["REVIEWER", "COMPLAINTS_OFFICER", "FIELD_INSPECTOR", "COMMITTEE_MEMBER", "FINANCE", "ADMIN"],
  "signatures.keys.rotate": ["REVIEWER", "COMPLAINTS_OFFICER", "FIELD_INSPECTOR", "COMMITTEE_MEMBER", "FINANCE", "ADMIN"],
  "signatures.keys.revoke": ["ADMIN"],
  /** The signing chain of each document type in the administrator's municipalities. */
  "signatures.chains": ["ADMIN"],
  // any signed-in user
  "profile.update": [...ROLES],
  /** Own password and two-factor (docs/decisions/009); also while a first-sign-in step is pending. */
  "account.security": [...ROLES],
  /** Reset a staff member's password (a temporary one goes by SMS) and two-factor. */
  "users.resetPassword": ["ADMIN"],
  /** Add, edit, publish and retire e-services in the public catalogue (docs/decisions/018-service-catalogue.md). */
  "catalogue.manage": ["ADMIN"],
  /** The self-service kiosk fleet (issue 14): see it, register a kiosk, rotate its key, disable or enable it. */
  "kiosks.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesAllow(roles: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

/** Where a user lands after signing in. */
export function homeAudience(roles: readonly Role[]): Audience {
  if (roles.includes("MEDICAL_EXAMINER")) return "medical";
  if (roles.includes("ELECTRICITY_EMPLOYEE")) return "utility";
  if (roles.some((r) => (STAFF_ROLES as readonly Role[]).includes(r))) return "staff";
  if (roles.some((r) => (OFFICE_ROLES as readonly Role[]).includes(r))) return "office";
  return "citizen";
}

export const AUDIENCE_HOME: Record<Audience, string> = {
  citizen: "/my",
  office: "/office",
  staff: "/staff",
  medical: "/medical",
  utility: "/utility",
};
