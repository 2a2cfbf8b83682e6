/**
 * Every dictionary, imported statically so both the server and the client bundle have them.
 * Arabic is the source: its shape types the keys (see i18next.d.ts). A test fails when a key
 * exists in one language and not the other (lib/i18n/dictionaries.test.ts).
 */
import arAudit from "@/locales/ar/audit.json";
import arAuth from "@/locales/ar/auth.json";
import arCommon from "@/locales/ar/common.json";
import arComplaints from "@/locales/ar/complaints.json";
import arDashboard from "@/locales/ar/dashboard.json";
import arErrors from "@/locales/ar/errors.json";
import arHome from "@/locales/ar/home.json";
import arPenalties from "@/locales/ar/penalties.json";
import arSupervision from "@/locales/ar/supervision.json";
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
import arKiosks from "@/locales/ar/kiosks.json";
import enAudit from "@/locales/en/audit.json";
import enAuth from "@/locales/en/auth.json";
import enCommon from "@/locales/en/common.json";
import enComplaints from "@/locales/en/complaints.json";
import enDashboard from "@/locales/en/dashboard.json";
import enErrors from "@/locales/en/errors.json";
import enHome from "@/locales/en/home.json";
import enPenalties from "@/locales/en/penalties.json";
import enSupervision from "@/locales/en/supervision.json";
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
import enKiosks from "@/locales/en/kiosks.json";

export const resources = {
  ar: {
    audit: arAudit,
    auth: arAuth,
    common: arCommon,
    complaints: arComplaints,
    dashboard: arDashboard,
    errors: arErrors,
    home: arHome,
    penalties: arPenalties,
    supervision: arSupervision,
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
    kiosks: arKiosks,
  },
  en: {
    audit: enAudit,
    auth: enAuth,
    common: enCommon,
    complaints: enComplaints,
    dashboard: enDashboard,
    errors: enErrors,
    home: enHome,
    penalties: enPenalties,
    supervision: enSupervision,
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
    kiosks: enKiosks,
  },
} as const;

export type Namespace = keyof (typeof resources)["ar"];
export const NAMESPACES = Object.keys(resources.ar) as Namespace[];
