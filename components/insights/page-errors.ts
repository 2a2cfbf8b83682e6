import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** A query refused for a page: outside the leader's scope → the localized 403; an unknown list or report → 404. */
export function pageRefusal(e: unknown): never {
  if (isAppError(e) && e.code === "FORBIDDEN") forbidden();
  if (isAppError(e) && e.code === "NOT_FOUND") notFound();
  throw e;
}
