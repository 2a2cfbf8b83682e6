import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client of the app. Kept on globalThis so that dev-server reloads
 * and test files share one pool per process.
 */
const globalForDb = globalThis as unknown as { __amanahDb?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DB_POOL_MAX });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.__amanahDb ?? createClient();
globalForDb.__amanahDb = db;

/** The client type inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type DbOrTx = PrismaClient | Tx;
