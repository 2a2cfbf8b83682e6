import { withParams } from "@/lib/i18n/message-key";

/** What the page says when the command succeeded: a message key, and its parameters. */
export type CommandDone = {
  key: string;
  /** Used instead of `key` when the command answers `{ complete: true }` (the last signature of a chain). */
  completeKey?: string;
  /** Fixed parameters of the message. */
  params?: Record<string, string>;
  /** Parameters taken from the command's result: message parameter → field of the result (a new certificate's number). */
  resultParams?: Record<string, string>;
};

/** The message key with its parameters, as the notice slot translates it ("ns:key?param=value"). */
export function doneMessageKey(done: CommandDone, data: unknown): string {
  const fields = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const key = fields.complete === true && done.completeKey ? done.completeKey : done.key;
  const fromResult = Object.entries(done.resultParams ?? {}).map(([param, field]) => [param, String(fields[field] ?? "")]);
  return withParams(key, { ...done.params, ...Object.fromEntries(fromResult) });
}

/**
 * A button's label as it reads inside a sentence ("Yes, rotate key" from "Rotate key"): a capitalised first word
 * loses its capital, an acronym ("SMS") keeps it; Arabic has no case and is unchanged.
 */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
