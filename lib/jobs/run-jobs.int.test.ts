import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { JOBS, runJobs, type Job } from "@/lib/jobs/run-jobs";
import { makeBill } from "@/lib/domain/payments/test-support";

describe("runJobs", () => {
  it("runs every job at once, keeps going when one fails, and stops when aborted", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const controller = new AbortController();
    const ran: string[] = [];
    const jobs: Job[] = [
      { name: "boom", everyMs: 60_000, run: async () => { ran.push("boom"); throw new Error("database restarting"); } },
      { name: "count", everyMs: 20, run: async () => { ran.push("count"); if (ran.filter((r) => r === "count").length >= 3) controller.abort(); return { n: 1 }; } },
    ];
    try {
      await runJobs({ signal: controller.signal, jobs, tickMs: 5 });
      expect(ran.filter((r) => r === "boom")).toHaveLength(1); // once per period, not once per tick
      expect(ran.filter((r) => r === "count").length).toBeGreaterThanOrEqual(3);
      expect(log.mock.calls.flat().join("\n")).toContain("boom failed: database restarting");
    } finally {
      log.mockRestore();
    }
  });

  it("includes the bill expiry job, which expires due bills", async () => {
    const bill = await makeBill();
    await db.bill.update({ where: { id: bill.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const job = JOBS.find((j) => j.name === "expire-bills")!;
    expect((await job.run(new Date())).expired).toBeGreaterThanOrEqual(1);
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("EXPIRED");
  });
});
