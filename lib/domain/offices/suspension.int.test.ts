/**
 * A suspended office cannot act through any page, action or API (docs/decisions/008-suspended-office.md):
 * the seeded demo office (OFF-INJAZ) is suspended, then every registered command is run as each of its
 * members, every protected page's permissions are checked, its queue and its files are asked for.
 * Only the doors a suspended office keeps (shell, compliance page, appeal) stay open, and only for the role.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { PROTECTED_PAGES } from "@/lib/auth/access-table";
import { loadActor } from "@/lib/auth/load-actor";
import { actorAllows, KEPT_WHILE_BLOCKED } from "@/lib/auth/office-block";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { registeredCommands } from "@/lib/domain/commands";
import { readableFile } from "@/lib/domain/files/access";
import { officeQueue } from "@/lib/domain/licensing/queries/office-queue";
import { makeApplication, makeUser } from "@/lib/domain/offices/test-support";
import { isAppError } from "@/lib/errors";

const MEMBERS = ["office.manager", "office.agent", "office.health", "office.inspector"] as const;
const until = new Date(Date.now() + 30 * 86_400_000);
const blocked = new Map<string, Actor>();
let officeId: string;
let fileId: string;

beforeAll(async () => {
  const office = await db.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-INJAZ" }, select: { id: true, coverage: { select: { municipalityId: true }, take: 1 } } });
  officeId = office.id;
  const citizen = await makeUser({ nationalId: "1777777775" });
  const app = await makeApplication({ officeId, applicantId: citizen.id, municipalityId: office.coverage[0]!.municipalityId, status: "SUBMITTED", submittedAt: new Date() });
  fileId = (await db.storedFile.create({ data: { storageKey: "x/y", sha256: "0".repeat(64), mime: "application/pdf", sizeBytes: 10, originalName: "lease.pdf", purpose: "LEASE", applicationId: app.id } })).id;

  // Before: the agent sees the office's queue and the document.
  const agent = await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "office.agent" } })).id);
  expect((await officeQueue(agent!, {})).total).toBeGreaterThan(0);
  expect(await readableFile(agent!, fileId)).not.toBeNull();

  await db.licensingOffice.update({ where: { id: officeId }, data: { status: "SUSPENDED", suspendedUntil: until } });
  for (const username of MEMBERS) {
    const user = await db.user.findFirstOrThrow({ where: { username } });
    blocked.set(username, (await loadActor(db, user.id))!);
  }
});

describe("a suspended office", () => {
  it("its members hold no office role, only the block that explains it", () => {
    for (const [username, actor] of blocked) {
      expect(actor.roles.filter((r) => r.startsWith("OFFICE_")), username).toEqual([]);
      expect(actor.officeId, username).toBeNull();
      expect(actor.officeBlock, username).toMatchObject({ officeId, status: "SUSPENDED", until });
      expect(actor.officeBlock!.roles.length, username).toBe(1);
    }
  });

  it("every registered command is refused with the suspension message, except the appeal for the manager", async () => {
    const auditBefore = await db.auditLog.count();
    let refused = 0;
    for (const [username, actor] of blocked) {
      for (const command of registeredCommands()) {
        if (rolesAllow(actor.roles, command.permission)) continue; // a permission the member has as a citizen, not as the office
        const wouldHave = rolesAllow(actor.officeBlock!.roles, command.permission);
        const error = await command.execute(actor, {}).then(() => null, (e: unknown) => e);
        expect(isAppError(error), `${command.name} as ${username}`).toBe(true);
        if (!isAppError(error)) continue;
        if (wouldHave && KEPT_WHILE_BLOCKED.includes(command.permission)) {
          expect(error.code, `${command.name} as ${username} stays open`).toBe("VALIDATION");
        } else if (wouldHave) {
          expect(error.code, `${command.name} as ${username}`).toBe("FORBIDDEN");
          expect(error.message, `${command.name} as ${username}`).toBe("penalties:errors.officeSuspended");
          expect(error.params?.until).toBeTruthy();
          refused++;
        } else {
          expect(error.code, `${command.name} as ${username}`).toBe("FORBIDDEN");
        }
      }
    }
    expect(refused).toBeGreaterThanOrEqual(8); // take, accept, return, reject, inspect, health steps, approve …
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("every protected office page refuses them, except the shell and the manager's compliance page", () => {
    const officePages = PROTECTED_PAGES.filter((p) => p.path.startsWith("/office"));
    expect(officePages.length).toBeGreaterThanOrEqual(3);
    for (const [username, actor] of blocked) {
      for (const page of officePages) {
        const allowed = page.permissions.every((p) => actorAllows(actor, p));
        const expected = page.permissions.every((p) => KEPT_WHILE_BLOCKED.includes(p) && rolesAllow(actor.officeBlock!.roles, p));
        expect(allowed, `${page.path} as ${username}`).toBe(expected);
      }
    }
    expect(actorAllows(blocked.get("office.manager")!, "offices.compliance")).toBe(true);
    expect(actorAllows(blocked.get("office.agent")!, "offices.compliance")).toBe(false);
    expect(actorAllows(blocked.get("office.agent")!, "licensing.office.queue")).toBe(false);
  });

  it("its queue and its application files are closed (API /api/files/[id] uses the same rule)", async () => {
    const agent = blocked.get("office.agent")!;
    const e = await officeQueue(agent, {}).then(() => null, (err: unknown) => err);
    expect(isAppError(e) && e.code).toBe("FORBIDDEN");
    for (const actor of blocked.values()) expect(await readableFile(actor, fileId)).toBeNull();
  });

  it("a revoked office is refused with its own message; reactivation gives the roles back", async () => {
    await db.licensingOffice.update({ where: { id: officeId }, data: { status: "REVOKED", suspendedUntil: null } });
    const agentId = (await db.user.findFirstOrThrow({ where: { username: "office.agent" } })).id;
    const revoked = (await loadActor(db, agentId))!;
    const take = registeredCommands().find((c) => c.name === "licensing.office.take")!;
    const e = await take.execute(revoked, {}).then(() => null, (err: unknown) => err);
    expect(isAppError(e) && e.message).toBe("penalties:errors.officeRevoked");
    await db.licensingOffice.update({ where: { id: officeId }, data: { status: "ACTIVE" } });
    const back = (await loadActor(db, agentId))!;
    expect(back.roles).toContain("OFFICE_AGENT");
    expect(back.officeBlock).toBeNull();
  });
});
