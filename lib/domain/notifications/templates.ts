import type { i18n } from "i18next";
import { createI18n } from "@/lib/i18n/instance";
import type { Lang } from "@/lib/i18n/settings";
import { isolateParams } from "@/lib/i18n/bidi";
import arSms from "@/locales/ar/sms.json";
import { resources } from "@/lib/i18n/resources";

/** The SMS templates, typed from the Arabic source dictionary. */
export type SmsTemplate = keyof typeof arSms;
export const SMS_TEMPLATES = Object.keys(arSms) as SmsTemplate[];

export type SmsParams = Record<string, string | number>;

/** What the outbox, the admin outbox page and the SMS log show instead of a secret parameter. */
export const SECRET_MASK = "••••••";

/**
 * Parameters that are secrets (a one-time code, a temporary password, a token or a link carrying one): they
 * are masked in the stored body and params, sealed until sent, then erased (docs/decisions/011).
 */
export function isSecretParam(name: string): boolean {
  return /^(code|otp|password|token|secret|link)$/i.test(name) || /(Code|Otp|Password|Token|Secret|Link)$/.test(name);
}

// Not lib/i18n/server.ts: that module is 'server-only' and this one also runs in the worker (tsx).
const instances = new Map<Lang, i18n>();
function i18nFor(lang: Lang): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createI18n(lang);
    instances.set(lang, instance);
  }
  return instance;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The placeholders a template needs, e.g. billIssued → billNumber, amount, dueDate. */
export function templateParams(template: SmsTemplate, lang: Lang): string[] {
  const text: string = resources[lang].sms[template];
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * Renders an SMS body. A missing parameter is a programming error: throwing here (inside the
 * caller's transaction) is better than texting a citizen "{{amount}}".
 * Parameters are inserted as given: format numbers, amounts and dates before enqueueing.
 */
export function renderSms(template: SmsTemplate, params: SmsParams, lang: Lang): string {
  if (!SMS_TEMPLATES.includes(template)) throw new Error(`Unknown SMS template: ${String(template)}`);
  const missing = templateParams(template, lang).filter((p) => params[p] === undefined || params[p] === "");
  if (missing.length) throw new Error(`SMS template ${template} is missing params: ${missing.join(", ")}`);
  const t = i18nFor(lang).t as unknown as (key: string, options: object) => string;
  // An Arabic SMS isolates each identifier (bill number, reference, amount, code) as one left-to-right run,
  // so phones show «0009 9900 13» in order inside the sentence (issue 17, item 4; lib/i18n/bidi.ts).
  return t(`sms:${template}`, { ...(lang === "ar" ? isolateParams(params) : params), lng: lang });
}
