import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { storageDirSetting } from "@/lib/env";

/**
 * Where uploaded files (inspection photos, objection documents, later license and complaint
 * attachments) live. Content-hash addressed: the key is derived from the SHA-256 of the bytes, so the
 * same bytes are stored once, a key can never point at different content, and a write is idempotent.
 *
 * The database row (StoredFile) keeps the hash, size, type and who may read it; the bytes are here.
 * The default implementation is the local disk (STORAGE_DIR, default <repo>/storage, git-ignored);
 * an object store (S3-compatible) would implement the same two methods.
 */
export type StoredObject = { key: string; sha256: string; size: number };
export type FileMeta = { mime: string; originalName?: string };

export interface FileStore {
  put(bytes: Uint8Array, meta: FileMeta): Promise<StoredObject>;
  /** The bytes under `key`, or null when there are none (or the key is malformed). */
  get(key: string): Promise<Uint8Array | null>;
}

const KEY = /^sha256\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** "sha256/ab/abcdef…": two-level fan-out so one directory never holds millions of files. */
export function keyForHash(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

export function isValidKey(key: string): boolean {
  return KEY.test(key);
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
}

export function storageDir(): string {
  // A directory chosen at run time (STORAGE_DIR): tell the bundler not to trace the whole project for it.
  return path.resolve(/*turbopackIgnore: true*/ storageDirSetting() ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "storage"));
}

let instance: FileStore | undefined;
/** The portal's file store (local disk under STORAGE_DIR). */
export function fileStore(): FileStore {
  instance ??= new LocalDiskFileStore(storageDir());
  return instance;
}
