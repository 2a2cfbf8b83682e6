/**
 * Demo mode: whether `npm start` / `npm run dev` seeds the DEMO data (demo accounts sharing the published
 * password, demo agency API keys, demo offices, bills, applications, complaints) besides the reference data.
 * docs/decisions/010-demo-data-and-invitations.md.
 *
 *   embedded database (no DATABASE_URL)   demo ON by default (a fresh clone shows the demo); AMANAH_DEMO=0 turns it off
 *   DATABASE_URL + `npm run dev`          demo only with AMANAH_DEMO=1 (or --demo)
 *   DATABASE_URL + `npm start`            demo NEVER: AMANAH_DEMO=1 / --demo is refused (the run stops)
 *
 * Tests ask for demo data themselves (tests/setup/global-db.ts, scripts/e2e-server.ts).
 */
import { migrateDeploy, seed, timed } from "./tasks";

export type DemoDecision = { demo: boolean; why: string };

export class DemoRefused extends Error {}

const ON = new Set(["1", "on", "true", "yes"]);
const OFF = new Set(["0", "off", "false", "no"]);

/** What was asked for: true / false, or undefined when nothing was said. Flags win over AMANAH_DEMO. */
export function demoRequested(env: Record<string, string | undefined>, argv: readonly string[] = []): boolean | undefined {
  if (argv.includes("--no-demo")) return false;
  if (argv.includes("--demo")) return true;
  const raw = env.AMANAH_DEMO?.trim().toLowerCase();
  if (!raw) return undefined;
  if (ON.has(raw)) return true;
  if (OFF.has(raw)) return false;
  throw new DemoRefused(`AMANAH_DEMO must be 1 or 0 (got "${env.AMANAH_DEMO}")`);
}

/** The decision for a run. Throws DemoRefused when demo data is asked for on a real database in production mode. */
export function resolveDemoMode(opts: { env: Record<string, string | undefined>; argv?: readonly string[]; dev: boolean }): DemoDecision {
  const requested = demoRequested(opts.env, opts.argv);
  const ownDatabase = !!opts.env.DATABASE_URL?.trim();
  if (!ownDatabase) {
    return requested === false
      ? { demo: false, why: "demo data off (AMANAH_DEMO=0): reference data only" }
      : { demo: true, why: "demo data on (embedded demo database; AMANAH_DEMO=0 turns it off)" };
  }
  if (!opts.dev) {
    if (requested) {
      throw new DemoRefused(
        "refusing to seed demo data (demo accounts with a published password, demo agency keys) into the database of DATABASE_URL " +
          "in production mode. Unset AMANAH_DEMO / --demo, or use the embedded database (no DATABASE_URL) or `npm run dev` for a demo.",
      );
    }
    return { demo: false, why: "no demo data (DATABASE_URL in production mode): reference data only" };
  }
  return requested
    ? { demo: true, why: "demo data on (AMANAH_DEMO=1, development mode)" }
    : { demo: false, why: "no demo data (DATABASE_URL; AMANAH_DEMO=1 with `npm run dev` adds it): reference data only" };
}

/** The database steps of `npm start` / `npm run dev`: migrate, then seed (demo data only when decided so). */
export async function prepareRunDatabase(
  url: string,
  decision: DemoDecision,
  log: (m: string) => void = console.log,
  timings?: Record<string, number>,
): Promise<void> {
  const migrated = await timed("migrate", () => migrateDeploy(url), log, timings);
  log(`migrations: ${migrated}`);
  await timed("seed", () => seed(url, { demo: decision.demo }), log, timings);
  log(decision.why);
}
