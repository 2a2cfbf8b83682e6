/**
 * Seed parts of later areas (licensing, complaints …). Each part owns its rows: it declares the users
 * it needs (created with the demo password like every seeded user), says cheaply whether any of its
 * rows is missing, and inserts what is missing inside the seed's one transaction (insert-only,
 * idempotent, like the rest of the seed). Register a part in SEED_PARTS (prisma/seed/all-parts.ts).
 */
import type { Prisma } from "../../lib/generated/prisma/client";

export type SeedUser = { username: string | null; nationalId: string | null; nameAr: string; nameEn: string; mobile: string; email: string | null };

/** Runs one SQL statement with $1… parameters and returns its rows (Prisma or plain node-postgres). */
export type RawQuery = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

export type SeedContext = {
  /** Amanah code → id. */
  amanahIds: Map<string, string>;
  /** Municipality code → id. */
  municipalityIds: Map<string, string>;
  /** Username or national ID → user id (every seeded user). */
  userIds: Map<string, string>;
};

export type SeedPart = {
  name: string;
  /**
   * Demo data (demo accounts, demo offices, demo keys, demo records): seeded only when a demo is asked for
   * (docs/decisions/010-demo-data-and-invitations.md). Reference data (no flag) is always seeded.
   */
  demo?: true;
  users?: readonly SeedUser[];
  /** True when some row this part owns is missing (one cheap query). */
  missing(query: RawQuery): Promise<boolean>;
  /** Inserts what is missing; returns the number of rows inserted. */
  run(tx: Prisma.TransactionClient, ctx: SeedContext): Promise<number>;
};
