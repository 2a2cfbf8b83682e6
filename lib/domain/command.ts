import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { actorAllows, refusalFor } from "@/lib/auth/office-block";
import type { Permission } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/action-result";
import { transaction, type TransactionOptions } from "@/lib/kernel/transaction";
import { controlCharField } from "@/lib/validation";
import { ensureHolidays } from "@/lib/domain/calendar/holidays";

/** The input boundary for every command (decision 013): no string may carry NUL or another control character. */
function refuseControlChars(raw: unknown): void {
  const field = controlCharField(raw);
  if (field !== null) throw new AppError("VALIDATION", { fieldErrors: { [field || "input"]: "validation:controlChars" } });
}

/**
 * A domain command: one verb, its permission, its shared zod schema, and a body that runs inside
 * one transaction (where it also writes the audit row and any outbox message; work that must wait
 * for the commit, such as file bytes, is queued with afterCommit from lib/kernel/transaction.ts).
 * Every caller — server action, route handler, job — goes through `execute`, so the permission
 * and the validation cannot be skipped. The registry lets the authorization test enumerate them.
 */
export type Command<S extends z.ZodType, R> = {
  name: string;
  permission: Permission;
  schema: S;
  execute(actor: Actor, raw: unknown): Promise<R>;
};

const registry = new Map<string, Command<z.ZodType, unknown>>();

export function defineCommand<S extends z.ZodType, R>(spec: {
  name: string;
  permission: Permission;
  schema: S;
  run: (tx: Tx, actor: Actor, input: z.output<S>) => Promise<R>;
  /** How long to wait for a connection and to run (a burst on one row, e.g. the last seat of a slot, queues). */
  transaction?: TransactionOptions;
}): Command<S, R> {
  const command: Command<S, R> = {
    name: spec.name,
    permission: spec.permission,
    schema: spec.schema,
    async execute(actor, raw) {
      // A member of a suspended office is refused with a message that says so (lib/auth/office-block.ts).
      if (!actorAllows(actor, spec.permission)) throw refusalFor(actor, spec.permission);
      refuseControlChars(raw);
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
      }
      await ensureHolidays(); // the working-day calendar of SLAs and slots, cached (lib/domain/calendar/holidays.ts)
      return transaction((tx) => spec.run(tx, actor, parsed.data), spec.transaction);
    },
  };
  registry.set(spec.name, command as Command<z.ZodType, unknown>);
  return command;
}

export function registeredCommands(): Command<z.ZodType, unknown>[] {
  return [...registry.values()];
}

/**
 * Who acts in a public command: nobody signed in. What the request proves instead: a mobile number
 * this browser confirmed with a one-time SMS code (signed cookie, lib/auth/guest.ts), and the client's IP
 * address (for rate limits and the audit row). Commands scope their `where` to `verifiedMobile`.
 */
export type Guest = { verifiedMobile: string | null; ip: string | null };

/**
 * A result that must COMMIT what the command wrote (e.g. a failed code attempt counted) and then
 * still fail: the public command's `execute` throws `error` after the transaction committed.
 */
export class CommitThenFail {
  constructor(readonly error: AppError) {}
}

/**
 * A command that needs no signed-in actor (filing a complaint without an account, confirming a mobile
 * number). `why` says why it needs no actor: the authorization test lists it. Server actions run it
 * through runPublicAction, which accepts nothing else.
 */
export type PublicCommand<S extends z.ZodType, R> = {
  kind: "public";
  name: string;
  why: string;
  schema: S;
  execute(guest: Guest, raw: unknown): Promise<R>;
};

const publicRegistry = new Map<string, PublicCommand<z.ZodType, unknown>>();

export function definePublicCommand<S extends z.ZodType, R>(spec: {
  name: string;
  why: string;
  schema: S;
  run: (tx: Tx, guest: Guest, input: z.output<S>) => Promise<R | CommitThenFail>;
}): PublicCommand<S, R> {
  const command: PublicCommand<S, R> = {
    kind: "public",
    name: spec.name,
    why: spec.why,
    schema: spec.schema,
    async execute(guest, raw) {
      refuseControlChars(raw);
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
      }
      await ensureHolidays();
      const result = await transaction((tx) => spec.run(tx, guest, parsed.data));
      if (result instanceof CommitThenFail) throw result.error;
      return result;
    },
  };
  publicRegistry.set(spec.name, command as PublicCommand<z.ZodType, unknown>);
  return command;
}

export function registeredPublicCommands(): PublicCommand<z.ZodType, unknown>[] {
  return [...publicRegistry.values()];
}
