/**
 * Fault drill (issue 18): online backup while rows are being written, then the data directory and the uploaded
 * files are destroyed, `npm run restore` (a real process) brings them back — every row of every table and every
 * file, checksums equal, and nothing written after the backup.
 *
 * Its own embedded cluster (.data/pg-drill-backup, port 25531) migrated and seeded like `npm start`'s, its own
 * storage and backup directories: nothing shared with other tests or a running portal.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createBackup, sha256File, verifyBackup } from "@/lib/backup/backup";
import { LocalDiskFileStore } from "@/lib/storage/file-store";
import { startEmbeddedServer, withDatabase, type EmbeddedServer } from "../../../scripts/lib/database";
import { migrateDeploy, seed } from "../../../scripts/lib/tasks";
import { TEST_PORTS } from "../../../scripts/lib/test-ports";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const PORT = TEST_PORTS.backupDrillPostgres;
const DATA = path.join(ROOT, ".data", "pg-drill-backup");
const STORAGE = path.join(ROOT, ".data", "drill-backup-storage");
const BACKUPS = path.join(ROOT, ".data", "drill-backup-backups");
const clean = () => {
  for (const d of [DATA, `${DATA}.users`, STORAGE, BACKUPS]) fs.rmSync(d, { recursive: true, force: true });
};

let server: EmbeddedServer | undefined;
afterAll(async () => {
  await server?.stop().catch(() => {});
  clean();
});

type Snapshot = Record<string, { rows: number; md5: string }>;

/** Row count and an order-independent checksum of every table of the database. */
async function snapshot(url: string): Promise<Snapshot> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query<{ t: string }>("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1")).rows;
    const out: Snapshot = {};
    for (const { t } of tables) {
      const q = `"${t.replaceAll('"', '""')}"`;
      const r = (await c.query<{ n: string; md5: string | null }>(`SELECT count(*) AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS md5 FROM ${q} x`)).rows[0]!;
      out[t] = { rows: Number(r.n), md5: r.md5 ?? "" };
    }
    return out;
  } finally {
    await c.end();
  }
}

async function fileHashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = await sha256File(path.join(e.parentPath, e.name));
  }
  return out;
}

function runRestore(backup: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _omit, ...env } = process.env;
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "restore.ts"), backup, "--yes"], {
      cwd: ROOT,
      env: { ...env, AMANAH_PG_DIR: DATA, AMANAH_PG_PORT: String(PORT), STORAGE_DIR: STORAGE, BACKUP_DIR: BACKUPS },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("drill: backup, destroy the data directory, restore", () => {
  it("brings back every row and every file written up to the backup, and nothing after it", { timeout: 120_000 }, async () => {
    clean();
    const { DATABASE_URL: saved } = process.env;
    delete process.env.DATABASE_URL; // the embedded cluster of this drill, not the test server
    try {
      server = await startEmbeddedServer({ dataDir: DATA, port: PORT, log: () => {} });
    } finally {
      process.env.DATABASE_URL = saved;
    }
    const c0 = new pg.Client({ connectionString: server.adminUrl });
    await c0.connect();
    await c0.query("CREATE DATABASE amanah");
    await c0.end();
    const url = withDatabase(server.adminUrl, "amanah");
    await migrateDeploy(url);
    await seed(url, { demo: true });

    // Uploaded files before the backup, and a table that is written to while the backup copies.
    const store = new LocalDiskFileStore(STORAGE);
    for (let i = 0; i < 25; i++) await store.put(new TextEncoder().encode(`inspection photo ${i} ${"x".repeat(i * 37)}`), { mime: "image/jpeg" });
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('CREATE TABLE drill_writes (id serial PRIMARY KEY, note text NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    await c.query('UPDATE "Municipality" SET "nameEn" = "nameEn" || \' (drill)\'');

    let duringCopy = 0;
    const { dir } = await createBackup({
      adminUrl: server.adminUrl,
      dataDir: DATA,
      storageDir: STORAGE,
      backupDir: BACKUPS,
      keep: 3,
      log: () => {},
      duringCopy: async () => {
        // Online: the portal keeps writing while the data directory is copied.
        for (let i = 0; i < 300; i++, duringCopy++) await c.query("INSERT INTO drill_writes (note) VALUES ($1)", [`during backup ${i} — أثناء النسخ`]);
        await store.put(new TextEncoder().encode("uploaded during the backup"), { mime: "application/pdf" });
      },
    });
    const expected = await snapshot(url);
    const expectedFiles = await fileHashes(STORAGE);

    // Written after the backup: must not come back.
    await c.query("INSERT INTO drill_writes (note) SELECT 'after backup ' || g FROM generate_series(1, 50) g");
    await store.put(new TextEncoder().encode("uploaded after the backup"), { mime: "image/png" });
    await c.end();

    // Disaster: the server stops, the data directory and the uploaded files are gone.
    await server.stop();
    server = undefined;
    fs.rmSync(DATA, { recursive: true, force: true });
    fs.rmSync(STORAGE, { recursive: true, force: true });

    const restore = await runRestore(dir);
    expect(restore.output).toContain("checksums OK");
    expect(restore.code, restore.output).toBe(0);

    delete process.env.DATABASE_URL;
    try {
      server = await startEmbeddedServer({ dataDir: DATA, port: PORT, log: () => {} });
    } finally {
      process.env.DATABASE_URL = saved;
    }
    const restored = await snapshot(url);
    const restoredFiles = await fileHashes(STORAGE);

    expect(duringCopy).toBe(300);
    expect(expected.drill_writes!.rows).toBe(300);
    expect(Object.keys(restored).sort()).toEqual(Object.keys(expected).sort());
    expect(restored).toEqual(expected); // every table: same row count, same checksum
    expect(restoredFiles).toEqual(expectedFiles); // every file, same SHA-256
    expect(Object.keys(restoredFiles)).toHaveLength(26);

    const tables = Object.keys(expected).length;
    const rows = Object.values(expected).reduce((n, t) => n + t.rows, 0);
    const manifest = await verifyBackup(dir);
    console.log(`[drill] restore: ${tables} tables, ${rows} rows, ${Object.keys(restoredFiles).length} files back; checksums equal (backup ${manifest.name}, ${manifest.postgres.walFiles.length} WAL segment(s))`);
    fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "test-results", "restore-drill.json"), JSON.stringify({ tables, rows, files: Object.keys(restoredFiles).length, backup: manifest.name }, null, 2) + "\n");

    // A damaged backup is refused before anything is touched.
    fs.appendFileSync(path.join(dir, "storage.tar.gz"), "x");
    await expect(verifyBackup(dir)).rejects.toThrow(/checksum mismatch/);
  });
});
