import { rolesAllow, type Permission, type Role } from "@/lib/auth/roles";

/**
 * Every protected page (its route pattern, "[param]" for dynamic segments) and the permissions its layout
 * and page check. The authorization test (tests/e2e/access/authorization.spec.ts) signs in as every role and
 * expects the page exactly where all of them allow the role (a dynamic page opened with a sample id that
 * does not exist answers 404: past authorization), the localized 403 everywhere else, and sign-in for a
 * guest. tests/unit/route-list.test.ts fails when a page file is in neither this list nor PUBLIC_PAGES,
 * or when a page checks a permission this list does not name (decision 013).
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
  { path: "/staff/supervision/offices/[code]", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/my/office-feedback", permissions: ["citizen.dashboard", "offices.feedback.file"] },
  { path: "/my/office-accreditation", permissions: ["citizen.dashboard", "offices.apply"] },
  { path: "/my/invitations", permissions: ["citizen.dashboard", "offices.invitation.respond"] },
  { path: "/office/feedback", permissions: ["office.dashboard", "offices.feedback.file"] },
  { path: "/staff/supervision/penalties", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/spot-checks", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/spot-checks", permissions: ["staff.dashboard", "offices.spotcheck.inspect"] },
  { path: "/office/compliance", permissions: ["office.dashboard", "offices.compliance"] },
  { path: "/staff/kiosks", permissions: ["staff.dashboard", "kiosks.manage"] },
  // Detail pages (dynamic segments; the route list fills them with sample values).
  { path: "/my/bills/[number]", permissions: ["citizen.dashboard", "bills.mine"] },
  { path: "/my/bills/[number]/receipt", permissions: ["citizen.dashboard", "bills.mine"] },
  { path: "/my/complaints/[reference]", permissions: ["citizen.dashboard", "complaints.mine"] },
  { path: "/my/health-certificates/[id]", permissions: ["citizen.dashboard", "healthCerts.request"] },
  { path: "/my/licenses/[id]", permissions: ["citizen.dashboard", "licensing.mine"] },
  { path: "/my/licenses/[id]/certificate", permissions: ["citizen.dashboard", "licensing.mine"] },
  { path: "/my/licenses/applications/[id]", permissions: ["citizen.dashboard", "licensing.mine"] },
  { path: "/my/violations/[id]", permissions: ["citizen.dashboard", "violations.mine"] },
  { path: "/my/invitations/[token]", permissions: ["citizen.dashboard", "offices.invitation.respond"] },
  { path: "/medical/certificates/[id]", permissions: ["medical.dashboard", "healthCerts.examine"] },
  { path: "/office/applications/[id]", permissions: ["office.dashboard", "licensing.office.queue"] },
  { path: "/office/applications/[id]/inspect", permissions: ["office.dashboard", "licensing.office.inspect"] },
  { path: "/staff/complaints/[id]", permissions: ["staff.dashboard", "complaints.handle"] },
  { path: "/staff/objections/[id]", permissions: ["staff.dashboard", "violations.decideObjection"] },
  { path: "/staff/spot-checks/[id]", permissions: ["staff.dashboard", "offices.spotcheck.inspect"] },
  { path: "/staff/supervision/accreditations/[number]", permissions: ["staff.dashboard", "offices.committee"] },
  { path: "/staff/supervision/workshops/[id]", permissions: ["staff.dashboard", "offices.committee"] },
];

/**
 * Pages anyone may open, signed in or not (no area layout, no requirePageActor). A page in neither list
 * fails tests/unit/route-list.test.ts: deciding who may open it is part of adding it.
 */
export const PUBLIC_PAGES: { path: string; why: string }[] = [
  { path: "/", why: "home" },
  { path: "/sign-in", why: "signing in" },
  { path: "/account/security", why: "one's own password and two-factor (any signed-in account, also with a pending first-sign-in step; a guest is sent to sign-in)" },
  { path: "/bills/inquiry", why: "bill inquiry by number and payer (rate-limited)" },
  { path: "/complaints/new", why: "filing a complaint without an account (mobile confirmed by SMS)" },
  { path: "/complaints/track", why: "tracking a complaint by reference and mobile" },
  { path: "/complaints/track/[reference]", why: "one tracked complaint (needs the confirmed-mobile cookie)" },
  { path: "/developers", why: "API documentation" },
  { path: "/offices", why: "the public directory of accredited offices" },
  { path: "/offices/[code]", why: "one accredited office" },
  { path: "/verify/license/[code]", why: "QR verification of a license" },
  { path: "/verify/health-certificate/[code]", why: "QR verification of a health certificate" },
  { path: "/verify/receipt/[code]", why: "QR verification of a receipt" },
  { path: "/dev/bank", why: "development bank simulator (404 unless BANK_SIMULATOR is on)" },
  { path: "/kiosk", why: "the self-service kiosk: a registered device's key (httpOnly cookie), else its setup screen; the person is identified by national ID + SMS code, never by a web session (issue 14)" },
  { path: "/kiosk/print", why: "a kiosk print view: only for the identified person of a registered device (kiosk cookies), else 404" },
  { path: "/[...rest]", why: "the localized 404 for any unknown path" },
];

export function pageAllows(page: { permissions: Permission[] }, role: Role): boolean {
  return page.permissions.every((p) => rolesAllow([role], p));
}
