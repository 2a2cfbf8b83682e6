import "server-only";
import { db, type Tx } from "@/lib/db";

/**
 * The one way to open a transaction that may have work to do once it has COMMITTED (file bytes,
 * see store-files.ts). `afterCommit(tx, job)` queues a job on the transaction; `transaction` runs the
 * jobs in order after the commit, and drops them when the transaction rolls back. Commands
 * (lib/domain/command.ts) run through it, so every command body may call afterCommit.
 */
type Job = () => Promise<void>;
const pending = new WeakMap<object, Job[]>();

export type TransactionOptions = { maxWait?: number; timeout?: number };

export async function transaction<R>(fn: (tx: Tx) => Promise<R>, options?: TransactionOptions): Promise<R> {
  const jobs: Job[] = [];
  const result = await db.$transaction(async (tx) => {
    pending.set(tx, jobs);
    return fn(tx);
  }, options);
  for (const job of jobs) await job();
  return result;
}

/** Queues `job` to run after `tx` commits. Throws when `tx` was not opened by `transaction` (the job would be lost). */
export function afterCommit(tx: Tx, job: Job): void {
  const jobs = pending.get(tx);
  if (!jobs) throw new Error("afterCommit: this transaction was not opened with transaction() from lib/kernel/transaction.ts");
  jobs.push(job);
}
