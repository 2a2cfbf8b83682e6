/**
 * Demo data only when asked for (issue 11, blocker 1; docs/decisions/010-demo-data-and-invitations.md).
 *
 * Against a FRESH database (not the worker's seeded copy), the same steps `npm start` runs: the demo decision
 * of scripts/run.ts (resolveDemoMode) and its database steps (prepareRunDatabase = prisma migrate deploy + the
 * seed CLI in a child process). With a DATABASE_URL in production mode: reference data, no demo account, no
 * demo agency key, no demo records — and asking for the demo there is refused. Asked for in development
 * mode: the demo is there.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropDatabase, recreateDatabase } from "../../scripts/lib/database";
import { DemoRefused, prepareRunDatabase, resolveDemoMode } from "../../scripts/lib/demo-mode";
import { AGENCY_CLIENTS } from "../../prisma/seed/agency-clients";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";

const SLOW = 180_000;
const adminUrl = process.env.AMANAH_TEST_ADMIN_URL as string;
const name = `amanah_test_demo_p${process.pid}`;
let url: string;

async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}
const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: number }>(sql, params))[0]?.n);
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

beforeAll(async () => {
  if (!adminUrl) throw new Error("AMANAH_TEST_ADMIN_URL is not set (run through vitest.config.ts)");
  url = await recreateDatabase(adminUrl, name);
}, SLOW);

afterAll(async () => {
  await dropDatabase(adminUrl, name).catch(() => {});
});

describe("demo data is seeded only when asked for", () => {
  it("npm start with DATABASE_URL in production mode: reference data only, no demo account, no demo key", async () => {
    const env = { DATABASE_URL: url, NODE_ENV: "production" };
    const decision = resolveDemoMode({ env, argv: [], dev: false });
    expect(decision.demo).toBe(false);
    await prepareRunDatabase(url, decision, () => {});

    // Reference data is there.
    expect(await count(`SELECT count(*)::int AS n FROM "Municipality"`)).toBeGreaterThan(5);
    expect(await count(`SELECT count(*)::int AS n FROM "Activity"`)).toBeGreaterThanOrEqual(30);
    expect(await count(`SELECT count(*)::int AS n FROM "EService"`)).toBeGreaterThan(10);
    expect(await count(`SELECT count(*)::int AS n FROM "ViolationArticle"`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM "LicenseFeeRule"`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM "ComplaintCategory"`)).toBeGreaterThan(0);
    // No demo data at all: no user (staff.admin, the demo citizens …), no agency key, no demo office or bill.
    const logins = DEMO_ACCOUNTS.map((a) => a.login);
    expect(await count(`SELECT count(*)::int AS n FROM "User" WHERE username = ANY($1) OR "nationalId" = ANY($1)`, [logins])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "User"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "AgencyClient"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "LicensingOffice"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "Bill"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "LicenseApplication"`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "MedicalCenter"`)).toBe(0);

    // A second start is the same (idempotent, still no demo data).
    await prepareRunDatabase(url, resolveDemoMode({ env, argv: [], dev: false }), () => {});
    expect(await count(`SELECT count(*)::int AS n FROM "User"`)).toBe(0);
  }, SLOW);

  it("asking for the demo with DATABASE_URL in production mode is refused before anything is seeded", () => {
    for (const ask of [{ env: { DATABASE_URL: url, AMANAH_DEMO: "1" }, argv: [] }, { env: { DATABASE_URL: url }, argv: ["--demo"] }]) {
      expect(() => resolveDemoMode({ ...ask, dev: false })).toThrow(DemoRefused);
    }
    expect(() => resolveDemoMode({ env: { AMANAH_DEMO: "maybe" }, dev: false })).toThrow(/AMANAH_DEMO must be 1 or 0/);
    // The embedded default asks for the demo (a fresh clone shows it) unless turned off.
    expect(resolveDemoMode({ env: {}, dev: false }).demo).toBe(true);
    expect(resolveDemoMode({ env: { AMANAH_DEMO: "0" }, dev: false }).demo).toBe(false);
    expect(resolveDemoMode({ env: { DATABASE_URL: url }, dev: true }).demo).toBe(false);
  });

  it("with the demo flag (development mode): the demo accounts and demo keys are there", async () => {
    const decision = resolveDemoMode({ env: { DATABASE_URL: url, AMANAH_DEMO: "1" }, argv: [], dev: true });
    expect(decision.demo).toBe(true);
    await prepareRunDatabase(url, decision, () => {});
    expect(await count(`SELECT count(*)::int AS n FROM "User" WHERE username = 'staff.admin'`)).toBe(1);
    const logins = DEMO_ACCOUNTS.map((a) => a.login);
    expect(await count(`SELECT count(*)::int AS n FROM "User" WHERE username = ANY($1) OR "nationalId" = ANY($1)`, [logins])).toBe(DEMO_ACCOUNTS.length);
    expect(await count(`SELECT count(*)::int AS n FROM "AgencyClient" WHERE "keyHash" = ANY($1)`, [AGENCY_CLIENTS.map((c) => sha256(c.demoKey))])).toBe(AGENCY_CLIENTS.length);
    expect(await count(`SELECT count(*)::int AS n FROM "Bill"`)).toBeGreaterThan(0);
  }, SLOW);
});
