import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow, type Permission } from "@/lib/auth/roles";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { fromZodError } from "@/lib/action-result";

/**
 * A domain command: one verb, its permission, its shared zod schema, and a body that runs inside
 * one transaction (where it also writes the audit row and any outbox message).
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
}): Command<S, R> {
  const command: Command<S, R> = {
    name: spec.name,
    permission: spec.permission,
    schema: spec.schema,
    async execute(actor, raw) {
      if (!rolesAllow(actor.roles, spec.permission)) throw new AppError("FORBIDDEN");
      const parsed = spec.schema.safeParse(raw);
      if (!parsed.success) {
        throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
      }
      return db.$transaction((tx) => spec.run(tx, actor, parsed.data));
    },
  };
  registry.set(spec.name, command as Command<z.ZodType, unknown>);
  return command;
}

export function registeredCommands(): Command<z.ZodType, unknown>[] {
  return [...registry.values()];
}
