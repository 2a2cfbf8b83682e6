/// <reference types="node" />
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Local development: pick up DATABASE_URL etc. from .env when present.
// (CI and production set real environment variables; those win.)
const envFile = fileURLToPath(new URL('./.env', import.meta.url));
if (fs.existsSync(envFile)) process.loadEnvFile(envFile);

// Prisma's native schema-engine binary cannot be downloaded on our machines.
// Run the wasm build of the same engine instead (see
// scripts/prisma-schema-engine.mjs and docs/decisions/002-prisma-schema-engine.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./scripts/prisma-schema-engine.mjs', import.meta.url),
);
// Never try to download or checksum-verify engine binaries.
process.env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  // `url` is intentionally left undefined when DATABASE_URL is unset:
  // `prisma generate` (postinstall on a fresh clone) needs no database, and
  // commands that do need one fail with Prisma's own "datasource.url" error.
  datasource: {
    url: process.env.DATABASE_URL,
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL || undefined,
  },
});
