/**
 * Vitest global setup of the integration project (runs once, in the main process).
 *
 * Starts the test PostgreSQL — embedded in .data/pg-test on port 24339 (fsync off), or the server of
 * DATABASE_URL — and builds a fresh template database, `amanah_test_template`: `prisma migrate deploy`,
 * then the seed. tests/setup/worker-db.ts copies it for every test file. Teardown stops the embedded server
 * unless another live command (`npm test` around this run, or someone else's test run) still uses it.
 *
 * If another test run is using the embedded server at the same time, this run's databases get a suffix
 * (`amanah_test_template_p<pid>`, `amanah_test_p<pid>_w<n>`) so the two runs never touch each other's data.
 */
import type { TestProject } from "vitest/node";
import pg from "pg";
import { dropDatabase, ensureDatabase, quoteIdent, recreateDatabase } from "../../scripts/lib/database";
import { formatMs, loadDotEnv, migrateDeploy, seed } from "../../scripts/lib/tasks";
import { TEST_PORTS } from "../../scripts/lib/test-ports";

export const TEST_SERVER = { dataDir: ".data/pg-test", port: TEST_PORTS.testPostgres } as const;

declare module "vitest" {
  export interface ProvidedContext {
    testAdminUrl: string;
    testTemplateDatabase: string;
    testWorkerDatabasePrefix: string;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Databases of concurrent runs that have since died (killed while sharing the server). */
async function dropOrphans(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(String.raw`SELECT datname FROM pg_database WHERE datname ~ '^(amanah_test(_template)?|amanah_schema_check)_p\d+'`);
    for (const { datname } of rows) {
      const pid = Number(/_p(\d+)/.exec(datname)![1]);
      if (!pidAlive(pid)) await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  loadDotEnv();
  const log = (m: string) => console.log(`[test-db] ${m}`);
  const t0 = Date.now();
  const server = await ensureDatabase({ ...TEST_SERVER, database: "postgres", fast: true, log });
  const t1 = Date.now();
  // `npm test` (scripts/test-all.ts) starts the server before vitest and says so: it is no other test run.
  const runner = Number(process.env.AMANAH_TEST_RUNNER_PID);
  const ns = server.sharedWith.some((pid) => pid !== runner) ? `_p${process.pid}` : "";
  const template = `amanah_test_template${ns}`;
  const workerPrefix = `amanah_test${ns}_w`;
  try {
    if (server.embedded) await dropOrphans(server.adminUrl);
    const templateUrl = await recreateDatabase(server.adminUrl, template);
    await migrateDeploy(templateUrl);
    const t2 = Date.now();
    await seed(templateUrl, { demo: true }); // tests use the demo accounts and records
    const t3 = Date.now();
    log(
      `template ${template} ready in ${formatMs(t3 - t0)} ` +
        `(server ${formatMs(t1 - t0)}, migrate ${formatMs(t2 - t1)}, seed ${formatMs(t3 - t2)})`,
    );
  } catch (err) {
    await server.stop();
    throw err;
  }

  // Forks inherit the environment; `inject()` is the documented channel. Both are set.
  process.env.AMANAH_TEST_ADMIN_URL = server.adminUrl;
  process.env.AMANAH_TEST_TEMPLATE_DATABASE = template;
  process.env.AMANAH_TEST_WORKER_DB_PREFIX = workerPrefix;
  project.provide("testAdminUrl", server.adminUrl);
  project.provide("testTemplateDatabase", template);
  project.provide("testWorkerDatabasePrefix", workerPrefix);

  return async () => {
    if (ns) {
      // A run sharing the server cleans up after itself; a lone run leaves its databases for inspection.
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)", [
        template,
        workerPrefix,
      ]);
      await client.end();
      for (const { datname } of rows) await dropDatabase(server.adminUrl, datname).catch(() => {});
    }
    await server.stop();
  };
}
