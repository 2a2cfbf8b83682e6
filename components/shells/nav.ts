import type { Audience, Permission } from "@/lib/auth/roles";

/** The navigation of each audience's shell. Items the actor may not use are hidden (the page checks anyway). */
export type NavItem = { href: string; labelKey: string; permission?: Permission; icon: IconName };
export type IconName = "home" | "user" | "team" | "log" | "sms" | "grid" | "building" | "shield" | "bill" | "camera" | "scale" | "search" | "license" | "inbox" | "megaphone" | "map" | "heart" | "chart" | "key";

export const NAV: Record<Audience, NavItem[]> = {
  citizen: [
    { href: "/my", labelKey: "nav:citizen.dashboard", icon: "home" },
    { href: "/my/licenses", labelKey: "nav:citizen.licenses", icon: "license", permission: "licensing.mine" },
    { href: "/my/permits", labelKey: "nav:citizen.permits", icon: "building", permission: "permits.mine" },
    { href: "/my/health-certificates", labelKey: "nav:citizen.healthCerts", icon: "heart", permission: "healthCerts.request" },
    { href: "/my/complaints", labelKey: "nav:citizen.complaints", icon: "megaphone", permission: "complaints.mine" },
    { href: "/my/appointments", labelKey: "nav:citizen.appointments", icon: "inbox", permission: "appointments.mine" },
    { href: "/my/bills", labelKey: "nav:citizen.bills", icon: "bill", permission: "bills.mine" },
    { href: "/my/office-accreditation", labelKey: "nav:citizen.officeAccreditation", icon: "building", permission: "offices.apply" },
    { href: "/my/invitations", labelKey: "nav:citizen.invitations", icon: "inbox", permission: "offices.invitation.respond" },
    { href: "/my/violations", labelKey: "nav:citizen.violations", icon: "scale", permission: "violations.mine" },
    { href: "/my/tenders", labelKey: "nav:citizen.tenders", icon: "inbox", permission: "tenders.mine" },
    { href: "/my/profile", labelKey: "nav:citizen.profile", icon: "user", permission: "profile.update" },
  ],
  office: [
    { href: "/office", labelKey: "nav:office.dashboard", icon: "home" },
    { href: "/office/applications", labelKey: "nav:office.applications", icon: "inbox", permission: "licensing.office.queue" },
    { href: "/office/permits", labelKey: "nav:office.permits", icon: "building", permission: "permits.office.queue" },
    { href: "/office/compliance", labelKey: "nav:office.compliance", icon: "shield", permission: "offices.compliance" },
    { href: "/office/feedback", labelKey: "nav:office.feedback", icon: "megaphone", permission: "offices.feedback.file" },
    { href: "/office/team", labelKey: "nav:office.team", icon: "team", permission: "office.staff.view" },
  ],
  staff: [
    { href: "/staff", labelKey: "nav:staff.dashboard", icon: "home" },
    { href: "/staff/insights", labelKey: "nav:staff.insights", icon: "chart", permission: "insights.view" },
    { href: "/staff/insights/reports", labelKey: "nav:staff.insightsReports", icon: "log", permission: "insights.reports" },
    { href: "/staff/appointments", labelKey: "nav:staff.appointments", icon: "inbox", permission: "appointments.counter" },
    { href: "/staff/complaints", labelKey: "nav:staff.complaints", icon: "megaphone", permission: "complaints.handle" },
    { href: "/staff/permits", labelKey: "nav:staff.permits", icon: "building", permission: "permits.lookup" },
    { href: "/staff/complaints/map", labelKey: "nav:staff.complaintsMap", icon: "map", permission: "complaints.handle" },
    { href: "/staff/supervision", labelKey: "nav:staff.supervision", icon: "shield", permission: "offices.committee" },
    { href: "/staff/supervision/scorecards", labelKey: "nav:staff.scorecards", icon: "chart", permission: "offices.scorecards" },
    { href: "/staff/permits/after-issue", labelKey: "nav:staff.permitsAfterIssue", icon: "camera", permission: "permits.certify" },
    { href: "/staff/spot-checks", labelKey: "nav:staff.spotChecks", icon: "search", permission: "offices.spotcheck.inspect" },
    { href: "/staff/licensing", labelKey: "nav:staff.licensing", icon: "chart", permission: "licensing.kpi" },
    { href: "/staff/violations/new", labelKey: "nav:staff.recordViolation", icon: "camera", permission: "violations.record" },
    { href: "/staff/violations", labelKey: "nav:staff.violations", icon: "search", permission: "violations.lookup" },
    { href: "/staff/objections", labelKey: "nav:staff.objections", icon: "scale", permission: "violations.decideObjection" },
    { href: "/staff/tenders", labelKey: "nav:staff.tenders", icon: "grid", permission: "tenders.manage" },
    { href: "/staff/signatures", labelKey: "nav:staff.signatures", icon: "shield", permission: "signatures.sign" },
    { href: "/staff/signatures/chains", labelKey: "nav:staff.signingChains", icon: "shield", permission: "signatures.chains" },
    { href: "/staff/finance/reconciliation", labelKey: "nav:staff.reconciliation", icon: "bill", permission: "payments.reconcile" },
    { href: "/staff/audit", labelKey: "nav:staff.audit", icon: "log", permission: "audit.read" },
    { href: "/staff/sms-log", labelKey: "nav:staff.smsLog", icon: "sms", permission: "sms.log.read" },
    { href: "/staff/catalogue", labelKey: "nav:staff.catalogue", icon: "grid", permission: "catalogue.manage" },
    { href: "/staff/kiosks", labelKey: "nav:staff.kiosks", icon: "map", permission: "kiosks.manage" },
    { href: "/staff/holidays", labelKey: "nav:staff.holidays", icon: "log", permission: "calendar.holidays" },
  ],
  medical: [
    { href: "/medical", labelKey: "nav:medical.dashboard", icon: "heart", permission: "medical.dashboard" },
  ],
  utility: [
    { href: "/utility", labelKey: "nav:utility.search", icon: "search", permission: "utility.dashboard" },
  ],
};
