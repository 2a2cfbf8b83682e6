/**
 * The integration-test database itself (tests/setup/global-db.ts + tests/setup/worker-db.ts):
 * a real PostgreSQL, migrated and seeded, one database per worker, no data shared between workers.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { createDatabaseFromTemplate, databaseNameOf, dropDatabase, withDatabase } from "../../scripts/lib/database";
import { workerDatabaseName } from "../setup/worker-db";

const root = path.resolve(import.meta.dirname, "..", "..");
const adminUrl = process.env.AMANAH_TEST_ADMIN_URL!;
const template = process.env.AMANAH_TEST_TEMPLATE_DATABASE!;

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Table names the schema declares: every model (or its @@map). */
function schemaTables(): string[] {
  const schema = fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8");
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)].map(([, name, body]) => /@@map\("([^"]+)"\)/.exec(body!)?.[1] ?? name!);
}

describe("the per-worker test database", () => {
  const url = process.env.DATABASE_URL!;

  it("is a real PostgreSQL database named after this worker's pool id", async () => {
    expect(databaseNameOf(url)).toBe(workerDatabaseName());
    const [row] = await query<{ db: string; version: string; num: number }>(
      url,
      "SELECT current_database() AS db, version() AS version, current_setting('server_version_num')::int AS num",
    );
    expect(row!.db).toMatch(new RegExp(`^amanah_test(_p\\d+)?_w${process.env.VITEST_POOL_ID}$`));
    expect(row!.version).toMatch(/^PostgreSQL \d+/);
    expect(row!.num).toBeGreaterThanOrEqual(130000);
    expect(row!.db).not.toBe(template);
  });

  it("has every table of prisma/schema.prisma, from every migration in prisma/migrations", async () => {
    const tables = (await query<{ table_name: string }>(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).map(
      (r) => r.table_name,
    );
    const expected = schemaTables();
    expect(expected.length).toBeGreaterThan(5);
    expect(tables).toEqual(expect.arrayContaining([...expected, "_prisma_migrations"]));

    const migrationDirs = fs
      .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const applied = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      url,
      "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(applied.map((m) => m.migration_name)).toEqual(migrationDirs);
    expect(applied.every((m) => m.finished_at !== null && m.rolled_back_at === null)).toBe(true);
  });

  it("is seeded, and @/lib/db is connected to it (not to the template or another worker)", async () => {
    const [{ db: current }] = (await db.$queryRawUnsafe<{ db: string }[]>("SELECT current_database() AS db")) as [{ db: string }];
    expect(current).toBe(workerDatabaseName());
    const logins = DEMO_ACCOUNTS.map((a) => a.login);
    const users = await db.user.findMany({
      where: { OR: [{ nationalId: { in: logins } }, { username: { in: logins } }] },
      select: { nationalId: true, username: true },
    });
    expect(users.map((u) => u.nationalId ?? u.username).sort()).toEqual([...logins].sort());
  });
});

describe("isolation between workers", () => {
  // What worker-db.ts would give another worker running at the same time.
  const otherName = workerDatabaseName(String(Number(process.env.VITEST_POOL_ID) + 100));
  let otherUrl: string;

  beforeAll(async () => {
    otherUrl = await createDatabaseFromTemplate(adminUrl, otherName, template);
  });
  afterAll(async () => {
    await dropDatabase(adminUrl, otherName);
  });

  it("gives different pool ids different databases", () => {
    expect(workerDatabaseName("1")).not.toBe(workerDatabaseName("2"));
    expect(() => workerDatabaseName("")).toThrow();
    expect(() => workerDatabaseName("1; DROP DATABASE x")).toThrow();
    expect(otherUrl).not.toBe(process.env.DATABASE_URL);
  });

  it("keeps one worker's writes out of the other worker's database and out of the template", async () => {
    const mine = `mine-${process.pid}-${Date.now()}`;
    const theirs = `theirs-${process.pid}-${Date.now()}`;
    await db.amanah.create({ data: { code: mine, nameAr: "اختبار", nameEn: "probe" } });
    await query(otherUrl, `INSERT INTO "Amanah" (id, code, "nameAr", "nameEn") VALUES ($1, $1, 'اختبار', 'probe')`, [theirs]);

    const codesIn = async (u: string) => (await query<{ code: string }>(u, `SELECT code FROM "Amanah" WHERE code IN ($1, $2)`, [mine, theirs])).map((r) => r.code);
    expect(await codesIn(process.env.DATABASE_URL!)).toEqual([mine]);
    expect(await codesIn(otherUrl)).toEqual([theirs]);
    expect(await codesIn(withDatabase(adminUrl, template))).toEqual([]);
  });
});
