import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { AppError, isAppError } from "@/lib/errors";
import { withParams } from "@/lib/i18n/message-key";
import { issueToKey } from "@/lib/i18n/zod-messages";

/**
 * The one result shape of every server action. Errors carry message *keys* (namespace:key?params),
 * translated by the form on the client, so the same schema error reads the same everywhere.
 */
export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? { data?: undefined } : { data: T }))
  | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

export function ok(): ActionResult<undefined>;
export function ok<T>(data: T): ActionResult<T>;
export function ok<T>(data?: T) {
  return { ok: true, data } as ActionResult<T>;
}

export function fromZodError(error: z.ZodError): { ok: false; fieldErrors: Record<string, string>; formError: string } {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    fieldErrors[path] ??= issueToKey(issue as unknown as Parameters<typeof issueToKey>[0]);
  }
  return { ok: false, fieldErrors, formError: "errors:VALIDATION" };
}

/** Turns a thrown error into a result; unknown errors are logged and reported without details. */
export function fromError(e: unknown): { ok: false; formError: string; fieldErrors?: Record<string, string> } {
  if (isAppError(e)) {
    return { ok: false, formError: withParams(e.messageKey, e.params), fieldErrors: e.fieldErrors };
  }
  if (isDatabaseUnavailable(e)) {
    // An outage, not a bug: nothing was saved; the form keeps what was typed and says to retry shortly.
    console.error("[action] database unavailable:", e instanceof Error ? e.message.split("\n").pop() : e);
    return { ok: false, formError: "errors:UNAVAILABLE" };
  }
  console.error("[action] unexpected error", e);
  return { ok: false, formError: "errors:INTERNAL" };
}


export { AppError, withParams };
