import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { ROLES, rolesAllow, type Role } from "@/lib/auth/roles";
import { registeredCommands, registeredPublicCommands } from "@/lib/domain/commands";
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
  "app/[lang]/(public)/bills/inquiry/actions.tsx": {
    why: "a read-only public lookup, POSTed so the payer's national ID or CR number stays out of URLs; it changes nothing but the per-address limit",
    guard: /inquireBill\(parsed\.data, clientIp\(await headers\(\)\)\)/,
  },
  "app/[lang]/(public)/inquiry/actions.tsx": {
    why: "the one public inquiry (issue 13): a read-only lookup limited per client address; sending and checking the owner's code go through runPublicAction",
    guard: /inquire\(parsed, clientIp\(await headers\(\)\), await currentActor\(\)\)/,
  },
};

describe("server actions", () => {
  it("all go through runAction (or runPublicAction for public commands) and never touch the database directly", async () => {
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
      // runAccountAction: the account-security page's actions (accounts with a pending first-sign-in step, decision 009).
      const viaRunAction = (src.match(/\brun(Public|Account)?Action\(/g) ?? []).length;
      expect(viaRunAction, `${f}: every exported action calls runAction, runPublicAction or runAccountAction`).toBeGreaterThanOrEqual(exported.length);
      // runPublicAction only for commands defined with definePublicCommand: resolve each argument's import.
      for (const [, name] of src.matchAll(/\brunPublicAction\((\w+)/g)) {
        const imp = [...src.matchAll(/import \{([^}]+)\} from "@\/([^"]+)"/g)].find(([, names]) => (names ?? "").split(",").map((n) => n.trim()).includes(name!));
        expect(imp, `${f}: ${name} must be imported from a domain module`).toBeDefined();
        const mod = (await import(`@/${imp![2]}`)) as Record<string, unknown>;
        expect(registeredPublicCommands(), `${f}: runPublicAction(${name}) needs a command defined with definePublicCommand`).toContain(mod[name!]);
      }
    }
  });
});

/**
 * Commands that act for someone WITHOUT an account (definePublicCommand), each with why it needs no
 * actor. Run with a guest who proved nothing and an empty input, they refuse and write nothing.
 */
const PUBLIC_COMMANDS: Record<string, string> = {
  "complaints.requestOtp": "confirming a mobile number before filing or following without an account",
  "complaints.verifyOtp": "the code that proves the person holds the phone",
  "complaints.fileAsGuest": "anyone may report a problem without an account (mobile proven by SMS code)",
  "complaints.track": "following one's complaint with its reference and mobile",
  "complaints.rateAsGuest": "rating by the reporter without an account (mobile proven by SMS code)",
  "complaints.reopenAsGuest": "reopening by the reporter without an account (mobile proven by SMS code)",
  "identity.nationalSignIn": "the national identity provider authenticated the person; the account comes from its signed claims (decision 009)",
  "inquiry.requestOwnerCode": "the inquiry's owner details: a code goes only to the mobile on the record",
  "inquiry.verifyOwnerCode": "the code that proves the asker holds the owner's phone",
};

describe("public commands", () => {
  it("are exactly the listed ones, each saying why it needs no actor", () => {
    const names = registeredPublicCommands().map((c) => c.name).sort();
    expect(names).toEqual(Object.keys(PUBLIC_COMMANDS).sort());
    for (const c of registeredPublicCommands()) expect(c.why.length, c.name).toBeGreaterThan(20);
  });

  it("refuse an empty input from a guest who proved nothing, and write nothing", async () => {
    const auditBefore = await db.auditLog.count();
    const outboxBefore = await db.outboxMessage.count();
    for (const command of registeredPublicCommands()) {
      const error = await command.execute({ verifiedMobile: null, ip: "203.0.113.9" }, {}).then(() => null, (e: unknown) => e);
      expect(isAppError(error) && ["VALIDATION", "UNAUTHENTICATED"].includes(error.code), `${command.name} threw ${String(error)}`).toBe(true);
    }
    expect(await db.auditLog.count()).toBe(auditBefore);
    expect(await db.outboxMessage.count()).toBe(outboxBefore);
  });
});
