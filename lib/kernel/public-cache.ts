import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import type { Tx } from "@/lib/db";
import { afterCommit } from "@/lib/kernel/transaction";

/**
 * Data that is the same for every visitor (the catalogue and its guides, the offices' ranking and profiles, the
 * Open311 service list), kept in Next's own data cache and expired BY TAG in the command that changes it, after
 * its transaction commits (decision: docs/decisions/029-public-read-speed.md). Pages stay dynamic (their scripts
 * carry the request's CSP nonce): the DATA is cached, never the page.
 *
 * A tag names what a command changes, not a page: every reader of that data carries it.
 */
export const PUBLIC_TAGS = {
  /** Published e-services: home, catalogue search, guides (lib/domain/catalogue/commands/manage-service.ts). */
  catalogue: "public:catalogue",
  /** Accredited offices: status, coverage, services, scorecard figures (supervision and accreditation commands). */
  offices: "public:offices",
  /** Complaint categories as Open311 services (changed by the seed only; the TTL bounds anything else). */
  open311Services: "public:open311-services",
} as const;
export type PublicTag = keyof typeof PUBLIC_TAGS;

/** How long cached public data may live without a command expiring it (a bound for changes made outside a command). */
export const PUBLIC_CACHE_SECONDS = 300;

// unstable_cache keeps JSON: Dates would come back as strings. They travel as { $d: iso } and are revived.
const DATE = "$d";
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : v;
  });
}
function decode<R>(text: string): R {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === DATE) return new Date((v as Record<string, string>)[DATE]!);
    }
    return v;
  }) as R;
}

/**
 * Next keeps its data cache on disk too (.next/cache/fetch-cache), and serves an entry past its TTL once while it
 * refreshes it: after a restart that would be data of before the restart (or of another database). The key carries
 * this process's start, so a process only ever reads what it cached itself.
 */
const PROCESS_KEY = `${process.pid}-${Date.now()}`;

/** True inside a Next request or action (where Next's data cache exists); false in workers, scripts and tests. */
function inNext(): boolean {
  return Boolean(workAsyncStorage.getStore()?.incrementalCache);
}

/**
 * `fn` cached for everyone under `name` + its arguments, tagged with `tags`. Outside Next (the worker, scripts,
 * integration tests) it simply runs `fn`: nothing is cached there, so nothing can go stale.
 */
export function cachedForEveryone<A extends unknown[], R>(name: string, tags: readonly PublicTag[], fn: (...args: A) => Promise<R>, seconds = PUBLIC_CACHE_SECONDS): (...args: A) => Promise<R> {
  const cached = unstable_cache(async (...args: A) => encode(await fn(...args)), ["public", name, PROCESS_KEY], {
    tags: tags.map((t) => PUBLIC_TAGS[t]),
    revalidate: seconds,
  });
  return async (...args: A) => (inNext() ? decode<R>(await cached(...args)) : fn(...args));
}

type Listener = (tags: readonly PublicTag[]) => void;
const listeners = new Set<Listener>();

/** Tests: observe which tags are expired (after commit). Returns the unsubscribe function. */
export function onPublicExpire(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Expires `tags` in THIS process now: the next request reads fresh data (no stale answer is served: expire 0).
 * Outside a Next request (the worker's jobs, scripts) there is no data cache in this process. The other web
 * instances hear of the change from `broadcastExpiry`.
 */
export function expirePublic(tags: readonly PublicTag[]): void {
  for (const l of listeners) l(tags);
  if (!inNext()) return;
  for (const t of tags) revalidateTag(PUBLIC_TAGS[t], { expire: 0 });
}

/** The channel every web instance's cache handler listens on (lib/cache/shared-cache-handler.mjs, same name). */
export const PUBLIC_CACHE_CHANNEL = "amanah_public_cache";

/**
 * Tells EVERY web instance that `tags` changed: a NOTIFY inside `tx`, which PostgreSQL delivers to the listening
 * instances when the transaction commits, and never when it rolls back (decision 039). Usable in any transaction,
 * the worker's jobs included.
 */
export async function broadcastExpiry(tx: Tx, tags: readonly PublicTag[]): Promise<void> {
  const payload = JSON.stringify({ tags: tags.map((t) => PUBLIC_TAGS[t]) });
  await tx.$executeRaw`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${payload})`;
}

/**
 * In a command's transaction: expire `tags` once it has COMMITTED (never when it rolls back) — in this process
 * at once, after the commit, and in every other web instance through the transaction's NOTIFY.
 */
export async function expireAfterCommit(tx: Tx, ...tags: PublicTag[]): Promise<void> {
  await broadcastExpiry(tx, tags);
  afterCommit(tx, async () => expirePublic(tags));
}
