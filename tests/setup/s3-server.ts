/**
 * A real S3-compatible server for tests (s3rver: the S3 REST API over a directory), on a free port of
 * 127.0.0.1, in a temporary directory, with one bucket. Its credentials are s3rver's fixed pair.
 *
 *   const s3 = await startS3Server();   // s3.env: FILE_STORE=s3 + S3_* for a process or fileStoreFromEnv()
 *   …
 *   await s3.stop();                    // closes it and deletes its directory
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export type S3TestServer = { endpoint: string; bucket: string; directory: string; env: Record<string, string>; stop(): Promise<void> };

export async function startS3Server(opts: { port?: number; bucket?: string } = {}): Promise<S3TestServer> {
  const bucket = opts.bucket ?? "amanah-files";
  const directory = await mkdtemp(path.join(os.tmpdir(), "amanah-s3-"));
  const server = new S3rver({ address: "127.0.0.1", port: opts.port ?? 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    directory,
    env: { FILE_STORE: "s3", S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" },
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
