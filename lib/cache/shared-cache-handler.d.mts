/** Types of shared-cache-handler.mjs (plain JavaScript: Next loads it outside the app's bundle). */
export declare const PUBLIC_CACHE_CHANNEL: "amanah_public_cache";

export type CachedValue = { lastModified: number; value: any };

export type SharedCacheStore = {
  get(key: string, tags?: readonly string[]): Promise<CachedValue | null>;
  set(key: string, value: unknown, tags?: readonly string[]): Promise<void>;
  expire(tags: readonly string[]): void;
  ready(): Promise<boolean>;
  isListening(): boolean;
  size(): number;
  backendPid(): number | null;
  close(): Promise<void>;
};

export declare function listenForExpiries(): Promise<boolean>;

export declare function createSharedCacheStore(options: { connectionString: string | undefined; log?: (message: string) => void }): SharedCacheStore;

export default class SharedCacheHandler {
  constructor(ctx: unknown);
  get(key: string, ctx: { tags?: string[]; softTags?: string[] }): Promise<CachedValue | null>;
  set(key: string, data: unknown, ctx: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
