/**
 * `npm run staff:create -- --username … --name-ar … --name-en … --mobile 05… --role ADMIN [--amanah EP] [--municipality CODE]`
 *
 * A municipality employee's account, from the server's console: how a production database gets its first
 * administrator (the demo accounts exist only in a demo: decision 010). Prints a random temporary password ONCE;
 * only its hash is stored. The first sign-in must change it, and ADMIN, COMMITTEE_MEMBER and FINANCE enroll
 * two-factor before anything else (decision 009). Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`.
 */
import { parseArgs } from "node:util";
import { databaseNameOf, ensureDatabase, errorMessage } from "./lib/database";
import { loadDotEnv } from "./lib/tasks";

loadDotEnv();
const log = (m: string) => console.log(`[staff]   ${m}`);
const FLAG: Record<string, string> = { nameAr: "name-ar", nameEn: "name-en", amanahCode: "amanah", municipalityCode: "municipality" };
const EMBEDDED = { dataDir: process.env.AMANAH_PG_DIR || ".data/pg", port: Number(process.env.AMANAH_PG_PORT || 54329), database: "amanah" };

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: "string" },
      "name-ar": { type: "string" },
      "name-en": { type: "string" },
      mobile: { type: "string" },
      role: { type: "string", default: "ADMIN" },
      amanah: { type: "string", default: "EP" },
      municipality: { type: "string" },
    },
  });
  const dbName = process.env.DATABASE_URL ? databaseNameOf(process.env.DATABASE_URL) : EMBEDDED.database;
  const database = await ensureDatabase({ ...EMBEDDED, database: dbName, log });
  process.env.DATABASE_URL = database.url;
  try {
    await import("./lib/server-only-hook");
    const { createStaffAccount } = await import("../lib/domain/identity/commands/create-staff-account");
    const { isAppError } = await import("../lib/errors");
    const { getT } = await import("../lib/i18n/server");
    const { db } = await import("../lib/db");
    const t = getT("en");
    try {
      const account = await createStaffAccount(db, {
        username: values.username ?? "",
        nameAr: values["name-ar"] ?? "",
        nameEn: values["name-en"] ?? "",
        mobile: values.mobile ?? "",
        role: (values.role ?? "").toUpperCase() as never,
        amanahCode: values.amanah ?? "",
        municipalityCode: values.municipality,
      });
      console.log(
        `\n  Account ${account.username} created (${values.role}).\n` +
          `  Temporary password (shown once, not stored): ${account.temporaryPassword}\n` +
          `  Sign in at /ar/sign-in (staff tab): you will choose your own password, then add the account to an authenticator app.\n`,
      );
      return 0;
    } catch (e) {
      if (!isAppError(e)) throw e;
      const fields = Object.entries(e.fieldErrors ?? {}).map(([f, key]) => `  --${FLAG[f] ?? f}: ${t(key as never)}`);
      console.error(`[staff]   refused: ${e.message.includes(":") ? t(e.message as never) : e.code}\n${fields.join("\n")}`);
      return 2;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[staff]   failed: ${errorMessage(err)}`);
    process.exit(1);
  },
);
