import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeFiles } from "@/lib/kernel/store-files";
import { transaction } from "@/lib/kernel/transaction";
import type { CheckedUpload } from "@/lib/kernel/uploads";
import { fileStore, keyForHash, sha256Hex } from "@/lib/storage/file-store";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "amanah-store-files-"));
  process.env.STORAGE_DIR = root; // read by fileStore() on its first use, which is in this file
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A distinct "PNG" each call (the magic bytes, then random bytes: content-addressed keys differ). */
function upload(): CheckedUpload {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...crypto.getRandomValues(new Uint8Array(32))]);
  return { bytes, type: { mime: "image/png", ext: "png" }, name: "photo.png" };
}

async function filesOnDisk(): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

describe("storeFiles", () => {
  it("keeps the row and the bytes when the transaction commits", async () => {
    const u = upload();
    const ids = await transaction((tx) => storeFiles(tx, [u], { uploadedById: null, purpose: "TEST" }));
    expect(ids).toHaveLength(1);
    const row = await db.storedFile.findUniqueOrThrow({ where: { id: ids[0]! } });
    expect(row).toMatchObject({ storageKey: keyForHash(sha256Hex(u.bytes)), sizeBytes: u.bytes.byteLength, mime: "image/png", purpose: "TEST" });
    expect(await fileStore().get(row.storageKey)).toEqual(u.bytes);
  });

  it("leaves neither a row nor a file when the transaction rolls back", async () => {
    const before = await filesOnDisk();
    const u = upload();
    const key = keyForHash(sha256Hex(u.bytes));
    const failed = await transaction(async (tx) => {
      await storeFiles(tx, [u, upload()], { uploadedById: null, purpose: "TEST" });
      throw new Error("something later in the command failed");
    }).catch((e: unknown) => e);
    expect((failed as Error).message).toBe("something later in the command failed");
    expect(await db.storedFile.count({ where: { storageKey: key } })).toBe(0);
    expect(await fileStore().get(key)).toBeNull();
    expect(await filesOnDisk()).toBe(before);
  });

  it("refuses a transaction not opened by transaction() rather than lose the bytes", async () => {
    const e = await db.$transaction((tx) => storeFiles(tx, [upload()], { uploadedById: null })).catch((x: unknown) => x);
    expect(String(e)).toMatch(/afterCommit/);
  });
});
