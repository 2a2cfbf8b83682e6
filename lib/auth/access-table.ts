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
  { path: "/office", permissions: ["office.dashboard"] },
  { path: "/office/team", permissions: ["office.dashboard", "office.staff.view"] },
  { path: "/staff", permissions: ["staff.dashboard"] },
  { path: "/staff/audit", permissions: ["staff.dashboard", "audit.read"] },
  { path: "/staff/sms-log", permissions: ["staff.dashboard", "sms.log.read"] },
  { path: "/staff/violations", permissions: ["staff.dashboard", "violations.lookup"] },
  { path: "/staff/violations/new", permissions: ["staff.dashboard", "violations.record"] },
  { path: "/staff/objections", permissions: ["staff.dashboard", "violations.decideObjection"] },
  { path: "/staff/finance/reconciliation", permissions: ["staff.dashboard", "payments.reconcile"] },
];

export function pageAllows(page: { permissions: Permission[] }, role: Role): boolean {
  return page.permissions.every((p) => rolesAllow([role], p));
}
