/**
 * Zod issues become message keys ("validation:tooShort?minimum=3"), translated where they are shown.
 * A schema's own message is already a key (e.g. { error: "validation:nationalId" }) and is kept.
 * lib/zod.ts installs it as zod's error map wherever zod is used, so the client resolver and the server action
 * produce the same keys. No zod import here: lib/i18n/core.ts (every page) must not bring zod along.
 */
const KEY = /^[a-z][A-Za-z]*:[A-Za-z0-9_.]+(\?.*)?$/; // namespaces may be camelCase (healthCerts, licensingOffice)

export type Issue = { code?: string; message?: string; input?: unknown; [k: string]: unknown };

export function issueToKey(issue: Issue): string {
  if (issue.message && KEY.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null || issue.input === "" ? "validation:required" : "validation:invalidType";
    case "too_small": {
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "validation:required" : `validation:tooShort?minimum=${issue.minimum}`;
      if (issue.origin === "array" || issue.origin === "set") return `validation:tooFewItems?minimum=${issue.minimum}`;
      return `validation:tooSmall?minimum=${issue.minimum}`;
    }
    case "too_big": {
      if (issue.origin === "string") return `validation:tooLong?maximum=${issue.maximum}`;
      if (issue.origin === "array" || issue.origin === "set") return `validation:tooManyItems?maximum=${issue.maximum}`;
      return `validation:tooBig?maximum=${issue.maximum}`;
    }
    case "invalid_format":
      return issue.format === "email" ? "validation:email" : "validation:invalidFormat";
    case "invalid_value":
      return "validation:invalidOption";
    default:
      return "validation:invalid";
  }
}
