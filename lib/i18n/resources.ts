/**
 * Every dictionary, imported statically so both the server and the client bundle have them.
 * Arabic is the source: its shape types the keys (see i18next.d.ts). A test fails when a key
 * exists in one language and not the other (lib/i18n/dictionaries.test.ts).
 */
import arAppointments from "@/locales/ar/appointments.json";
import arAudit from "@/locales/ar/audit.json";
import arAuth from "@/locales/ar/auth.json";
import arCatalogue from "@/locales/ar/catalogue.json";
import arCommon from "@/locales/ar/common.json";
import arComplaints from "@/locales/ar/complaints.json";
import arDashboard from "@/locales/ar/dashboard.json";
import arErrors from "@/locales/ar/errors.json";
import arHome from "@/locales/ar/home.json";
import arPenalties from "@/locales/ar/penalties.json";
import arPermits from "@/locales/ar/permits.json";
import arSupervision from "@/locales/ar/supervision.json";
import arPermitsAfterIssue from "@/locales/ar/permitsAfterIssue.json";
import arComplaintsStaff from "@/locales/ar/complaintsStaff.json";
import arHealthCerts from "@/locales/ar/healthCerts.json";
import arLicensingOffice from "@/locales/ar/licensingOffice.json";
import arLicensing from "@/locales/ar/licensing.json";
import arNav from "@/locales/ar/nav.json";
import arNotifications from "@/locales/ar/notifications.json";
import arPayments from "@/locales/ar/payments.json";
import arSms from "@/locales/ar/sms.json";
import arValidation from "@/locales/ar/validation.json";
import arViolations from "@/locales/ar/violations.json";
import arInsights from "@/locales/ar/insights.json";
import arTenders from "@/locales/ar/tenders.json";
import arInquiry from "@/locales/ar/inquiry.json";
import enAppointments from "@/locales/en/appointments.json";
import arSignatures from "@/locales/ar/signatures.json";
import arKiosks from "@/locales/ar/kiosks.json";
import enAudit from "@/locales/en/audit.json";
import enAuth from "@/locales/en/auth.json";
import enCatalogue from "@/locales/en/catalogue.json";
import enCommon from "@/locales/en/common.json";
import enComplaints from "@/locales/en/complaints.json";
import enDashboard from "@/locales/en/dashboard.json";
import enErrors from "@/locales/en/errors.json";
import enHome from "@/locales/en/home.json";
import enPenalties from "@/locales/en/penalties.json";
import enPermits from "@/locales/en/permits.json";
import enSupervision from "@/locales/en/supervision.json";
import enPermitsAfterIssue from "@/locales/en/permitsAfterIssue.json";
import enComplaintsStaff from "@/locales/en/complaintsStaff.json";
import enHealthCerts from "@/locales/en/healthCerts.json";
import enLicensingOffice from "@/locales/en/licensingOffice.json";
import enLicensing from "@/locales/en/licensing.json";
import enNav from "@/locales/en/nav.json";
import enNotifications from "@/locales/en/notifications.json";
import enPayments from "@/locales/en/payments.json";
import enSms from "@/locales/en/sms.json";
import enValidation from "@/locales/en/validation.json";
import enViolations from "@/locales/en/violations.json";
import enInsights from "@/locales/en/insights.json";
import enTenders from "@/locales/en/tenders.json";
import enInquiry from "@/locales/en/inquiry.json";
import enSignatures from "@/locales/en/signatures.json";
import enKiosks from "@/locales/en/kiosks.json";
import arA11y from "@/locales/ar/a11y.json";
import enA11y from "@/locales/en/a11y.json";
import arFeedback from "@/locales/ar/feedback.json";
import enFeedback from "@/locales/en/feedback.json";
import arWording from "@/locales/ar/wording.json";
import enWording from "@/locales/en/wording.json";

export const resources = {
  ar: {
    appointments: arAppointments,
    audit: arAudit,
    auth: arAuth,
    catalogue: arCatalogue,
    common: arCommon,
    complaints: arComplaints,
    dashboard: arDashboard,
    errors: arErrors,
    home: arHome,
    penalties: arPenalties,
    permits: arPermits,
    supervision: arSupervision,
    permitsAfterIssue: arPermitsAfterIssue,
    complaintsStaff: arComplaintsStaff,
    healthCerts: arHealthCerts,
    licensingOffice: arLicensingOffice,
    licensing: arLicensing,
    nav: arNav,
    notifications: arNotifications,
    payments: arPayments,
    sms: arSms,
    validation: arValidation,
    violations: arViolations,
    insights: arInsights,
    tenders: arTenders,
    inquiry: arInquiry,
    signatures: arSignatures,
    kiosks: arKiosks,
    a11y: arA11y,
    feedback: arFeedback,
    wording: arWording,
  },
  en: {
    appointments: enAppointments,
    audit: enAudit,
    auth: enAuth,
    catalogue: enCatalogue,
    common: enCommon,
    complaints: enComplaints,
    dashboard: enDashboard,
    errors: enErrors,
    home: enHome,
    penalties: enPenalties,
    permits: enPermits,
    supervision: enSupervision,
    permitsAfterIssue: enPermitsAfterIssue,
    complaintsStaff: enComplaintsStaff,
    healthCerts: enHealthCerts,
    licensingOffice: enLicensingOffice,
    licensing: enLicensing,
    nav: enNav,
    notifications: enNotifications,
    payments: enPayments,
    sms: enSms,
    validation: enValidation,
    violations: enViolations,
    insights: enInsights,
    tenders: enTenders,
    inquiry: enInquiry,
    signatures: enSignatures,
    kiosks: enKiosks,
    a11y: enA11y,
    feedback: enFeedback,
    wording: enWording,
  },
} as const;

export type Namespace = keyof (typeof resources)["ar"];
export const NAMESPACES = Object.keys(resources.ar) as Namespace[];
