import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskFileStore, isValidKey, keyForHash, sha256Hex } from "@/lib/storage/file-store";

let root: string;
let store: LocalDiskFileStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "amanah-store-"));
  store = new LocalDiskFileStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("LocalDiskFileStore", () => {
  it("stores bytes under their SHA-256 and reads them back", async () => {
    const bytes = new TextEncoder().encode("hello amanah");
    const put = await store.put(bytes, { mime: "text/plain" });
    expect(put.sha256).toBe(sha256Hex(bytes));
    expect(put.key).toBe(keyForHash(put.sha256));
    expect(put.size).toBe(bytes.byteLength);
    expect(Buffer.from((await store.get(put.key))!).toString()).toBe("hello amanah");
  });

  it("stores the same content once (idempotent) and different content apart", async () => {
    const a = await store.put(new Uint8Array([1, 2, 3]), { mime: "x" });
    const again = await store.put(new Uint8Array([1, 2, 3]), { mime: "x" });
    const b = await store.put(new Uint8Array([1, 2, 4]), { mime: "x" });
    expect(again.key).toBe(a.key);
    expect(b.key).not.toBe(a.key);
    const dir = path.join(root, "sha256", a.sha256.slice(0, 2));
    expect((await readdir(dir)).filter((f) => f.startsWith(a.sha256))).toEqual([a.sha256]); // no temp files left
  });

  it("returns null for unknown or malformed keys (no path traversal)", async () => {
    expect(await store.get(keyForHash("0".repeat(64)))).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
    expect(isValidKey("sha256/ab/../../x")).toBe(false);
  });
});

describe("LocalDiskFileStore.open", () => {
  it("streams the stored bytes with their size, and is null for a missing key", async () => {
    const bytes = new Uint8Array(200_000).map((_, i) => i % 253);
    const put = await store.put(bytes, { mime: "application/pdf" });
    const opened = (await store.open(put.key))!;
    expect(opened.size).toBe(bytes.byteLength);
    const chunks: Uint8Array[] = [];
    for await (const c of opened.stream) chunks.push(c);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(await store.open(keyForHash("f".repeat(64)))).toBeNull();
    expect(await store.open("sha256/../../x")).toBeNull();
  });
});
