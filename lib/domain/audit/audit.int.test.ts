import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { REDACTED } from "@/lib/domain/audit/redact";
import { listAudit } from "@/lib/domain/audit/queries/list-audit";

// Own places and a unique entity type per run: independent of the seed and of other test files.
const run = randomUUID().slice(0, 8);
const entityType = `TestEntity-${run}`;
let amanahA: string;
let amanahB: string;
let muniA1: string;
let muniA2: string;
let muniB1: string;

const actor = (over: Partial<Actor>): Actor => ({
  userId: `user-${run}`,
  label: "reviewer1",
  nameAr: "مراجع",
  nameEn: "Reviewer",
  mobile: "966500000000",
  locale: "ar",
  roles: ["ADMIN"],
  amanahIds: [amanahA],
  municipalityIds: null,
  officeId: null,
  medicalCenterId: null,
  ...over,
});

beforeAll(async () => {
  const mk = (code: string) => db.amanah.create({ data: { code: `${code}-${run}`, nameAr: code, nameEn: code } });
  amanahA = (await mk("A")).id;
  amanahB = (await mk("B")).id;
  const muni = (amanahId: string, code: string) =>
    db.municipality.create({ data: { code: `${code}-${run}`, nameAr: code, nameEn: code, amanahId } });
  muniA1 = (await muni(amanahA, "A1")).id;
  muniA2 = (await muni(amanahA, "A2")).id;
  muniB1 = (await muni(amanahB, "B1")).id;

  await db.$transaction(async (tx) => {
    const sys = { system: "seed-test" };
    await recordAudit(tx, sys, { action: "test.none", entityType, entityId: "n1", municipalityId: null });
    await recordAudit(tx, sys, { action: "test.a1", entityType, entityId: "a1", municipalityId: muniA1 });
    await recordAudit(tx, actor({ label: "fieldA2" }), { action: "test.a2", entityType, entityId: "a2", municipalityId: muniA2 });
    await recordAudit(tx, sys, { action: "test.b1", entityType, entityId: "b1", municipalityId: muniB1 });
  });
});

const seen = async (a: Actor, extra: Partial<Parameters<typeof listAudit>[1]> = {}) =>
  (await listAudit(a, { entityType, page: 1, ...extra })).rows.map((r) => r.entityId).sort();

describe("recordAudit", () => {
  // Not the listing fixture's type: these rows must not show up in the scoping tests below.
  const writeType = `${entityType}-write`;

  it("writes the actor, the change with secrets redacted, inside the caller's transaction", async () => {
    const entityId = `u-${randomUUID()}`;
    await db.$transaction((tx) =>
      recordAudit(tx, actor({ label: "admin" }), {
        action: "user.update",
        entityType: writeType,
        entityId,
        municipalityId: muniA1,
        before: { mobile: "966511111111", passwordHash: "$argon2id$old" },
        after: { mobile: "966522222222", passwordHash: "$argon2id$new", resetToken: "t" },
        ip: "10.0.0.7",
      }),
    );
    const row = await db.auditLog.findFirstOrThrow({ where: { entityType: writeType, entityId } });
    expect(row).toMatchObject({ actorId: `user-${run}`, actorLabel: "admin", action: "user.update", municipalityId: muniA1, ip: "10.0.0.7" });
    expect(row.before).toEqual({ mobile: "966511111111", passwordHash: REDACTED });
    expect(row.after).toEqual({ mobile: "966522222222", passwordHash: REDACTED, resetToken: REDACTED });
    expect(row.at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("labels the system as system:<name>, without a user id, and leaves absent changes NULL", async () => {
    const entityId = `s-${randomUUID()}`;
    await db.$transaction((tx) => recordAudit(tx, { system: "expiry-job" }, { action: "license.expire", entityType: writeType, entityId }));
    const row = await db.auditLog.findFirstOrThrow({ where: { entityType: writeType, entityId } });
    expect(row).toMatchObject({ actorId: null, actorLabel: "system:expiry-job", municipalityId: null, before: null, after: null, ip: null });
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const entityId = `r-${randomUUID()}`;
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { system: "t" }, { action: "x", entityType: writeType, entityId });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.auditLog.count({ where: { entityId } })).toBe(0);
  });
});

describe("AuditLog is append-only (database trigger)", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { entityType, entityId: "a1" } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { entityType } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "test.a1" });
  });
});

describe("listAudit scoping", () => {
  it("shows an Amanah-wide admin their Amanah's rows and rows without a municipality", async () => {
    expect(await seen(actor({}))).toEqual(["a1", "a2", "n1"]);
  });

  it("shows a committee member of the other Amanah only theirs", async () => {
    expect(await seen(actor({ roles: ["COMMITTEE_MEMBER"], amanahIds: [amanahB] }))).toEqual(["b1", "n1"]);
  });

  it("shows a municipality-scoped admin only that municipality", async () => {
    expect(await seen(actor({ municipalityIds: [muniA1] }))).toEqual(["a1"]);
    expect(await seen(actor({ municipalityIds: [muniA1, muniB1] }))).toEqual(["a1", "b1"]);
    expect(await seen(actor({ municipalityIds: [] }))).toEqual([]);
  });

  it("shows nothing to an actor without an Amanah, and refuses roles without audit.read", async () => {
    expect(await seen(actor({ amanahIds: [] }))).toEqual([]);
    await expect(listAudit(actor({ roles: ["REVIEWER"] }), { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAudit(actor({ roles: ["CITIZEN"], amanahIds: [], municipalityIds: [] }), { page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("filters by action, actor and time, and pages newest first", async () => {
    const admin = actor({});
    expect(await seen(admin, { action: "test.a2" })).toEqual(["a2"]);
    expect(await seen(admin, { actorQuery: "FIELDA" })).toEqual(["a2"]);
    expect(await seen(admin, { actorQuery: `user-${run}` })).toEqual(["a2"]);
    expect(await seen(admin, { actorQuery: "system:seed" })).toEqual(["a1", "n1"]);
    expect(await seen(admin, { from: new Date(Date.now() + 3_600_000) })).toEqual([]);
    expect(await seen(admin, { to: new Date(Date.now() - 3_600_000) })).toEqual([]);

    const first = await listAudit(admin, { entityType, action: undefined, page: 1, pageSize: 2 });
    const second = await listAudit(admin, { entityType, page: 2, pageSize: 2 });
    expect(first.total).toBeGreaterThanOrEqual(3);
    expect(first.rows).toHaveLength(2);
    expect(first.rows[0]!.at.getTime()).toBeGreaterThanOrEqual(first.rows[1]!.at.getTime());
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(typeof first.rows[0]!.id).toBe("string");
  });

  it("clamps a silly page size and page", async () => {
    const res = await listAudit(actor({}), { entityType, page: -3, pageSize: 10_000 });
    expect(res.page).toBe(1);
    expect(res.pageSize).toBe(100);
  });
});
