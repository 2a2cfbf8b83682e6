/**
 * Message keys ("ns:key?param=value", from AppError and from zod through lib/i18n/zod-messages.ts) parsed for
 * translation. A module of its own, without zod, so the translation core every page loads does not bring zod
 * into the browser with it (only forms do).
 */
/** "ns:key?a=1" → ["ns:key", { a: "1" }] */
export function parseMessageKey(message: string): [string, Record<string, string>] {
  const q = message.indexOf("?");
  if (q < 0) return [message, {}];
  return [message.slice(0, q), Object.fromEntries(new URLSearchParams(message.slice(q + 1)))];
}

/** "ns:key", { a: 1 } → "ns:key?a=1": the other way, for a refusal (lib/action-result.ts) or a notice (components/forms/command-done.ts). */
export function withParams(key: string, params?: Record<string, string | number>): string {
  if (!params || Object.keys(params).length === 0) return key;
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
}
