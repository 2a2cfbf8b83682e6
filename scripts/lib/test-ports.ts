/**
 * The fixed ports `npm test` listens on, in one place (decision 048). Every one lies below 32768, outside Linux's
 * ephemeral range (`net.ipv4.ip_local_port_range`, 32768–60999 by default): the kernel hands a port of that range to
 * the local end of any outgoing connection (a pool connection to PostgreSQL, a fetch, Chromium's sockets), and while
 * that connection is open `listen` on the same port fails with EADDRINUSE. Stop 33's CI lost a fault drill so: web
 * instance B could not listen on 55572. Servers whose port the test learns at run time listen on port 0 instead.
 * `tests/unit/test-ports.test.ts` checks the rule against this machine's range.
 */
const envPort = (name: string, fallback: number) => Number(process.env[name] || fallback);

export const TEST_PORTS = {
  /** vitest's embedded PostgreSQL (.data/pg-test); AMANAH_TEST_PG_PORT overrides. */
  testPostgres: envPort("AMANAH_TEST_PG_PORT", 24339),
  /** Playwright's server (scripts/e2e-server.ts): its PostgreSQL (.data/pg-e2e), web, SSO stand-in and phone. */
  e2ePostgres: envPort("AMANAH_E2E_PG_PORT", 24349),
  e2eWeb: envPort("E2E_PORT", 3100),
  e2eOidc: envPort("E2E_OIDC_PORT", 3901),
  e2ePhone: envPort("E2E_PHONE_PORT", 3109),
  /** The backup-and-restore drill's cluster (tests/integration/drills/backup-restore.test.ts). */
  backupDrillPostgres: 25531,
  /** The fault drills (tests/drills): each its own PostgreSQL and web. */
  webKillDrillPostgres: 25541,
  webKillDrillWeb: 25551,
  outageDrillPostgres: 25542,
  outageDrillWeb: 25552,
  supervisionDrillPostgres: 25543,
  supervisionDrillWeb: 25553,
  supervisionDrillOidc: 25563,
  /** The multi-instance drill: PostgreSQL, web A = +1, web B = +2 (MULTI_DRILL_PORT_BASE overrides). */
  multiDrillBase: envPort("MULTI_DRILL_PORT_BASE", 25570),
} as const;
