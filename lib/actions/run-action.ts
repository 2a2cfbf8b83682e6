import "server-only";
import type { z } from "zod";
import { fromError, ok, type ActionResult } from "@/lib/action-result";
import { requireAccountActor, requireActor } from "@/lib/auth/require-actor";
import type { Command, PublicCommand } from "@/lib/domain/command";
import { currentGuest } from "@/lib/auth/guest";
import { AppError } from "@/lib/errors";

/**
 * The body of every server action: the actor from the session (never from the browser), then the
 * command (permission, schema, one transaction). Errors come back as the one result shape.
 */
export async function runAction<S extends z.ZodType, R>(command: Command<S, R>, input: unknown): Promise<ActionResult<R>> {
  try {
    const actor = await requireActor();
    const data = await command.execute(actor, input);
    return ok(data) as ActionResult<R>;
  } catch (e) {
    return fromError(e);
  }
}

/**
 * The body of a server action that acts for someone WITHOUT an account: only a command defined with
 * definePublicCommand (the type refuses any other), with what the request proves (confirmed mobile
 * cookie, IP address) — never anything the browser claims in the input.
 */
export async function runPublicAction<S extends z.ZodType, R>(command: PublicCommand<S, R>, input: unknown): Promise<ActionResult<R>> {
  try {
    if (command.kind !== "public") throw new AppError("FORBIDDEN");
    const guest = await currentGuest();
    const data = await command.execute(guest, input);
    return ok(data) as ActionResult<R>;
  } catch (e) {
    return fromError(e);
  }
}

/**
 * For the account-security page only (docs/decisions/009): like runAction, but it also serves an account whose
 * first-sign-in step is pending (temporary password to change, two-factor to enroll) — requireActor refuses those.
 */
export async function runAccountAction<S extends z.ZodType, R>(command: Command<S, R>, input: unknown): Promise<ActionResult<R>> {
  try {
    const actor = await requireAccountActor();
    const data = await command.execute(actor, input);
    return ok(data) as ActionResult<R>;
  } catch (e) {
    return fromError(e);
  }
}
