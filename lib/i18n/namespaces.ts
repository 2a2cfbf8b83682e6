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

/**
 * What every page's client needs from its first render, in the language provider's own chunk: the form kit
 * (error summary, field messages, zod's messages), the shells, the error page, and `wording` (counts and plurals
 * that messages of every namespace nest: "$t(wording:counts.chars …)"). Every other namespace reaches
 * the browser with the client components that use it (lib/i18n/bundles, decision 037).
 */
export const CLIENT_CORE = ["common", "errors", "validation", "wording"] as const satisfies readonly Namespace[];

export type ClientCore = (typeof CLIENT_CORE)[number];

/** The namespaces a client component brings itself (`useT(bundle)`), or that load when a message needs them. */
export type BundledNamespace = Exclude<Namespace, ClientCore>;
