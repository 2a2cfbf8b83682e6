import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client of the app. Kept on globalThis so that dev-server reloads
 * and test files share one pool per process.
 */
const globalForDb = globalThis as unknown as { __amanahDb?: PrismaClient; __amanahReportsDb?: { url: string; client: PrismaClient } };

function createClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: env().DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.__amanahDb ?? createClient(env().DATABASE_URL);
globalForDb.__amanahDb = db;

/**
 * The client of the reports' reads: the read replica of DATABASE_REPLICA_URL when there is one
 * (docs/deployment.md), else `db`. Only for reads that tolerate seconds of lag and never follow the reader's own
 * write: the decision-support dashboards and their drill-downs. Everything else reads the primary.
 */
export function reportsDb(): PrismaClient {
  const url = env().DATABASE_REPLICA_URL;
  if (!url || url === env().DATABASE_URL) return db;
  const cached = globalForDb.__amanahReportsDb;
  if (cached?.url === url) return cached.client;
  void cached?.client.$disconnect();
  const client = createClient(url);
  globalForDb.__amanahReportsDb = { url, client };
  return client;
}

/** The client type inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type DbOrTx = PrismaClient | Tx;
