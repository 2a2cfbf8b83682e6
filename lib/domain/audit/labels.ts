import type { T } from "@/lib/i18n/core";

/**
 * The audit log in words (issue 17, item 9): every action ("healthCert.request") and entity type ("Bill") has a
 * label in locales/<lang>/audit.json. Keys are the action with "-" for "." (an action may be the prefix of another:
 * "signatures.sign" and "signatures.sign.complete"). lib/domain/audit/labels.test.ts fails when one is missing.
 */
export const auditActionKey = (action: string) => `audit:actions.${action.replaceAll(".", "-")}`;
export const auditEntityKey = (entityType: string) => `audit:entities.${entityType}`;

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** The action's label; an unknown action (a row older than its label) shows its code rather than nothing. */
export function auditActionLabel(t: T, action: string): string {
  return (t as unknown as Loose)(auditActionKey(action), { defaultValue: action });
}

export function auditEntityLabel(t: T, entityType: string): string {
  return (t as unknown as Loose)(auditEntityKey(entityType), { defaultValue: entityType });
}

/** "system:auth" → the system's name plus its code; a person's label as it is. */
export function auditActorLabel(t: T, actorLabel: string): { name: string; code: string | null } {
  if (actorLabel.startsWith("system:")) return { name: (t as unknown as Loose)("audit:page.system"), code: actorLabel.slice("system:".length) };
  return { name: actorLabel, code: null };
}
