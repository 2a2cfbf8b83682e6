import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { ROLES, rolesAllow, type Role } from "@/lib/auth/roles";
import { registeredCommands } from "@/lib/domain/commands";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every registered command, run as every role: FORBIDDEN exactly where the permission map refuses the
 * role, and never FORBIDDEN from the permission gate where it allows it (the input here is empty, so an
 * allowed role gets VALIDATION instead). Nothing may change for a refused role.
 */
const actors = new Map<Role, Actor>();

beforeAll(async () => {
  for (const account of DEMO_ACCOUNTS) {
    if (actors.has(account.role)) continue;
    const user = await db.user.findFirstOrThrow({ where: account.loginKind === "nationalId" ? { nationalId: account.login } : { username: account.login } });
    const actor = await loadActor(db, user.id);
    if (!actor) throw new Error(`no actor for ${account.login}`);
    actors.set(account.role, actor);
  }
});

describe("authorization table for commands", () => {
  it("knows every command and every role", () => {
    expect(registeredCommands().length).toBeGreaterThanOrEqual(2);
    expect([...actors.keys()].sort()).toEqual([...ROLES].sort());
  });

  for (const role of ROLES) {
    it(`runs every command as ${role}`, async () => {
      const actor = actors.get(role)!;
      const auditBefore = await db.auditLog.count();
      for (const command of registeredCommands()) {
        const allowed = rolesAllow(actor.roles, command.permission);
        const error = await command.execute(actor, {}).then(
          () => null,
          (e: unknown) => e,
        );
        expect(isAppError(error), `${command.name} as ${role} threw ${String(error)}`).toBe(true);
        const code = isAppError(error) ? error.code : "none";
        if (allowed) expect(code, `${command.name} as ${role}`).not.toBe("FORBIDDEN");
        else expect(code, `${command.name} as ${role}`).toBe("FORBIDDEN");
      }
      expect(await db.auditLog.count()).toBe(auditBefore);
    });
  }
});

/**
 * Server actions that act for someone outside the portal, never for a signed-in user: each is listed
 * with why it needs no actor, and must still carry the guard named here.
 */
const NOT_ACTOR_ACTIONS: Record<string, { why: string; guard: RegExp }> = {
  "app/[lang]/dev/bank/actions.ts": {
    why: "stands in for a bank: it only posts a signed notification to the real endpoint, which authorizes it",
    guard: /BANK_SIMULATOR !== "on"/,
  },
};

describe("server actions", () => {
  it("all go through runAction and never touch the database directly", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(name) && readFileSync(p, "utf8").trimStart().startsWith('"use server"')) files.push(p);
      }
    };
    walk("app");
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      const exempt = NOT_ACTOR_ACTIONS[f];
      if (exempt) {
        expect(src, `${f} must keep its guard (${exempt.why})`).toMatch(exempt.guard);
        expect(src, f).not.toMatch(/@\/lib\/db|generated\/prisma/);
        continue;
      }
      expect(src, f).not.toMatch(/@\/lib\/db|generated\/prisma/);
      const exported = [...src.matchAll(/export async function (\w+)/g)].map((m) => m[1]);
      const viaRunAction = (src.match(/runAction\(/g) ?? []).length;
      expect(viaRunAction, `${f}: every exported action calls runAction`).toBeGreaterThanOrEqual(exported.length);
    }
  });
});
