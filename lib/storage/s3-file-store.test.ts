import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { fileStoreFromEnv, keyForHash, sha256Hex } from "@/lib/storage/file-store";
import { S3FileStore } from "@/lib/storage/s3-file-store";
import { startS3Server, type S3TestServer } from "@/tests/setup/s3-server";

// Against a real S3-compatible server (s3rver over HTTP, in a temporary directory): no mocks.
let s3: S3TestServer;
let store: S3FileStore;

beforeAll(async () => {
  s3 = await startS3Server();
  const chosen = fileStoreFromEnv(s3.env);
  expect(chosen).toBeInstanceOf(S3FileStore); // FILE_STORE=s3 selects it
  store = chosen as S3FileStore;
});
afterAll(async () => {
  await s3?.stop();
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks);
}

describe("S3FileStore", () => {
  it("stores bytes under their SHA-256 in the bucket and reads them back, whole and streamed", async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) % 251); // several stream chunks
    const put = await store.put(bytes, { mime: "image/png", originalName: "صورة.png" });
    expect(put).toEqual({ key: keyForHash(sha256Hex(bytes)), sha256: sha256Hex(bytes), size: bytes.byteLength });
    // Buffer.equals: toEqual compares 300,000 elements one by one (seconds).
    expect(Buffer.from((await store.get(put.key))!).equals(bytes)).toBe(true);
    const opened = (await store.open(put.key))!;
    expect(opened.size).toBe(bytes.byteLength);
    expect((await readAll(opened.stream)).equals(bytes)).toBe(true);
    // It is really in the bucket, with its type (another client, the same server).
    const obj = await store.client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: put.key }));
    expect(obj.ContentType).toBe("image/png");
    expect(obj.Metadata?.sha256).toBe(put.sha256);
  });

  it("is idempotent: the same bytes twice give the same key, different bytes another", async () => {
    const a = await store.put(new Uint8Array([1, 2, 3]), { mime: "x/y" });
    const again = await store.put(new Uint8Array([1, 2, 3]), { mime: "x/y" });
    const b = await store.put(new Uint8Array([1, 2, 4]), { mime: "x/y" });
    expect(again.key).toBe(a.key);
    expect(b.key).not.toBe(a.key);
    expect(Array.from((await store.get(b.key))!)).toEqual([1, 2, 4]);
  });

  it("returns null for unknown or malformed keys", async () => {
    expect(await store.get(keyForHash("0".repeat(64)))).toBeNull();
    expect(await store.open(keyForHash("1".repeat(64)))).toBeNull();
    expect(await store.get("../../etc/passwd")).toBeNull();
  });

  it("refuses FILE_STORE=s3 without a bucket, and keeps the local disk by default", () => {
    expect(() => fileStoreFromEnv({ FILE_STORE: "s3" })).toThrow(/S3_BUCKET/);
    expect(fileStoreFromEnv({}).constructor.name).toBe("LocalDiskFileStore");
  });
});
