/**
 * The namespaces, as a list the client can import without the dictionaries themselves (resources.ts imports
 * both languages). lib/i18n/namespaces.test.ts checks it is exactly the keys of both languages' dictionaries.
 */
import type { ar } from "@/lib/i18n/resources-ar";

export type Namespace = keyof typeof ar;

export const NAMESPACES = [
  "appointments",
  "audit",
  "auth",
  "catalogue",
  "common",
  "complaints",
  "dashboard",
  "errors",
  "home",
  "penalties",
  "permits",
  "supervision",
  "permitsAfterIssue",
  "complaintsStaff",
  "healthCerts",
  "licensingOffice",
  "licensing",
  "nav",
  "notifications",
  "payments",
  "sms",
  "validation",
  "violations",
  "insights",
  "tenders",
  "inquiry",
  "signatures",
  "kiosks",
  "a11y",
  "feedback",
  "wording",
] as const satisfies readonly Namespace[];
