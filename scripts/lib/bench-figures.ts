/**
 * What the office and licensing figures cost a write (decision 044). Triggers keep each office's day and month
 * figures and the licensing KPI figures in the transaction of every counted change to an application; the reads got
 * constant, the writes pay. This measures an office's decision on an application (OFFICE_REVIEW → AWAITING_PAYMENT,
 * `decidedAt` set), one transaction each, all in ONE office — the worst case, since an office's day and month rows
 * are shared and two decisions of the same office wait for each other on them until commit — with the triggers, and
 * the same decision with them off (`session_replication_role = replica`, which needs a superuser: the embedded bench
 * cluster is one; on another server the comparison is skipped). The figures are rebuilt afterwards, so the rest of
 * the bench reads figures that agree with the applications.
 */
import { performance } from "node:perf_hooks";
import type { PrismaClient } from "../../lib/generated/prisma/client";

export type FiguresBench = {
  /** Decisions per second with the triggers, and their latencies (ms, sorted). */
  withTriggers: { seconds: number; latencies: number[] };
  /** The same without the triggers; null when the role may not turn them off. */
  withoutTriggers: { seconds: number; latencies: number[] } | null;
};

type Pool = (count: number, concurrency: number, task: (i: number) => Promise<void>) => Promise<number[]>;

export async function benchOfficeFigures(db: PrismaClient, n: number, concurrency: number, pool: Pool): Promise<FiguresBench> {
  const office = await db.licensingOffice.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true, coverage: { select: { municipalityId: true }, take: 1 } } });
  const municipalityId = office.coverage[0]?.municipalityId ?? (await db.municipality.findFirstOrThrow({ select: { id: true } })).id;
  const applicant = await db.user.findFirstOrThrow({ where: { nationalId: { not: null } }, select: { id: true, nationalId: true } });
  const activity = await db.activity.findFirstOrThrow({ where: { requiresHealthLicense: false }, select: { id: true } });
  const submittedAt = new Date(Date.now() - 26 * 3_600_000);
  // 2n applications under review by the one office (the insert fires the triggers too: their figures start right).
  await db.licenseApplication.createMany({
    data: Array.from({ length: 2 * n }, (_, i) => ({
      id: `bench-figures-${i}`,
      number: `BF${String(i).padStart(8, "0")}`,
      applicantId: applicant.id,
      applicantNationalId: applicant.nationalId!,
      status: "OFFICE_REVIEW" as const,
      tradeNameAr: "منشأة قياس",
      activityId: activity.id,
      municipalityId,
      officeId: office.id,
      submittedAt,
      stateEnteredAt: submittedAt,
    })),
  });
  const [role] = await db.$queryRaw<{ rolsuper: boolean }[]>`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`;
  const rolsuper = role?.rolsuper === true;

  // Both runs send the same statements: a SET LOCAL (to the default with the triggers, to replica without), then
  // the decision, so the difference is the triggers' work and their waits, not a round trip.
  const decide = (i: number, role: "origin" | "replica") =>
    db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = ${role}`);
      const now = new Date();
      await tx.licenseApplication.update({ where: { id: `bench-figures-${i}` }, data: { status: "AWAITING_PAYMENT", decidedAt: now, stateEnteredAt: now } });
    });

  const run = async (offset: number, role: "origin" | "replica") => {
    const t0 = performance.now();
    const latencies = await pool(n, concurrency, (i) => decide(offset + i, role));
    return { seconds: (performance.now() - t0) / 1000, latencies };
  };
  const withTriggers = await run(0, "origin");
  const withoutTriggers = rolsuper ? await run(n, "replica") : null;
  if (withoutTriggers) {
    // The second half was decided with the triggers off: rebuild the figures from the applications.
    await db.$executeRaw`SELECT "rebuildOfficeDayFigures"()`;
    await db.$executeRaw`SELECT "rebuildLicensingFigures"()`;
  }
  return { withTriggers, withoutTriggers };
}
