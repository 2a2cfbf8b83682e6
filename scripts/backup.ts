/**
 * `npm run backup`: one consistent ONLINE backup of the embedded PostgreSQL and the uploaded files, while the
 * portal keeps running (lib/backup/backup.ts; docs/decisions/014-backups-and-outages.md). Prints the backup's
 * directory; keeps the newest BACKUP_KEEP (default 7) in BACKUP_DIR (default ./backups).
 *
 * With DATABASE_URL the database is not ours to copy: use the server's own tools (README, "Backup").
 */
import fs from "node:fs";
import path from "node:path";
import { createBackup } from "../lib/backup/backup";
import { errorMessage, startEmbeddedServer } from "./lib/database";
import { backupDirOf, backupKeep, embeddedDataDir, embeddedPort, storageDirOf } from "./lib/backup-config";
import { loadDotEnv } from "./lib/tasks";

loadDotEnv();
const log = (m: string) => console.log(`[backup]  ${m}`);

async function main(): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error(
      "[backup]  DATABASE_URL is set: this command backs up the embedded PostgreSQL only.\n" +
        "          Back up your server with pg_dump / pgBackRest and WAL archiving (README, \"Backup\"), and copy STORAGE_DIR.",
    );
    return 2;
  }
  const dataDir = embeddedDataDir();
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    console.error(`[backup]  ${dataDir} holds no PostgreSQL cluster: nothing to back up (start the portal once with npm start).`);
    return 2;
  }
  // Joins the running server (the portal keeps running), or starts it for the backup and stops it afterwards.
  const server = await startEmbeddedServer({ dataDir, port: embeddedPort(), log });
  try {
    const { dir, manifest } = await createBackup({ adminUrl: server.adminUrl, dataDir, storageDir: storageDirOf(), backupDir: backupDirOf(), keep: backupKeep(), log });
    const bytes = Object.values(manifest.parts).reduce((n, p) => n + p.bytes, 0);
    console.log(`\n${dir}\n  PostgreSQL ${manifest.postgres.version}, WAL ${manifest.postgres.startLsn} → ${manifest.postgres.stopLsn}; ${manifest.storage.files} uploaded file(s); ${(bytes / 1048576).toFixed(1)} MB\n  restore with: npm run restore -- ${path.relative(process.cwd(), dir) || dir}`);
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`[backup]  failed: ${errorMessage(err)}`);
    process.exit(1);
  },
);
