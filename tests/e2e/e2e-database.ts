import { embeddedUrl, withDatabase } from "../../scripts/lib/database";
import { TEST_PORTS } from "../../scripts/lib/test-ports";

/**
 * The database the e2e server (scripts/e2e-server.ts) serves — fresh, migrated and seeded with the demo data on every
 * run — by the server's own rule: `amanah_e2e` on the server of DATABASE_URL, or on the embedded e2e cluster.
 */
export function e2eDatabaseUrl(): string {
  const external = process.env.DATABASE_URL?.trim();
  return external ? withDatabase(external, "amanah_e2e") : embeddedUrl(TEST_PORTS.e2ePostgres, "amanah_e2e");
}
