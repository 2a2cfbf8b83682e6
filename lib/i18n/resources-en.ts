/** Every English dictionary; the counterpart of resources-ar.ts, loaded by the client provider on English pages only. */
import enAppointments from "@/locales/en/appointments.json";
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
import enA11y from "@/locales/en/a11y.json";
import enFeedback from "@/locales/en/feedback.json";
import enWording from "@/locales/en/wording.json";

export const en = {
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
} as const;
