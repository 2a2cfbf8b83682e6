import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { rolesAllow, type Role } from "@/lib/auth/roles";
import { registeredCommands, registeredPublicCommands } from "@/lib/domain/commands";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";

/**
 * A NUL byte in any text of a command's input (so of any server action) is refused by the shared input
 * boundary with a validation error naming the field — it never reaches PostgreSQL ("invalid byte sequence
 * for encoding UTF8", a 500 before) (decision 013). Every registered command, as a role it allows.
 */
const actors = new Map<Role, Actor>();
beforeAll(async () => {
  for (const account of DEMO_ACCOUNTS) {
    if (actors.has(account.role)) continue;
    const user = await db.user.findFirstOrThrow({ where: account.loginKind === "nationalId" ? { nationalId: account.login } : { username: account.login } });
    actors.set(account.role, (await loadActor(db, user.id))!);
  }
});

const BAD = { description: "ماء\u0000يتسرب", nested: { note: "ok", list: ["a", "b\u0000"] } };

describe("control characters in command input", () => {
  it("every command refuses them with VALIDATION / validation:controlChars, and writes nothing", async () => {
    const auditBefore = await db.auditLog.count();
    const wrong: string[] = [];
    let covered = 0;
    for (const command of registeredCommands()) {
      const actor = [...actors.values()].find((a) => rolesAllow(a.roles, command.permission));
      if (!actor) continue; // no demo role holds it (the authorization test reports such commands)
      covered++;
      const error = await command.execute(actor, BAD).then(() => null, (e: unknown) => e);
      const fields = isAppError(error) ? error.fieldErrors : undefined;
      if (!isAppError(error) || error.code !== "VALIDATION" || fields?.description !== "validation:controlChars") wrong.push(`${command.name}: ${String(error)}`);
    }
    for (const command of registeredPublicCommands()) {
      const error = await command.execute({ verifiedMobile: "966501234567", ip: "127.0.0.1" }, BAD).then(() => null, (e: unknown) => e);
      if (!isAppError(error) || error.code !== "VALIDATION") wrong.push(`${command.name}: ${String(error)}`);
    }
    expect(wrong).toEqual([]);
    expect(covered).toBeGreaterThan(registeredCommands().length * 0.9);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

describe("control characters in API bodies", () => {
  it("the agency API refuses them with 422 and the field, before any work", async () => {
    const { POST: postCancel } = await import("@/app/api/v1/licenses/[number]/cancel/route");
    const key = AGENCY_CLIENTS.find((c) => c.code === "LABOR")!.demoKey;
    const res = await postCancel(
      new Request("http://localhost/api/v1/licenses/L99999999/cancel", {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        body: JSON.stringify({ reasonCode: "LABOR_LAW_VIOLATION", reason: "سبب\u0000مخفي" }),
      }),
      { params: Promise.resolve({ number: "L99999999" }) },
    );
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe("VALIDATION");
    expect(Object.keys(body.error.fields ?? {})).toEqual(["reason"]);
  });

  it("Open311 POST refuses a description with NUL (400, the specification's error format), filing nothing", async () => {
    const { POST } = await import("@/app/api/open311/v2/[resource]/route");
    const key = AGENCY_CLIENTS.find((c) => c.code === "OPEN311")!.demoKey;
    const before = await db.complaint.count();
    const form = new URLSearchParams({ api_key: key, service_code: "POTHOLE", lat: "24.7136", long: "46.6753", description: "حفرة\u0000كبيرة" });
    const res = await POST(
      new Request("http://localhost/api/open311/v2/requests.json", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: form.toString() }),
      { params: Promise.resolve({ resource: "requests.json" }) },
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("control characters");
    expect(await db.complaint.count()).toBe(before);
  });
});
