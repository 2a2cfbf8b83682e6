import { randomUUID } from "node:crypto";
import { mkdir, open as openFile, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { fileStoreSettings, storageDirSetting } from "@/lib/env";
import { isValidKey, keyForHash, sha256Hex, type FileMeta, type StoredObject } from "@/lib/storage/keys";
import { S3FileStore } from "@/lib/storage/s3-file-store";

export { isValidKey, keyForHash, sha256Hex, type FileMeta, type StoredObject };

/**
 * Where uploaded files (inspection photos, objection documents, later license and complaint
 * attachments) live. Content-hash addressed: the key is derived from the SHA-256 of the bytes, so the
 * same bytes are stored once, a key can never point at different content, and a write is idempotent.
 *
 * The database row (StoredFile) keeps the hash, size, type and who may read it; the bytes are here.
 * Two implementations, chosen by FILE_STORE (lib/env.ts fileStoreSettings): the local disk (default;
 * STORAGE_DIR, default <repo>/storage, git-ignored) for one machine, and an S3-compatible object store
 * (lib/storage/s3-file-store.ts) for several web instances. docs/decisions/031-jobs-and-file-store.md
 */
/** A stored file opened for reading: its bytes as a stream (the download route pipes it) and its size. */
export type OpenedFile = { stream: ReadableStream<Uint8Array>; size: number };

export interface FileStore {
  put(bytes: Uint8Array, meta: FileMeta): Promise<StoredObject>;
  /** The bytes under `key`, or null when there are none (or the key is malformed). */
  get(key: string): Promise<Uint8Array | null>;
  /** The bytes under `key` as a stream, without reading them all into memory; null as for get(). */
  open(key: string): Promise<OpenedFile | null>;
}

export class LocalDiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  private pathOf(key: string): string {
    if (!isValidKey(key)) throw new Error(`invalid storage key: ${key}`);
    return path.join(this.root, ...key.split("/"));
  }

  async put(bytes: Uint8Array, _meta: FileMeta): Promise<StoredObject> {
    const sha256 = sha256Hex(bytes);
    const key = keyForHash(sha256);
    const file = this.pathOf(key);
    const existing = await stat(file).catch(() => null);
    if (!existing || existing.size !== bytes.byteLength) {
      await mkdir(path.dirname(file), { recursive: true });
      // Write to a temporary name and rename: a reader never sees half a file, and two concurrent
      // writers of the same content both end with the same complete file.
      const tmp = `${file}.${randomUUID()}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, file);
    }
    return { key, sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Uint8Array | null> {
    if (!isValidKey(key)) return null;
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async open(key: string): Promise<OpenedFile | null> {
    if (!isValidKey(key)) return null;
    try {
      // Opened first: a missing file is null here, not an error in the middle of the response.
      const handle = await openFile(this.pathOf(key), "r");
      const { size } = await handle.stat();
      const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
      return { stream, size };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }
}

export function storageDir(): string {
  // A directory chosen at run time (STORAGE_DIR): tell the bundler not to trace the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ storageDirSetting() ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "storage"));
}

/** The store FILE_STORE names (lib/env.ts reads the environment when no source is given). */
export function fileStoreFromEnv(source?: Record<string, string | undefined>): FileStore {
  const settings = fileStoreSettings(source);
  if (settings.FILE_STORE === "local") return new LocalDiskFileStore(storageDir());
  return new S3FileStore({
    bucket: settings.S3_BUCKET,
    region: settings.S3_REGION,
    endpoint: settings.S3_ENDPOINT,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
  });
}

/** Whether uploaded files are on this machine's disk (the embedded run's backup copies them then). */
export function filesOnLocalDisk(source?: Record<string, string | undefined>): boolean {
  return fileStoreSettings(source).FILE_STORE === "local";
}

let instance: FileStore | undefined;
/** The portal's file store: FILE_STORE=local (disk under STORAGE_DIR, the default) or FILE_STORE=s3. */
export function fileStore(): FileStore {
  instance ??= fileStoreFromEnv();
  return instance;
}
