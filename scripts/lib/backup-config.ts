/**
 * Where the run command's embedded cluster, the uploaded files and the backups live — shared by
 * `npm run backup`, `npm run restore` and the run command (same defaults, same environment overrides).
 */
import path from "node:path";
import { PROJECT_ROOT } from "./database";

export const embeddedDataDir = () => path.resolve(PROJECT_ROOT, process.env.AMANAH_PG_DIR || ".data/pg");
export const embeddedPort = () => Number(process.env.AMANAH_PG_PORT || 54329);
export const storageDirOf = () => path.resolve(PROJECT_ROOT, process.env.STORAGE_DIR || "storage");
export const backupDirOf = () => path.resolve(PROJECT_ROOT, process.env.BACKUP_DIR || "backups");
export const backupKeep = () => Math.max(0, Number.parseInt(process.env.BACKUP_KEEP || "7", 10) || 0);
