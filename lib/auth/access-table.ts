import { rolesAllow, type Permission, type Role } from "@/lib/auth/roles";

/**
 * Every protected page and the permissions its layout and page check. The authorization test
 * (tests/e2e/access/authorization.spec.ts) signs in as every role and expects 200 exactly where
 * all of them allow the role, and the localized 403 everywhere else. Add each new page here.
 */
export const PROTECTED_PAGES: { path: string; permissions: Permission[] }[] = [
  { path: "/my", permissions: ["citizen.dashboard"] },
  { path: "/my/profile", permissions: ["citizen.dashboard", "profile.update"] },
  { path: "/my/violations", permissions: ["citizen.dashboard", "violations.mine"] },
  { path: "/my/bills", permissions: ["citizen.dashboard", "bills.mine"] },
  { path: "/my/complaints", permissions: ["citizen.dashboard", "complaints.mine"] },
  { path: "/my/licenses", permissions: ["citizen.dashboard", "licensing.mine"] },
  { path: "/my/licenses/apply", permissions: ["citizen.dashboard", "licensing.apply"] },
  { path: "/my/health-certificates", permissions: ["citizen.dashboard", "healthCerts.request"] },
  { path: "/office", permissions: ["office.dashboard"] },
  { path: "/office/team", permissions: ["office.dashboard", "office.staff.view"] },
  { path: "/office/applications", permissions: ["office.dashboard", "licensing.office.queue"] },
  { path: "/medical", permissions: ["medical.dashboard"] },
  { path: "/staff", permissions: ["staff.dashboard"] },
  { path: "/staff/audit", permissions: ["staff.dashboard", "audit.read"] },
  { path: "/staff/sms-log", permissions: ["staff.dashboard", "sms.log.read"] },
  { path: "/staff/violations", permissions: ["staff.dashboard", "violations.lookup"] },
  { path: "/staff/licensing", permissions: ["staff.dashboard", "licensing.kpi"] },
  { path: "/staff/violations/new", permissions: ["staff.dashboard", "violations.record"] },
  { path: "/staff/objections", permissions: ["staff.dashboard", "violations.decideObjection"] },
  { path: "/staff/complaints", permissions: ["staff.dashboard", "complaints.handle"] },
  { path: "/staff/complaints/map", permissions: ["staff.dashboard", "complaints.handle"] },
  { path: "/staff/finance/reconciliation", permissions: ["staff.dashboard", "payments.reconcile"] },
  { path: "/staff/supervision/scorecards", permissions: ["staff.dashboard", "offices.scorecards"] },
  { path: "/staff/supervision", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/accreditations", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/workshops", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/feedback", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/offices/OFF-INJAZ", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/my/office-feedback", permissions: ["citizen.dashboard", "offices.feedback.file"] },
  { path: "/my/office-accreditation", permissions: ["citizen.dashboard", "offices.apply"] },
  { path: "/office/feedback", permissions: ["office.dashboard", "offices.feedback.file"] },
  { path: "/staff/supervision/penalties", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/spot-checks", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/spot-checks", permissions: ["staff.dashboard", "offices.spotcheck.inspect"] },
  { path: "/office/compliance", permissions: ["office.dashboard", "offices.compliance"] },
];

export function pageAllows(page: { permissions: Permission[] }, role: Role): boolean {
  return page.permissions.every((p) => rolesAllow([role], p));
}
