#!/usr/bin/env node
// Drop-in replacement for Prisma's native `schema-engine` binary.
//
// Why this exists: every Prisma CLI command that touches migrations
// (generate's binary check, migrate dev/deploy/status/reset/diff, db push/pull)
// wants to download the native `schema-engine` executable from Prisma's binary
// host, which our build/CI machines cannot reach. The CLI lets us point
// PRISMA_SCHEMA_ENGINE_BINARY at any executable that speaks the engine's
// protocol, and prisma.config.ts sets it to this file. We run the WebAssembly
// build of the *same* engine commit that ships inside the `prisma` package
// (node_modules/prisma/build/schema_engine_bg.wasm) and give it a database
// connection through @prisma/adapter-pg. No network access beyond Postgres.
//
// Protocol, as used by prisma 7.10 (node_modules/prisma/build/cli.js):
//   schema-engine --version                      -> "schema-engine-cli <hash>"
//   schema-engine --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//       The CLI drops the first stderr line and JSON-parses the rest, looking for
//       {"level":"ERROR","target":"schema_engine::logger","fields":{"error_code","message"}}.
//   schema-engine [--datamodels <file>]… [--datasource '{"url","shadowDatabaseUrl"}']
//       JSON-RPC 2.0, one message per line on stdin/stdout; logs are JSON lines on
//       stderr. `diff` output is sent back as a `print` request (the CLI answers it).
//
// Workarounds for @prisma/adapter-pg 7.10.1 on the migrate path:
//   * the internal "char" type (OID 18, e.g. pg_constraint.contype) is unmapped
//     -> reported to the engine as a Character column;
//   * executeScript() splits migration scripts on every ";" -> we send the
//     script as one simple-protocol query (like the native engine);
//   * connectToShadowDb() keeps the main database (node-postgres lets
//     `connectionString` win over `database`) and drops the shadow database before
//     closing its pool -> we implement the shadow database ourselves;
//   * with datasource.shadowDatabaseUrl we use (and wipe) that database instead,
//     like the native engine does.
//
// The wasm glue comes from @prisma/schema-engine-wasm (pinned in package.json).
// wasm-bindgen glue must match the wasm exactly; this is checked at start-up, so
// after a `prisma` upgrade re-pin that package to a version whose glue matches.

import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

// Route Node warnings (e.g. deprecations from dependencies) into the JSON log so
// that stderr stays machine-readable for the CLI.
process.emitWarning = (warning) => log('WARN', String(warning?.message ?? warning));

// ---------------------------------------------------------------------------
// logging (same shape as the native engine's tracing JSON output)

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: 'schema_engine::logger' }) + '\n',
  );
}

// ---------------------------------------------------------------------------
// argument parsing

function parseArgs(argv) {
  const out = { datamodels: [], datasource: undefined, cli: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      return argv[++i];
    };
    if (a === '--version' || a === '-V') out.version = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a.startsWith('--datamodels') || a === '-d') out.datamodels.push(value());
    else if (a.startsWith('--datasource')) out.datasource = JSON.parse(value());
    else if (a.startsWith('--enabled-preview-features') || a.startsWith('--extension-types')) value();
    else if (a === 'cli') {
      out.cli = argv[++i];
      break;
    } else throw new Error(`Unknown argument: ${a}`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// connection helpers

/** Split a Prisma-style postgres URL into a node-postgres config and adapter options. */
function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  for (const p of ['schema', 'connection_limit', 'pool_timeout', 'connect_timeout', 'socket_timeout', 'pgbouncer', 'statement_cache_size']) {
    u.searchParams.delete(p);
  }
  return { config: { connectionString: u.toString() }, options: schema ? { schema } : undefined, schema };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(database);
  return u.toString();
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

function hostPort(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
}

const quoteIdent = (s) => '"' + String(s).replaceAll('"', '""') + '"';

// ---------------------------------------------------------------------------
// `cli` subcommands (plain node-postgres, no wasm needed)

function mapPgError(err, url) {
  const code = err?.code;
  if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET'].includes(code)) {
    return { error_code: 'P1001', message: `Can't reach database server at \`${hostPort(url)}\`\n\nPlease make sure your database server is running at \`${hostPort(url)}\`.` };
  }
  if (code === '3D000') {
    return { error_code: 'P1003', message: `Database \`${databaseName(url)}\` does not exist on the database server at \`${hostPort(url)}\`.` };
  }
  if (code === '28P01' || code === '28000') {
    return { error_code: 'P1000', message: `Authentication failed against database server at \`${hostPort(url)}\`, the provided database credentials are not valid.` };
  }
  if (code === '42P04') {
    return { error_code: 'P1009', message: `Database \`${databaseName(url)}\` already exists on the database server at \`${hostPort(url)}\`` };
  }
  if (code === '42501') {
    return { error_code: 'P1010', message: `User was denied access on the database \`${databaseName(url)}\`` };
  }
  return { error_code: undefined, message: String(err?.message ?? err) };
}

async function withClient(url, fn) {
  const pg = require('pg');
  const client = new pg.Client(pgConfig(url).config);
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Open a client on the server of `url`: on its own database (own=true) or on a
 * maintenance database (postgres, template1).
 */
async function connectAdmin(url, { own = true } = {}) {
  const pg = require('pg');
  const candidates = [withDatabase(url, 'postgres'), withDatabase(url, 'template1')];
  if (own) candidates.unshift(url);
  let lastErr;
  for (const candidate of candidates) {
    const client = new pg.Client(pgConfig(candidate).config);
    client.on('error', () => {});
    try {
      await client.connect();
      return client;
    } catch (err) {
      lastErr = err;
      await client.end().catch(() => {});
      if (err?.code !== '3D000') break;
    }
  }
  throw lastErr;
}

/** Run fn against a maintenance database on the same server as `url`. */
async function withAdminClient(url, fn) {
  const client = await connectAdmin(url, { own: false });
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function runCliCommand(command, datasource) {
  // The CLI discards the first stderr line.
  log('INFO', `Starting schema engine CLI (wasm) command ${command}`);
  const url = datasource?.url;
  try {
    if (!url) throw new Error('The datasource URL is not set (DATABASE_URL).');
    switch (command) {
      case 'can-connect-to-database':
        await withClient(url, (c) => c.query('SELECT 1'));
        break;
      case 'create-database': {
        const name = databaseName(url);
        await withAdminClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
        process.stdout.write(`Database '${name}' was successfully created.\n`);
        break;
      }
      case 'drop-database': {
        const name = databaseName(url);
        await withAdminClient(url, (c) => c.query(`DROP DATABASE ${quoteIdent(name)}`));
        process.stdout.write(`The database was successfully dropped.\n`);
        break;
      }
      default:
        throw new Error(`Unsupported cli command: ${command}`);
    }
    return 0;
  } catch (err) {
    const { error_code, message } = url ? mapPgError(err, url) : { message: String(err?.message ?? err) };
    log('ERROR', message, error_code ? { error_code } : {});
    return 1;
  }
}

// ---------------------------------------------------------------------------
// wasm engine loading

let panicMessage;
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  set_message(message) {
    panicMessage = message;
  },
};

let gluePromise;
function loadGlue() {
  gluePromise ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'schema_engine_bg.wasm');
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const glue = await import(pathToFileURL(gluePath).href);
    const module = await WebAssembly.compile(fs.readFileSync(wasmPath));
    const missing = WebAssembly.Module.imports(module)
      .filter((i) => i.module === './schema_engine_bg.js' && typeof glue[i.name] !== 'function')
      .map((i) => i.name);
    if (missing.length > 0) {
      throw new Error(
        `@prisma/schema-engine-wasm glue does not match ${wasmPath} (missing imports: ${missing.slice(0, 5).join(', ')}…). ` +
          'Pin @prisma/schema-engine-wasm to a version whose glue matches the installed prisma package.',
      );
    }
    const instance = await WebAssembly.instantiate(module, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return gluePromise;
}

// ---------------------------------------------------------------------------
// driver adapter factory (adapter-pg + workarounds)

const openAdapters = new Set();
// Errors thrown inside the adapter factory reach the engine only as
// "External error id#N"; keep the last one to show the real reason.
let lastAdapterError;

/**
 * adapter-pg throws UnsupportedNativeDataType for OID 18 ("char", e.g.
 * pg_constraint.contype). Let it through as text, then report the column as
 * Character, which is what the engine's schema describer expects.
 */
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils
function patchCharType(queryable) {
  const charColumns = new WeakMap();
  const performIO = queryable.performIO?.bind(queryable);
  const queryRaw = queryable.queryRaw?.bind(queryable);
  if (performIO && queryRaw) {
    queryable.performIO = async (query) => {
      const result = await performIO(query);
      const fields = result?.fields ?? [];
      const idx = [];
      fields.forEach((field, i) => {
        if (field.dataTypeID === 18) {
          field.dataTypeID = 25;
          idx.push(i);
        }
      });
      if (idx.length) charColumns.set(query, idx);
      return result;
    };
    queryable.queryRaw = async (query) => {
      const result = await queryRaw(query);
      for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = CHARACTER_COLUMN;
      return result;
    };
  }
  if (queryable.executeScript && queryable.client?.query) {
    // adapter-pg splits scripts on every ";" (breaks $$-bodies and string
    // literals). Send the whole script as one simple-protocol query instead,
    // as the native engine does.
    queryable.executeScript = async (script) => {
      try {
        await queryable.client.query(script);
      } catch (err) {
        queryable.onError(err);
      }
    };
  }
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (...args) => patchCharType(await startTransaction(...args));
  }
  return queryable;
}

function trackDispose(adapter, cleanup) {
  let done;
  const dispose = () => (done ??= (async () => {
    openAdapters.delete(adapter);
    await cleanup();
  })());
  adapter.dispose = dispose;
  openAdapters.add(adapter);
  return adapter;
}

/** Drop everything in a user-supplied shadow database (what the native engine does too). */
async function wipeDatabase(adapter, schema) {
  const { rows } = await adapter.client.query(
    `SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'`,
  );
  for (const { nspname } of rows) await adapter.client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
  await adapter.client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema ?? 'public')}`);
}

async function createFactory(datasource, { offline = false } = {}) {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const url = datasource.url;
  const haveDb = Boolean(url);
  const main = haveDb ? pgConfig(url) : undefined;

  const open = async (cfg) => {
    const adapter = await new PrismaPg(cfg.config, cfg.options).connect();
    const release = adapter.dispose.bind(adapter);
    return trackDispose(patchCharType(adapter), release);
  };

  const remember = (fn) => async () => {
    try {
      return await fn();
    } catch (err) {
      lastAdapterError = err;
      throw err;
    }
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: remember(async () => (offline || !haveDb ? offlineAdapter(main?.schema) : open(main))),
    connectToShadowDb: remember(async () => {
      const shadowUrl = datasource.shadowDatabaseUrl;
      if (shadowUrl) {
        const cfg = pgConfig(shadowUrl);
        const adapter = await new PrismaPg(cfg.config, cfg.options).connect();
        const release = adapter.dispose.bind(adapter);
        await wipeDatabase(adapter, cfg.schema);
        return trackDispose(patchCharType(adapter), async () => {
          await wipeDatabase(adapter, cfg.schema).catch(() => {});
          await release();
        });
      }
      if (!haveDb) throw new Error(NO_SHADOW);
      // Temporary database on the main server (needs CREATEDB), like the native engine.
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const admin = await connectAdmin(url);
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (err) {
        await admin.end().catch(() => {});
        throw err;
      }
      const cfg = pgConfig(withDatabase(url, name));
      cfg.options = main.options;
      const shadow = await new PrismaPg(cfg.config, cfg.options).connect();
      const releaseShadow = shadow.dispose.bind(shadow);
      return trackDispose(patchCharType(shadow), async () => {
        // Close the shadow pool *before* dropping its database.
        await releaseShadow().catch(() => {});
        try {
          await admin
            .query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
            .catch((err) => (err?.code === '42601' ? admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`) : Promise.reject(err))); // FORCE needs PG 13+
        } catch (err) {
          log('WARN', `Could not drop shadow database ${name}: ${err?.message ?? err}`);
        } finally {
          await admin.end().catch(() => {});
        }
      });
    }),
  };
}

const NO_DB = 'This command needs a database, but the datasource URL is not set (DATABASE_URL).';
const NO_SHADOW =
  'Diffing a migrations directory needs a shadow database: set DATABASE_URL (a server where the user may CREATE DATABASE) or SHADOW_DATABASE_URL.';

/**
 * Stand-in connection for work that never touches a database (`migrate diff`
 * between schema files / empty). The wasm engine insists on a connection at
 * construction time and only runs one probe query then.
 */
function offlineAdapter(schemaName) {
  const fail = async () => {
    throw new Error(NO_DB);
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg (offline)',
    getConnectionInfo: () => ({ schemaName, supportsRelationJoins: true }),
    async queryRaw(query) {
      if (/FROM pg_namespace WHERE nspname = \$1\), version\(\)/.test(query.sql)) {
        return { columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [5, 7, 0], rows: [[true, 'PostgreSQL 17.0 (offline)', 170000]] };
      }
      return fail();
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    dispose: async () => {},
  };
}

// ---------------------------------------------------------------------------
// JSON-RPC server

async function serve(args) {
  const datamodels = args.datamodels.length
    ? args.datamodels.map((p) => [p, fs.readFileSync(path.resolve(p), 'utf8')])
    : undefined;
  const datasource = args.datasource ?? {};
  const haveDb = Boolean(datasource.url);
  const { bindMigrationAwareSqlAdapterFactory } = await import(
    pathToFileURL(createRequire(require.resolve('@prisma/adapter-pg')).resolve('@prisma/driver-adapter-utils')).href
  );

  const engines = new Map();
  const haveShadow = Boolean(datasource.shadowDatabaseUrl);
  const getEngine = (offline) => {
    const key = offline ? 'offline' : 'online';
    if (!offline && !haveDb) throw new Error(NO_DB);
    if (!engines.has(key)) {
      engines.set(key, (async () => {
        const glue = await loadGlue();
        const factory = await createFactory(datasource, { offline });
        const onLog = (line) => process.stderr.write(line.endsWith('\n') ? line : line + '\n');
        return glue.SchemaEngine.new({ datamodels }, onLog, bindMigrationAwareSqlAdapterFactory(factory));
      })());
    }
    return engines.get(key);
  };

  let outgoingId = 1_000_000_000;
  const pendingOutgoing = new Map();
  const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\n');
  let stdinClosed = false;
  const request = (method, params) =>
    new Promise((resolve) => {
      if (stdinClosed) return resolve(undefined); // nobody left to answer
      const id = outgoingId++;
      pendingOutgoing.set(id, resolve);
      send({ jsonrpc: '2.0', id, method, params });
    });

  const isDbTarget = (target) => target?.tag === 'url' || target?.tag === 'schemaDatasource';

  async function handle(method, params) {
    switch (method) {
      case 'diff': {
        const targets = [params.from, params.to];
        const usesMigrations = targets.some((t) => t?.tag === 'migrations');
        if (usesMigrations && !haveDb && !haveShadow) throw new Error(NO_SHADOW);
        // Only a live database target needs the real main connection; a
        // migrations target only needs the shadow database.
        const engine = await getEngine(!targets.some(isDbTarget));
        const result = await engine.diff(params);
        if (result.stdout != null) await request('print', { content: result.stdout });
        return { exitCode: result.exitCode };
      }
      case 'getDatabaseVersion':
        return (await getEngine(false)).version(params ?? undefined);
      case 'createDatabase': {
        const url = params?.datasource?.url ?? datasource.url;
        const name = databaseName(url);
        await withAdminClient(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
        return { databaseName: name };
      }
      case 'reset':
        await (await getEngine(false)).reset(params);
        return {};
      case 'dbExecute':
        await (await getEngine(false)).dbExecute(params);
        return {};
      case 'debugPanic':
        (await getEngine(false)).debugPanic();
        return {};
      case 'applyMigrations':
      case 'createMigration':
      case 'devDiagnostic':
      case 'diagnoseMigrationHistory':
      case 'ensureConnectionValidity':
      case 'evaluateDataLoss':
      case 'introspect':
      case 'introspectSql':
      case 'markMigrationApplied':
      case 'markMigrationRolledBack':
      case 'schemaPush': {
        const engine = await getEngine(false);
        return (await engine[method](params)) ?? {};
      }
      default:
        throw Object.assign(new Error(`Method not supported by the wasm schema engine: ${method}`), { rpcCode: -32601 });
    }
  }

  function toRpcError(err) {
    const isPanic = err instanceof WebAssembly.RuntimeError || panicMessage !== undefined;
    let message = isPanic ? (panicMessage ?? String(err?.message ?? err)) : String(err?.message ?? err);
    if (/External error id#\d+/.test(message) && lastAdapterError) {
      message += `\nCaused by: ${lastAdapterError.message ?? lastAdapterError}`;
    }
    if (err?.rpcCode) return { code: err.rpcCode, message };
    if (!isPanic) log('ERROR', message, err?.code ? { error_code: err.code } : {});
    return {
      code: 4466,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: isPanic, message, meta: err?.meta ?? {}, error_code: err?.code ?? null, ...(isPanic ? { error: { message } } : {}) },
    };
  }

  const inFlight = new Set();
  let panicked = false;
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (msg.method === undefined) {
      // Response to one of our own requests (e.g. `print`).
      pendingOutgoing.get(msg.id)?.(msg);
      pendingOutgoing.delete(msg.id);
      return;
    }
    const p = (async () => {
      try {
        const result = await handle(msg.method, msg.params);
        if (msg.id !== undefined) send({ jsonrpc: '2.0', id: msg.id, result: result ?? {} });
      } catch (err) {
        const error = toRpcError(err);
        panicked ||= error.data?.is_panic === true;
        if (msg.id !== undefined) send({ jsonrpc: '2.0', id: msg.id, error });
      }
    })();
    inFlight.add(p);
    p.finally(() => inFlight.delete(p));
  });

  await new Promise((resolve) => rl.once('close', resolve));
  stdinClosed = true;
  for (const resolve of pendingOutgoing.values()) resolve(undefined);
  pendingOutgoing.clear();
  while (inFlight.size) await Promise.allSettled([...inFlight]);
  for (const engine of engines.values()) {
    try {
      (await engine).free();
    } catch {}
  }
  await Promise.allSettled([...openAdapters].map((a) => a.dispose()));
  return panicked ? 101 : 0;
}

// ---------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const glue = await loadGlue();
    process.stdout.write(`schema-engine-cli ${glue.version()}\n`);
    return 0;
  }
  if (args.help) {
    process.stdout.write('Prisma schema engine (wasm, see scripts/prisma-schema-engine.mjs)\n');
    return 0;
  }
  if (args.cli) return runCliCommand(args.cli, args.datasource);
  return serve(args);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    // Drop temporary shadow databases before going away.
    await Promise.allSettled([...openAdapters].map((a) => a.dispose()));
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}
// A wasm panic can surface outside of a request (inside a wasm-bindgen callback).
process.on('uncaughtException', (err) => {
  log('ERROR', panicMessage ? `Schema engine panicked: ${panicMessage}` : String(err?.stack ?? err));
  process.exit(101);
});

main().then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (err) => {
    log('ERROR', String(err?.stack ?? err));
    process.exit(1);
  },
);
