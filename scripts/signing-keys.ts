/**
 * `npm run signatures:keys -- list`
 * `npm run signatures:keys -- revoke <kid> --by <admin username> --reason "…"`
 * `npm run signatures:keys -- rotate --by <signer username>`
 *
 * Signing keys from the server's console (issue 15). Revocation and rotation run the same audited commands as the
 * portal (lib/domain/signatures/commands/keys.ts), as the named person. Uses DATABASE_URL, or the embedded
 * PostgreSQL of `npm start`.
 */
import { parseArgs } from "node:util";
import { databaseNameOf, ensureDatabase, errorMessage } from "./lib/database";
import { loadDotEnv } from "./lib/tasks";

loadDotEnv();
const EMBEDDED = { dataDir: process.env.AMANAH_PG_DIR || ".data/pg", port: Number(process.env.AMANAH_PG_PORT || 54329), database: "amanah" };

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { by: { type: "string" }, reason: { type: "string" } } });
  const [verb, kid] = positionals;
  if (!verb || !["list", "revoke", "rotate"].includes(verb)) {
    console.error("usage: signatures:keys -- list | revoke <kid> --by <admin> --reason \"…\" | rotate --by <signer>");
    return 2;
  }
  const dbName = process.env.DATABASE_URL ? databaseNameOf(process.env.DATABASE_URL) : EMBEDDED.database;
  const database = await ensureDatabase({ ...EMBEDDED, database: dbName, log: () => {} });
  process.env.DATABASE_URL = database.url;
  try {
    await import("./lib/server-only-hook");
    const { db } = await import("../lib/db");
    if (verb === "list") {
      const keys = await db.signingKey.findMany({ orderBy: { createdAt: "asc" }, select: { kid: true, status: true, createdAt: true, userId: true } });
      const users = await db.user.findMany({ where: { id: { in: keys.map((k) => k.userId) } }, select: { id: true, username: true } });
      for (const k of keys) console.log(`${k.kid}  ${k.status.padEnd(8)}  ${k.createdAt.toISOString()}  ${users.find((u) => u.id === k.userId)?.username ?? k.userId}`);
      return 0;
    }
    const { loadActor } = await import("../lib/auth/load-actor");
    const { revokeKey, rotateKey } = await import("../lib/domain/signatures/commands/keys");
    const user = await db.user.findFirst({ where: { username: values.by ?? "" }, select: { id: true } });
    const actor = user ? await loadActor(db, user.id) : null;
    if (!actor) {
      console.error(`no staff account "${values.by ?? ""}" (--by)`);
      return 2;
    }
    const result = verb === "revoke" ? await revokeKey.execute(actor, { kid: kid ?? "", reason: values.reason ?? "" }) : await rotateKey.execute(actor, { confirm: "rotate" });
    console.log(`${verb}: ${JSON.stringify(result)}`);
    return 0;
  } catch (err) {
    console.error(errorMessage(err));
    return 1;
  } finally {
    await database.stop();
  }
}

main().then((code) => process.exit(code));
