/**
 * `npm run restore -- <backup>`: brings the embedded PostgreSQL and the uploaded files back to a backup's point,
 * on this machine or a fresh one (clone, `npm install`, copy the backup directory over, run this, `npm start`).
 *
 *   <backup>   a backup directory (backups/amanah-20261202T101500123Z), its name, or `latest` (in BACKUP_DIR)
 *   --yes      do not ask (needed when there is existing data to move aside and no terminal)
 *
 * Steps: verify every part's SHA-256 → refuse while the portal runs → move the current data directory and
 * storage aside (`*.before-restore-<time>`, never deleted) → lay the backup out → start PostgreSQL once so that
 * it replays the WAL up to the backup's end → print the row count of every table → stop it.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline/promises";
import pg from "pg";
import { extractBackup, listBackups, verifyBackup } from "../lib/backup/backup";
import { errorMessage, runAs, runningPostmaster, startEmbeddedServer, withDatabase } from "./lib/database";
import { backupDirOf, embeddedDataDir, embeddedPort, storageDirOf } from "./lib/backup-config";
import { loadDotEnv } from "./lib/tasks";
import { execFileSync } from "node:child_process";

loadDotEnv();
const log = (m: string) => console.log(`[restore] ${m}`);

function resolveBackup(arg: string | undefined): string {
  if (!arg) throw new Error("which backup? npm run restore -- <backup directory | name | latest>");
  if (arg === "latest") {
    const all = listBackups(backupDirOf());
    if (all.length === 0) throw new Error(`no backup in ${backupDirOf()}`);
    return path.join(backupDirOf(), all.at(-1)!);
  }
  for (const candidate of [path.resolve(arg), path.join(backupDirOf(), arg)]) if (fs.existsSync(candidate)) return candidate;
  throw new Error(`backup not found: ${arg}`);
}

async function main(): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error("[restore] DATABASE_URL is set: restore your server with its own tools (README, \"Restore\"); this command restores the embedded PostgreSQL.");
    return 2;
  }
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const yes = args.includes("--yes") || args.includes("-y");
  const dir = resolveBackup(args.find((a) => !a.startsWith("-")));
  const manifest = await verifyBackup(dir);
  log(`${manifest.name}: taken ${manifest.createdAt}, PostgreSQL ${manifest.postgres.version}, ${manifest.storage.files} uploaded file(s); checksums OK`);

  const dataDir = embeddedDataDir();
  const storageDir = storageDirOf();
  if (runningPostmaster(dataDir)) throw new Error(`PostgreSQL is running on ${dataDir}: stop the portal (Ctrl-C / systemctl stop amanah) first`);

  const existing = [dataDir, storageDir].filter((d) => fs.existsSync(d) && fs.readdirSync(d).length > 0);
  if (existing.length > 0 && !yes) {
    if (!process.stdin.isTTY) throw new Error(`${existing.join(" and ")} hold data: run again with --yes to move them aside and restore`);
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(`${existing.join(" and ")} will be moved aside and replaced by ${manifest.name}. Continue? [y/N] `);
    rl.close();
    if (!/^y(es)?$/i.test(answer.trim())) return 1;
  }
  const suffix = `.before-restore-${new Date().toISOString().replace(/[-:.]/g, "")}`;
  for (const d of existing) {
    fs.renameSync(d, d + suffix);
    log(`moved ${d} aside → ${d + suffix}`);
  }
  for (const d of [dataDir, storageDir]) if (fs.existsSync(d)) fs.rmSync(d, { recursive: true }); // empty leftovers

  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  await extractBackup(dir, { dataDir, storageDir });
  const as = await runAs();
  if (as.uid !== undefined) execFileSync("chown", ["-R", `${as.uid}:${as.gid}`, dataDir]); // PostgreSQL runs as `postgres` under root
  log(`laid out ${dataDir} and ${storageDir}; starting PostgreSQL to replay the WAL to the backup's end…`);

  const server = await startEmbeddedServer({ dataDir, port: embeddedPort(), log });
  try {
    const client = new pg.Client({ connectionString: withDatabase(server.adminUrl, "postgres") });
    await client.connect();
    const dbs = (await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY 1")).rows.map((r) => r.datname);
    await client.end();
    for (const name of dbs) {
      const c = new pg.Client({ connectionString: withDatabase(server.adminUrl, name) });
      await c.connect();
      const tables = (await c.query<{ t: string }>("SELECT quote_ident(table_name) AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows;
      let rows = 0;
      for (const { t } of tables) rows += Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`)).rows[0]!.n);
      await c.end();
      log(`database ${name}: ${tables.length} tables, ${rows} rows`);
    }
  } finally {
    await server.stop();
  }
  log(`restored ${manifest.name}. Start the portal with: npm start`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[restore] failed: ${errorMessage(err)}`);
    process.exit(1);
  },
);
