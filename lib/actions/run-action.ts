import "server-only";
import type { z } from "zod";
import { fromError, ok, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth/require-actor";
import type { Command } from "@/lib/domain/command";

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
