"use client";

import { languageProvider } from "@/components/i18n/language-provider";
import type { NamespaceLoaders } from "@/components/i18n/namespace-loader";
import common from "@/locales/en/common.json";
import errors from "@/locales/en/errors.json";
import validation from "@/locales/en/validation.json";
import wording from "@/locales/en/wording.json";

/** Every other English namespace, a chunk each, fetched only when a message on the page needs it (decision 037). */
const loaders: NamespaceLoaders = {
  appointments: () => import("@/locales/en/appointments.json"),
  audit: () => import("@/locales/en/audit.json"),
  auth: () => import("@/locales/en/auth.json"),
  catalogue: () => import("@/locales/en/catalogue.json"),
  complaints: () => import("@/locales/en/complaints.json"),
  dashboard: () => import("@/locales/en/dashboard.json"),
  home: () => import("@/locales/en/home.json"),
  penalties: () => import("@/locales/en/penalties.json"),
  permits: () => import("@/locales/en/permits.json"),
  supervision: () => import("@/locales/en/supervision.json"),
  permitsAfterIssue: () => import("@/locales/en/permitsAfterIssue.json"),
  complaintsStaff: () => import("@/locales/en/complaintsStaff.json"),
  healthCerts: () => import("@/locales/en/healthCerts.json"),
  licensingOffice: () => import("@/locales/en/licensingOffice.json"),
  licensing: () => import("@/locales/en/licensing.json"),
  nav: () => import("@/locales/en/nav.json"),
  notifications: () => import("@/locales/en/notifications.json"),
  payments: () => import("@/locales/en/payments.json"),
  sms: () => import("@/locales/en/sms.json"),
  violations: () => import("@/locales/en/violations.json"),
  insights: () => import("@/locales/en/insights.json"),
  tenders: () => import("@/locales/en/tenders.json"),
  inquiry: () => import("@/locales/en/inquiry.json"),
  signatures: () => import("@/locales/en/signatures.json"),
  kiosks: () => import("@/locales/en/kiosks.json"),
  a11y: () => import("@/locales/en/a11y.json"),
  feedback: () => import("@/locales/en/feedback.json"),
};

/** The English pages' provider: the core English namespaces in its own chunk (decisions 033, 037). */
export const I18nProviderEn = languageProvider("en", { common, errors, validation, wording }, loaders);
