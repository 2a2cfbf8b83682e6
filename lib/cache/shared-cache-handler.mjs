// @ts-check
/**
 * Next's data cache for MORE THAN ONE web instance (issue 16, decision 039): the `cacheHandler` of next.config.ts.
 *
 * Next's default handler keeps entries and tag expiries inside one process, so a command run by instance A expired
 * the cached public data of A only; B went on serving the old ranking for up to PUBLIC_CACHE_SECONDS. Here:
 *
 *   - entries stay in this process's memory (an LRU bounded in bytes): the data is small and cheap to rebuild, and a
 *     shared store would put a network round trip in front of every hit;
 *   - EXPIRIES are shared through PostgreSQL: a command NOTIFYs the channel inside its own transaction
 *     (lib/kernel/public-cache.ts, `broadcastExpiry`), so PostgreSQL delivers it to every listening instance when —
 *     and only if — the transaction commits; each instance drops what carries the tag;
 *   - no notification can be missed silently: while this process is not LISTENing (start-up, a dropped connection)
 *     the cache neither answers nor stores, and it starts EMPTY every time the listener (re)connects. A heartbeat
 *     finds a connection that died without a word within HEARTBEAT_MS + HEARTBEAT_TIMEOUT_MS; a render never waits
 *     for a connection (a miss reads the database).
 *
 * Loaded by Next outside the app's bundle, hence plain JavaScript with the `pg` driver (no Prisma client here).
 * Next creates a handler per request: the state is one per process (below), like Next's own memory cache.
 */
import pg from "pg";
import { LRUCache } from "lru-cache";

/** The channel the commands notify (lib/kernel/public-cache.ts uses the same name). */
export const PUBLIC_CACHE_CHANNEL = "amanah_public_cache";

const RECONNECT_MS = 1_000;
/** A connection attempt gives up after this (generous: a server busy starting up stalls its event loop for seconds); a render never waits for one: get() answers "miss" meanwhile. */
const CONNECT_TIMEOUT_MS = 10_000;
/**
 * How often the listening connection proves it is alive. A connection cut without a word (a failover, a network
 * partition) raises no error by itself; notifications sent meanwhile would be lost while the cache kept answering.
 * So the worst case is one heartbeat plus its timeout of stale answers, then the cache empties itself.
 */
const HEARTBEAT_MS = 5_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
const MAX_BYTES = 50 * 1024 * 1024; // Next's own default for its memory cache

/**
 * @typedef {{ value: any, lastModified: number, tags: string[] }} Entry
 * @typedef {{ connectionString: string | undefined, log?: (message: string) => void }} StoreOptions
 */

/**
 * One process's cache: its entries, the time each tag was last expired here, and the listening connection.
 * Exported for the integration test, which runs two of them as two instances would.
 * @param {StoreOptions} options
 */
export function createSharedCacheStore({ connectionString, log = (m) => console.error(m) }) {
  /** @type {LRUCache<string, Entry>} */
  const entries = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (e) => Math.max(1, sizeOf(e.value)) });
  /** @type {Map<string, number>} */
  const expiredAt = new Map();
  /** @type {pg.Client | null} */
  let client = null;
  let listening = false;
  /** @type {Promise<boolean> | null} */
  let connecting = null;
  let retryAfter = 0;
  let closed = false;
  /** @type {ReturnType<typeof setInterval> | null} */
  let heartbeat = null;

  function expireLocally(/** @type {readonly string[]} */ tags) {
    const now = Date.now();
    for (const tag of tags) expiredAt.set(tag, now);
  }

  function lost(/** @type {pg.Client} */ c, /** @type {unknown} */ why) {
    if (client !== c) return;
    client = null;
    listening = false;
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = null;
    entries.clear(); // whatever arrives while nobody listens is not known here: start empty next time
    retryAfter = Date.now() + RECONNECT_MS;
    if (!closed) log(`[cache] the expiry listener lost its connection (${why instanceof Error ? why.message : String(why)}); the data cache is off until it reconnects`);
    c.end().catch(() => {});
  }

  /** True when this process is listening (connects on first use, and again after a loss). */
  async function ready() {
    if (listening) return true;
    if (closed || !connectionString || process.env.NEXT_PHASE === "phase-production-build") return false;
    if (Date.now() < retryAfter) return false;
    connecting ??= (async () => {
      const c = new pg.Client({ connectionString, application_name: "amanah-cache-expiry", connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
      c.on("error", (e) => lost(c, e));
      c.on("end", () => lost(c, "closed"));
      c.on("notification", (msg) => {
        if (msg.channel !== PUBLIC_CACHE_CHANNEL || !msg.payload) return;
        try {
          const { tags } = JSON.parse(msg.payload);
          if (Array.isArray(tags)) expireLocally(tags.map(String));
        } catch {
          log(`[cache] an expiry notification could not be read: ${msg.payload}`);
        }
      });
      try {
        client = c;
        await c.connect();
        await c.query(`LISTEN ${PUBLIC_CACHE_CHANNEL}`);
        if (client !== c) return false;
        entries.clear();
        listening = true;
        heartbeat = setInterval(() => {
          c.query({ text: "SELECT 1", query_timeout: HEARTBEAT_TIMEOUT_MS }).catch((e) => lost(c, e));
        }, HEARTBEAT_MS);
        heartbeat.unref?.();
        return true;
      } catch (e) {
        lost(c, e);
        return false;
      }
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    /** @param {string} key @param {readonly string[]} [tags] the caller's tags and soft tags */
    async get(key, tags = []) {
      if (!listening) {
        void ready(); // connect in the background: this render reads the database, it does not wait
        return null;
      }
      const entry = entries.get(key);
      if (!entry) return null;
      for (const tag of [...entry.tags, ...tags]) {
        const at = expiredAt.get(tag);
        if (at !== undefined && at >= entry.lastModified) {
          entries.delete(key);
          return null;
        }
      }
      return { lastModified: entry.lastModified, value: entry.value };
    },
    /** @param {string} key @param {any} value @param {readonly string[]} [tags] */
    async set(key, value, tags = []) {
      if (value == null) {
        entries.delete(key);
        return;
      }
      if (!listening) return; // an entry stored now could outlive an expiry this process never heard of
      entries.set(key, { value, lastModified: Date.now(), tags: [...tags] });
    },
    /** This process's own expiry (revalidateTag); the other instances hear it from the command's NOTIFY. */
    expire(/** @type {readonly string[]} */ tags) {
      expireLocally(tags);
    },
    ready,
    isListening: () => listening,
    size: () => entries.size,
    /** The listening connection's backend pid (the integration test terminates it). */
    backendPid: () => /** @type {any} */ (client)?.processID ?? null,
    async close() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      const c = client;
      client = null;
      listening = false;
      await c?.end().catch(() => {});
    },
  };
}

/** @param {any} value */
function sizeOf(value) {
  if (value?.kind === "FETCH") return typeof value.data?.body === "string" ? value.data.body.length : 1024;
  if (typeof value?.html === "string") return value.html.length + (value.rscData?.length ?? 0);
  if (value?.body?.length) return value.body.length;
  return 1024;
}

// One store per process, shared by every handler Next creates (and by two copies of this module, should the
// server load it twice).
const STORE = Symbol.for("amanah.shared-cache-store");
/** @returns {ReturnType<typeof createSharedCacheStore>} */
function processStore() {
  const g = /** @type {any} */ (globalThis);
  g[STORE] ??= createSharedCacheStore({ connectionString: process.env.DATABASE_URL });
  return g[STORE];
}

/** Starts this process's listener (instrumentation.ts, at server start); true once it listens. */
export function listenForExpiries() {
  return processStore().ready();
}

/** The class Next instantiates (next.config.ts: cacheHandler). The interface is Next's CacheHandler. */
export default class SharedCacheHandler {
  /** @param {unknown} _ctx */
  constructor(_ctx) {}

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} ctx */
  async get(key, ctx) {
    return processStore().get(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[] }} ctx */
  async set(key, data, ctx) {
    return processStore().set(key, data, ctx?.tags ?? data?.tags ?? []);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    processStore().expire(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
