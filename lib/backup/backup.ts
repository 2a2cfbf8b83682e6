/**
 * Online backup of the embedded PostgreSQL + the uploaded files, and the file-level half of a restore.
 * Used by `npm run backup`, the scheduled job (lib/jobs/backup-job.ts), `npm run restore` and the drill.
 *
 * Method (docs/decisions/014-backups-and-outages.md): PostgreSQL's own low-level base backup, which needs
 * no client binaries (the embedded PostgreSQL 18 ships none, and Debian's pg_dump 15 refuses a v18 server):
 *
 *   1. a temporary physical replication slot reserves the WAL from now on (nothing is recycled mid-backup);
 *   2. pg_backup_start() — a checkpoint; from here the copy may be inconsistent, the WAL repairs it;
 *   3. tar of the data directory while the portal runs (pg_wal, postmaster.pid, temp dirs left out);
 *   4. pg_backup_stop() — returns the backup_label that tells recovery where to start; switches WAL segment;
 *   5. the WAL segments from the start to the stop segment are copied (held by the slot), then the slot goes;
 *   6. the uploaded files (content-addressed, immutable, written before their row commits) are copied
 *      after step 4, so every file a restored row points at is in the backup;
 *   7. manifest.json with SHA-256 of every part; the directory is renamed into place only when complete;
 *      the oldest backups beyond `keep` are deleted.
 *
 * Restoring = extract the data directory, put the WAL in pg_wal and backup_label beside it, start
 * PostgreSQL: it replays the WAL up to the backup's end and is consistent at that point.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

export const BACKUP_NAME = /^amanah-\d{8}T\d{6}(\d{3})?Z$/;
export const MANIFEST = "manifest.json";

export type BackupManifest = {
  format: 1;
  name: string;
  createdAt: string;
  method: "pg_backup_start/pg_backup_stop base backup + WAL";
  postgres: { version: string; startLsn: string; stopLsn: string; walFiles: string[]; systemIdentifier: string };
  storage: { files: number; bytes: number };
  parts: Record<string, { sha256: string; bytes: number }>;
  tookMs: number;
};

export type BackupOptions = {
  /** A superuser connection to the running server (any database). */
  adminUrl: string;
  /** The server's data directory (must be readable by this process). */
  dataDir: string;
  /** Where uploaded files live (STORAGE_DIR); missing = no files yet. */
  storageDir: string;
  /** Where backups are kept: <backupDir>/amanah-<UTC time>/ */
  backupDir: string;
  /** Keep this many newest backups (older ones are deleted); 0 = keep all. */
  keep?: number;
  log?: (m: string) => void;
  /** Runs while the data directory is being copied (between pg_backup_start and pg_backup_stop): the drill writes here. */
  duringCopy?: () => Promise<void>;
};

/** Parts of the data directory that are never copied (PostgreSQL's documented exclusions + our log). */
const DATA_EXCLUDES = [
  "./postmaster.pid",
  "./postmaster.opts",
  "./server.log",
  "./backup_label",
  "./backup_label.old",
  "./tablespace_map",
  "./pg_wal/*",
  "./pg_replslot/*",
  "./pg_dynshmem/*",
  "./pg_notify/*",
  "./pg_serial/*",
  "./pg_snapshots/*",
  "./pg_stat_tmp/*",
  "./pg_subtrans/*",
  "pgsql_tmp*",
];

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1Z");
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** GNU tar; exit 1 ("file changed as we read it") is expected for a live data directory. */
async function tar(args: string[], { allowChanged = false } = {}): Promise<void> {
  try {
    await execFileAsync("tar", args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    if (allowChanged && e.code === 1) return;
    throw new Error(`tar ${args.slice(0, 3).join(" ")} … failed (exit ${e.code}): ${e.stderr ?? String(err)}`);
  }
}

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!fs.existsSync(dir)) return { files, bytes };
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.endsWith(".tmp")) continue;
    files++;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** Takes one online backup. Returns its directory and manifest. */
export async function createBackup(opts: BackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
  const log = opts.log ?? ((m: string) => console.log(`[backup] ${m}`));
  const started = Date.now();
  const name = `amanah-${stamp()}`;
  fs.mkdirSync(opts.backupDir, { recursive: true, mode: 0o700 });
  const partial = path.join(opts.backupDir, `.${name}.partial`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { mode: 0o700 });

  const client = new pg.Client({ connectionString: opts.adminUrl, application_name: "amanah-backup", connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  let backupRunning = false;
  try {
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    const systemIdentifier = String((await client.query<{ id: string }>("SELECT system_identifier::text AS id FROM pg_control_system()")).rows[0]!.id);
    const slot = `amanah_backup_${process.pid}_${randomBytes(3).toString("hex")}`;
    // temporary = dropped when this session ends, even if we crash
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [slot]);
    const startLsn = (await client.query<{ lsn: string }>("SELECT pg_backup_start($1, true)::text AS lsn", [name])).rows[0]!.lsn;
    backupRunning = true;
    const startWal = (await client.query<{ f: string }>("SELECT pg_walfile_name($1::pg_lsn) AS f", [startLsn])).rows[0]!.f;
    log(`${name}: base backup started at ${startLsn}`);

    await Promise.all([
      tar(
        ["-C", opts.dataDir, "-czf", path.join(partial, "pgdata.tar.gz"), "--warning=no-file-changed", "--warning=no-file-removed", "--warning=no-file-shrank", "--ignore-failed-read", ...DATA_EXCLUDES.map((x) => `--exclude=${x}`), "."],
        { allowChanged: true },
      ),
      opts.duringCopy?.(),
    ]);

    const stop = (await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>("SELECT lsn::text AS lsn, labelfile, spcmapfile FROM pg_backup_stop(false)")).rows[0]!;
    backupRunning = false;
    const stopWal = (await client.query<{ f: string }>("SELECT pg_walfile_name($1::pg_lsn) AS f", [stop.lsn])).rows[0]!.f;
    fs.writeFileSync(path.join(partial, "backup_label"), stop.labelfile);
    if (stop.spcmapfile) fs.writeFileSync(path.join(partial, "tablespace_map"), stop.spcmapfile);

    // The WAL from the start to the stop segment (same timeline prefix; names sort in LSN order).
    const walDir = path.join(opts.dataDir, "pg_wal");
    const walFiles = fs
      .readdirSync(walDir)
      .filter((f) => (/^[0-9A-F]{24}$/.test(f) && f.slice(0, 8) === startWal.slice(0, 8) && f >= startWal && f <= stopWal) || /^[0-9A-F]{8}\.history$/.test(f))
      .sort();
    if (!walFiles.includes(startWal) || !walFiles.includes(stopWal)) throw new Error(`WAL ${startWal}…${stopWal} is not complete in ${walDir}`);
    await tar(["-C", walDir, "-czf", path.join(partial, "pg_wal.tar.gz"), ...walFiles]);
    log(`${name}: base backup stopped at ${stop.lsn} (${walFiles.length} WAL segment(s))`);

    // Uploaded files, after the database part (see the header: every referenced file is there).
    const storage = countFiles(opts.storageDir);
    if (fs.existsSync(opts.storageDir)) {
      await tar(["-C", opts.storageDir, "-czf", path.join(partial, "storage.tar.gz"), "--exclude=*.tmp", "--ignore-failed-read", "."], { allowChanged: true });
    }

    const parts: BackupManifest["parts"] = {};
    for (const f of fs.readdirSync(partial).sort()) {
      const file = path.join(partial, f);
      parts[f] = { sha256: await sha256File(file), bytes: fs.statSync(file).size };
    }
    const manifest: BackupManifest = {
      format: 1,
      name,
      createdAt: new Date(started).toISOString(),
      method: "pg_backup_start/pg_backup_stop base backup + WAL",
      postgres: { version, startLsn, stopLsn: stop.lsn, walFiles, systemIdentifier },
      storage,
      parts,
      tookMs: Date.now() - started,
    };
    fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2) + "\n");
    const dir = path.join(opts.backupDir, name);
    fs.renameSync(partial, dir);
    log(`${name}: done in ${manifest.tookMs} ms (${storage.files} uploaded file(s)) → ${dir}`);
    if (opts.keep && opts.keep > 0) prune(opts.backupDir, opts.keep, log);
    return { dir, manifest };
  } catch (err) {
    if (backupRunning) await client.query("SELECT pg_backup_stop(false)").catch(() => {});
    fs.rmSync(partial, { recursive: true, force: true });
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
}

/** When a backup was taken, from its name (amanah-20261202T101500123Z). */
export function backupTime(name: string): Date | undefined {
  const m = /^amanah-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(name);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +(m[7] ?? 0)));
}

/** Completed backups in `backupDir`, oldest first. */
export function listBackups(backupDir: string): string[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .filter((n) => BACKUP_NAME.test(n) && fs.existsSync(path.join(backupDir, n, MANIFEST)))
    .sort();
}

/** Deletes the oldest completed backups beyond `keep` (and partial leftovers older than a day). */
export function prune(backupDir: string, keep: number, log: (m: string) => void = () => {}): string[] {
  const all = listBackups(backupDir);
  const doomed = all.slice(0, Math.max(0, all.length - keep));
  for (const n of doomed) {
    fs.rmSync(path.join(backupDir, n), { recursive: true, force: true });
    log(`retention: deleted ${n} (keeping the newest ${keep})`);
  }
  for (const n of fs.readdirSync(backupDir)) {
    if (n.startsWith(".amanah-") && n.endsWith(".partial") && Date.now() - fs.statSync(path.join(backupDir, n)).mtimeMs > 86_400_000) {
      fs.rmSync(path.join(backupDir, n), { recursive: true, force: true });
    }
  }
  return doomed;
}

/** Reads a backup's manifest and checks every part against its SHA-256. Throws on any mismatch. */
export async function verifyBackup(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${dir} is not a backup (no ${MANIFEST})`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`unknown backup format ${String(manifest.format)}`);
  for (const [part, want] of Object.entries(manifest.parts)) {
    const got = await sha256File(path.join(dir, part)).catch(() => "(missing)");
    if (got !== want.sha256) throw new Error(`${part}: checksum mismatch (${got} ≠ ${want.sha256}): the backup is damaged`);
  }
  return manifest;
}

/**
 * Lays a verified backup out as a data directory that PostgreSQL recovers on its first start, and puts
 * the uploaded files back. `dataDir` and `storageDir` must not exist (the caller moves old ones aside).
 */
export async function extractBackup(dir: string, target: { dataDir: string; storageDir: string }): Promise<BackupManifest> {
  const manifest = await verifyBackup(dir);
  for (const d of [target.dataDir, target.storageDir]) {
    if (fs.existsSync(d) && fs.readdirSync(d).length > 0) throw new Error(`${d} exists and is not empty`);
  }
  fs.mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(target.dataDir, 0o700);
  await tar(["-C", target.dataDir, "-xzf", path.join(dir, "pgdata.tar.gz")]);
  const walDir = path.join(target.dataDir, "pg_wal");
  fs.mkdirSync(path.join(walDir, "archive_status"), { recursive: true, mode: 0o700 });
  await tar(["-C", walDir, "-xzf", path.join(dir, "pg_wal.tar.gz")]);
  fs.copyFileSync(path.join(dir, "backup_label"), path.join(target.dataDir, "backup_label"));
  if (fs.existsSync(path.join(dir, "tablespace_map"))) fs.copyFileSync(path.join(dir, "tablespace_map"), path.join(target.dataDir, "tablespace_map"));
  for (const sub of ["pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]) {
    fs.mkdirSync(path.join(target.dataDir, sub), { recursive: true, mode: 0o700 });
  }
  fs.mkdirSync(target.storageDir, { recursive: true });
  if (fs.existsSync(path.join(dir, "storage.tar.gz"))) await tar(["-C", target.storageDir, "-xzf", path.join(dir, "storage.tar.gz")]);
  return manifest;
}
