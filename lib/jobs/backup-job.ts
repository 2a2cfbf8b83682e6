import path from "node:path";
import { backupTime, createBackup, listBackups } from "@/lib/backup/backup";
import { env } from "@/lib/env";
import { storageDir } from "@/lib/storage/file-store";

/**
 * The scheduled backup (a job of the worker, lib/jobs/run-jobs.ts): when the embedded PostgreSQL is used
 * (the run command sets AMANAH_PG_DATA_DIR) and the newest backup in BACKUP_DIR is older than
 * BACKUP_EVERY_HOURS, take an online backup and keep the newest BACKUP_KEEP. Checked every 10 minutes,
 * so a worker restart does not take a backup of its own. With DATABASE_URL the operator's server tools
 * do this (README, "Backup").
 */
export function backupDirFromEnv(): string {
  return path.resolve(env().BACKUP_DIR || path.join(process.cwd(), "backups"));
}

export async function scheduledBackup(now: Date): Promise<Record<string, number>> {
  const e = env();
  if (!e.AMANAH_PG_DATA_DIR || e.BACKUP_EVERY_HOURS <= 0) return {};
  const backupDir = backupDirFromEnv();
  const newest = listBackups(backupDir).at(-1);
  const last = newest ? backupTime(newest) : undefined;
  if (last && now.getTime() - last.getTime() < e.BACKUP_EVERY_HOURS * 3_600_000) return {};
  const adminUrl = new URL(e.DATABASE_URL);
  adminUrl.pathname = "/postgres";
  await createBackup({
    adminUrl: adminUrl.toString(),
    dataDir: e.AMANAH_PG_DATA_DIR,
    storageDir: storageDir(),
    backupDir,
    keep: e.BACKUP_KEEP,
    log: (m) => console.log(`[jobs] backup: ${m}`),
  });
  return { backups: 1 };
}
