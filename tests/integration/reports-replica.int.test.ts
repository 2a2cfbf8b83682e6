/**
 * The reports' reads go to the read replica of DATABASE_REPLICA_URL; everything else reads the primary
 * (lib/db.ts reportsDb, docs/deployment.md). The "replica" is a second copy of the seeded test database on the same
 * server, and the test makes the two differ — the primary has this week's complaints aggregated; the replica has no
 * complaint of this week and no aggregate, and no run of the aggregates job — so every figure, and the page's "figures
 * as of", says which database it was read from.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import pg from "pg";
import { createDatabaseFromTemplate, dropDatabase, withDatabase } from "@/scripts/lib/database";

const names = vi.hoisted(() => {
  // Before lib/env.ts parses the settings (the worker setup has already pointed DATABASE_URL at this file's copy).
  const primary = new URL(process.env.DATABASE_URL!);
  const replica = `${primary.pathname.slice(1)}_replica`;
  primary.pathname = `/${replica}`;
  process.env.DATABASE_REPLICA_URL = primary.toString();
  return { replica };
});

const adminUrl = process.env.AMANAH_TEST_ADMIN_URL ?? inject("testAdminUrl");
const template = process.env.AMANAH_TEST_TEMPLATE_DATABASE ?? inject("testTemplateDatabase");

const { db, reportsDb } = await import("@/lib/db");
const { refreshAggregates } = await import("@/lib/domain/insights/aggregate");
const { loadDashboard } = await import("@/lib/domain/insights/queries/dashboard");
const { loadDrill } = await import("@/lib/domain/insights/queries/drill");
const { addDays } = await import("@/lib/domain/insights/days");
const { riyadhDay } = await import("@/lib/kernel/riyadh-days");
const { actorOf } = await import("@/tests/factories/actors");

const TODAY = riyadhDay(new Date());
const received = (d: Awaited<ReturnType<typeof loadDashboard>>) => d.sections.find((s) => s.key === "complaints")!.figures.find((f) => f.key === "received")!.value;

beforeAll(async () => {
  await createDatabaseFromTemplate(adminUrl, names.replica, template);
  const replica = new pg.Client({ connectionString: withDatabase(adminUrl, names.replica) });
  await replica.connect();
  try {
    // No complaint of this week, and no aggregate at all (complaint events are append-only: the complaints move back).
    await replica.query(`UPDATE "Complaint" SET "createdAt" = "createdAt" - interval '10 years'`);
    await replica.query(`TRUNCATE "InsightDaily", "InsightDayTotal", "InsightMonthly", "InsightWatermark"`);
  } finally {
    await replica.end();
  }
  await refreshAggregates(db, new Date());
}, 120_000);

afterAll(async () => {
  await reportsDb().$disconnect();
  await dropDatabase(adminUrl, names.replica);
});

describe("reports read the replica (DATABASE_REPLICA_URL), the rest the primary", () => {
  it("reportsDb() is a client of the replica's database, db of the primary's", async () => {
    const current = async (c: { $queryRaw: typeof db.$queryRaw }) => (await c.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`)[0]!.name;
    expect(await current(reportsDb())).toBe(names.replica);
    expect(await current(db)).not.toBe(names.replica);
  });

  it("the dashboard and its drill-down read the replica; given the primary, the same call shows the primary's figures", async () => {
    const mayor = await actorOf({ username: "mayor" });
    const q = { from: addDays(TODAY, -6), to: TODAY };
    const onPrimary = await loadDashboard(mayor, q, { db });
    expect(received(onPrimary)).toBeGreaterThan(0); // the demo's complaints of this week
    expect(received(await loadDashboard(mayor, q))).toBe(0);

    // The page says how fresh the figures are, from the database it read them from: the replica has had no run.
    const before = Date.now();
    expect(onPrimary.figuresAsOf!.getTime()).toBeLessThanOrEqual(before);
    expect(onPrimary.figuresAsOf!.getTime()).toBeGreaterThan(before - 120_000);
    expect((await loadDashboard(mayor, q)).figuresAsOf).toBeNull();

    const list = { ind: "complaints", list: "received", ...q };
    expect((await loadDrill(mayor, list, { db })).page.total).toBe(received(onPrimary));
    expect((await loadDrill(mayor, list)).page.total).toBe(0);
  });
});
