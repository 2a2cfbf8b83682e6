/** Pure helpers of workers' health certificates (shared by pages and queries). The workflow: `workflow.ts`. */
import type { HealthCertStatus } from "@/lib/domain/health-certs/workflow";
import { toLatinDigits } from "@/lib/kernel/digits";

export type { HealthCertStatus };

/** The status people see: an issued certificate past its expiry reads EXPIRED even before the nightly job marks it. */
export function effectiveCertStatus(status: HealthCertStatus, expiresAt: Date | null, now: Date = new Date()): HealthCertStatus {
  if (status === "ISSUED" && expiresAt && expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return status;
}

/** What a printed certificate shows of the worker's ID: the last four digits only. */
export function maskWorkerId(id: string): string {
  return id.length <= 4 ? id : `${"•".repeat(id.length - 4)}${id.slice(-4)}`;
}

/** The examiner's search box: a certificate number ("H…", any case) or a 10-digit national ID / iqama. */
export function parseExamQuery(q: string): { number: string } | { workerNationalId: string } | null {
  const s = toLatinDigits(q.trim());
  if (/^[hH]\d{5,12}$/.test(s)) return { number: s.toUpperCase() };
  if (/^[12]\d{9}$/.test(s)) return { workerNationalId: s };
  return null;
}
