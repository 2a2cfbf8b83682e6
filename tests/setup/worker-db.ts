/**
 * Vitest setup file of the integration project: runs in the test worker before every test file, before
 * the file's own imports (so before `@/lib/db` reads DATABASE_URL through env()).
 *
 * Copies the template built by tests/setup/global-db.ts into `amanah_test_w<VITEST_POOL_ID>` (dropped first
 * if it exists) and points DATABASE_URL at it. Pool ids are unique among the workers running at the same
 * time, so parallel workers never share a database, and every test file starts from the seeded template.
 */
import { inject } from "vitest";
import { createDatabaseFromTemplate } from "../../scripts/lib/database";

const adminUrl = process.env.AMANAH_TEST_ADMIN_URL ?? inject("testAdminUrl");
const template = process.env.AMANAH_TEST_TEMPLATE_DATABASE ?? inject("testTemplateDatabase");
const prefix = process.env.AMANAH_TEST_WORKER_DB_PREFIX ?? inject("testWorkerDatabasePrefix");

/** The database of the worker with this pool id: `amanah_test_w<id>`. */
export function workerDatabaseName(poolId: string | undefined = process.env.VITEST_POOL_ID): string {
  if (!poolId || !/^\d+$/.test(poolId)) throw new Error(`unexpected VITEST_POOL_ID ${JSON.stringify(poolId)}`);
  return `${prefix}${poolId}`;
}

if (!adminUrl || !template || !prefix) throw new Error("The integration test database was not prepared: run integration tests through vitest.config.ts.");

process.env.DATABASE_URL = await createDatabaseFromTemplate(adminUrl, workerDatabaseName(), template);
