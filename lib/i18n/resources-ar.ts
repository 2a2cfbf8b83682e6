/**
 * Every Arabic dictionary. A module of its own so a page in Arabic downloads only Arabic: the client provider
 * (components/i18n/provider-ar.tsx) imports it, and the server renders that provider on Arabic pages only
 * (decision 033).
 * Arabic is the source: its shape types the keys (see i18next.d.ts).
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
import arSignatures from "@/locales/ar/signatures.json";
import arKiosks from "@/locales/ar/kiosks.json";
import arA11y from "@/locales/ar/a11y.json";
import arFeedback from "@/locales/ar/feedback.json";
import arWording from "@/locales/ar/wording.json";

export const ar = {
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
} as const;
