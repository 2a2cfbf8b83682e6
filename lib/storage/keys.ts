import { createHash } from "node:crypto";

/**
 * Content addressing shared by every file store (lib/storage/file-store.ts): the key of some bytes is derived
 * from their SHA-256, so the same bytes are stored once and a key can never point at different content.
 */
export type StoredObject = { key: string; sha256: string; size: number };
export type FileMeta = { mime: string; originalName?: string };

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
