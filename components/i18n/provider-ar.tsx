"use client";

import { languageProvider } from "@/components/i18n/language-provider";
import type { NamespaceLoaders } from "@/components/i18n/namespace-loader";
import common from "@/locales/ar/common.json";
import errors from "@/locales/ar/errors.json";
import validation from "@/locales/ar/validation.json";
import wording from "@/locales/ar/wording.json";

/** Every other Arabic namespace, a chunk each, fetched only when a message on the page needs it (decision 037). */
const loaders: NamespaceLoaders = {
  appointments: () => import("@/locales/ar/appointments.json"),
  audit: () => import("@/locales/ar/audit.json"),
  auth: () => import("@/locales/ar/auth.json"),
  catalogue: () => import("@/locales/ar/catalogue.json"),
  complaints: () => import("@/locales/ar/complaints.json"),
  dashboard: () => import("@/locales/ar/dashboard.json"),
  home: () => import("@/locales/ar/home.json"),
  penalties: () => import("@/locales/ar/penalties.json"),
  permits: () => import("@/locales/ar/permits.json"),
  supervision: () => import("@/locales/ar/supervision.json"),
  permitsAfterIssue: () => import("@/locales/ar/permitsAfterIssue.json"),
  complaintsStaff: () => import("@/locales/ar/complaintsStaff.json"),
  healthCerts: () => import("@/locales/ar/healthCerts.json"),
  licensingOffice: () => import("@/locales/ar/licensingOffice.json"),
  licensing: () => import("@/locales/ar/licensing.json"),
  nav: () => import("@/locales/ar/nav.json"),
  notifications: () => import("@/locales/ar/notifications.json"),
  payments: () => import("@/locales/ar/payments.json"),
  sms: () => import("@/locales/ar/sms.json"),
  violations: () => import("@/locales/ar/violations.json"),
  insights: () => import("@/locales/ar/insights.json"),
  tenders: () => import("@/locales/ar/tenders.json"),
  inquiry: () => import("@/locales/ar/inquiry.json"),
  signatures: () => import("@/locales/ar/signatures.json"),
  kiosks: () => import("@/locales/ar/kiosks.json"),
  a11y: () => import("@/locales/ar/a11y.json"),
  feedback: () => import("@/locales/ar/feedback.json"),
};

/** The Arabic pages' provider: the core Arabic namespaces in its own chunk (decisions 033, 037). */
export const I18nProviderAr = languageProvider("ar", { common, errors, validation, wording }, loaders);
