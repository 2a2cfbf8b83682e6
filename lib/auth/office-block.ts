import type { Actor, OfficeBlock } from "@/lib/auth/actor";
import { rolesAllow, type Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { formatGregorian } from "@/lib/i18n/dates";

/**
 * A member of an office that is not ACTIVE (suspended, revoked, or still awaiting accreditation) gets
 * NO office role from loadActor: every office page, action, query and file check that looks at
 * `actor.roles` / `actor.officeId` refuses them (fail-closed). What they get instead is
 * `actor.officeBlock`, so that
 *   1. the refusal explains itself ("your office is suspended until …") instead of a bare 403, and
 *   2. a few NARROW permissions stay usable while the office is suspended or revoked: the office shell,
 *      the manager's compliance page and the appeal. Commands allowed through this door must scope by
 *      `supervisedOfficeId(actor)` (never by actor.officeId, which is null for a blocked member).
 * See docs/decisions/008-suspended-office.md.
 */
export const KEPT_WHILE_BLOCKED: readonly Permission[] = ["office.dashboard", "offices.compliance", "offices.appeal"];

function keeps(block: OfficeBlock, permission: Permission): boolean {
  return (block.status === "SUSPENDED" || block.status === "REVOKED") && KEPT_WHILE_BLOCKED.includes(permission) && rolesAllow(block.roles, permission);
}

/** The permission check of every gate (pages, actions, commands, route handlers). */
export function actorAllows(actor: Actor, permission: Permission): boolean {
  if (rolesAllow(actor.roles, permission)) return true;
  return !!actor.officeBlock && keeps(actor.officeBlock, permission);
}

/**
 * The refusal for an actor the permission map refuses: when the actor's office role WOULD allow it
 * but the office is suspended / revoked / pending, a FORBIDDEN that says so (with the end date of the
 * suspension); otherwise the plain FORBIDDEN.
 */
export function refusalFor(actor: Actor, permission: Permission): AppError {
  const block = actor.officeBlock;
  if (block && rolesAllow(block.roles, permission)) return officeBlockedError(block, actor.locale);
  return new AppError("FORBIDDEN");
}

export function officeBlockedError(block: OfficeBlock, locale: Actor["locale"]): AppError {
  if (block.status === "SUSPENDED") {
    return block.until
      ? new AppError("FORBIDDEN", { message: "penalties:errors.officeSuspended", params: { until: formatGregorian(block.until, locale) } })
      : new AppError("FORBIDDEN", { message: "penalties:errors.officeSuspendedOpen" });
  }
  if (block.status === "REVOKED") return new AppError("FORBIDDEN", { message: "penalties:errors.officeRevoked" });
  return new AppError("FORBIDDEN", { message: "penalties:errors.officePending" });
}

/**
 * The office a supervision page or command is about, for office members: their ACTIVE office, or
 * the suspended/revoked one they may still answer for (compliance page, appeal).
 */
export function supervisedOfficeId(actor: Actor): string | null {
  if (actor.officeId) return actor.officeId;
  const block = actor.officeBlock;
  return block && (block.status === "SUSPENDED" || block.status === "REVOKED") ? block.officeId : null;
}
