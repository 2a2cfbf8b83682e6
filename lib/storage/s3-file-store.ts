import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { isValidKey, keyForHash, sha256Hex, type FileMeta, type StoredObject } from "@/lib/storage/keys";
import type { FileStore, OpenedFile } from "@/lib/storage/file-store";

export type S3FileStoreConfig = {
  bucket: string;
  region: string;
  /** An S3-compatible server (MinIO, Ceph, a cloud provider's, s3rver in the tests); unset: AWS itself. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
};

/**
 * Uploaded files in an S3-compatible object store (FILE_STORE=s3): what lets several web instances serve the
 * same files. Same keys as the local disk (sha256/ab/<hash>), so a write is idempotent and the two stores can
 * be copied into each other (`aws s3 sync storage/ s3://bucket/`). The bucket is private: downloads still go
 * through the portal's authorized route (app/api/files/[id]), streamed, never by a public or presigned URL.
 */
export class S3FileStore implements FileStore {
  readonly client: S3Client;
  readonly bucket: string;

  constructor(config: S3FileStoreConfig, client?: S3Client) {
    this.bucket = config.bucket;
    const options: S3ClientConfig = {
      region: config.region,
      // Other S3-compatible servers (and s3rver) address buckets by path, not by a virtual host name.
      ...(config.endpoint ? { endpoint: config.endpoint, forcePathStyle: true } : {}),
      ...(config.accessKeyId && config.secretAccessKey ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } } : {}),
      // Checksums only where S3 requires them: servers other than AWS do not all accept the SDK's trailing
      // checksums; the key itself is the SHA-256 of the bytes, checked again on every read below.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      maxAttempts: 3,
    };
    this.client = client ?? new S3Client(options);
  }

  async put(bytes: Uint8Array, meta: FileMeta): Promise<StoredObject> {
    const sha256 = sha256Hex(bytes);
    const key = keyForHash(sha256);
    const size = await this.sizeOf(key);
    if (size !== bytes.byteLength) {
      // A PUT replaces the object whole: a reader never sees half of it, and two writers of the same key
      // write the same bytes.
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentLength: bytes.byteLength, ContentType: meta.mime, Metadata: { sha256 } }),
      );
    }
    return { key, sha256, size: bytes.byteLength };
  }

  async get(key: string): Promise<Uint8Array | null> {
    const opened = await this.open(key);
    if (!opened) return null;
    const chunks: Uint8Array[] = [];
    for await (const chunk of opened.stream) chunks.push(chunk);
    const bytes = new Uint8Array(Buffer.concat(chunks));
    if (sha256Hex(bytes) !== key.slice(key.lastIndexOf("/") + 1)) throw new Error(`stored object ${key} does not match its hash`);
    return bytes;
  }

  async open(key: string): Promise<OpenedFile | null> {
    if (!isValidKey(key)) return null;
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!res.Body) return null;
      return { stream: res.Body.transformToWebStream() as ReadableStream<Uint8Array>, size: Number(res.ContentLength ?? 0) };
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  /** The stored size of `key`, or null when there is no such object. */
  private async sizeOf(key: string): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return Number(head.ContentLength ?? 0);
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }
}

function isNotFound(e: unknown): boolean {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
}
