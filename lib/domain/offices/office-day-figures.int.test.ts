/**
 * "OfficeDayFigures", "LicensingDayFigures" and "LicensingStatusCounts" are kept by triggers on "LicenseApplication"
 * (decision 044). Whatever happens to an application — submitted, decided, issued, breached by the SLA job,
 * returned, moved to another office, reopened, deleted, or changed by many transactions at once — each table must
 * equal what its "…FromScratch"() function computes from the applications alone, and the scorecards read them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { splitPeriod } from "@/lib/domain/insights/days";
import { computeScorecards, periodDays } from "@/lib/domain/offices/scorecard";
import { DAY, HOUR, makeApplication, makeOffice, makeUser, type FixtureOffice } from "@/lib/domain/offices/test-support";

type Figures = { officeId: string; day: string; submitted: number; submittedDecided: number; submittedBreaches: number; submittedReturned: number; decided: number; decidedHist: Record<string, number> };

const COLUMNS = `"officeId", to_char(day, 'YYYY-MM-DD') AS day, submitted, "submittedDecided", "submittedBreaches", "submittedReturned", decided, "decidedHist"`;

/** The kept rows of these offices, without rows a change took back to zero (the from-scratch set has none). */
async function kept(ids: string[]): Promise<Figures[]> {
  return db.$queryRawUnsafe<Figures[]>(
    `SELECT ${COLUMNS} FROM "OfficeDayFigures"
      WHERE "officeId" = ANY($1) AND (submitted, "submittedDecided", "submittedBreaches", "submittedReturned", decided) <> (0, 0, 0, 0, 0)
      ORDER BY 1, 2`,
    ids,
  );
}
async function fromScratch(ids: string[]): Promise<Figures[]> {
  return db.$queryRawUnsafe<Figures[]>(`SELECT ${COLUMNS} FROM "officeDayFiguresFromScratch"() WHERE "officeId" = ANY($1) ORDER BY 1, 2`, ids);
}
/** The licensing KPIs' tables, for the same offices (decision 044 keeps them by the same kind of trigger). */
const LICENSING = [
  { table: "LicensingDayFigures", columns: `"municipalityId", "officeId", to_char(day, 'YYYY-MM-DD') AS day, issued, "issuedHist"`, nonZero: "issued <> 0" },
  { table: "LicensingStatusCounts", columns: `"municipalityId", "officeId", status::text AS status, applications, breached, breaches`, nonZero: "(applications, breached, breaches) <> (0, 0, 0)" },
] as const;
async function licensing(ids: string[]) {
  return Promise.all(
    LICENSING.map(async (t) => {
      const scratch = `${t.table[0]!.toLowerCase()}${t.table.slice(1)}FromScratch`;
      const [a, b] = await Promise.all([
        db.$queryRawUnsafe(`SELECT ${t.columns} FROM "${t.table}" WHERE "officeId" = ANY($1) AND ${t.nonZero} ORDER BY 1, 2, 3`, ids),
        db.$queryRawUnsafe(`SELECT ${t.columns} FROM "${scratch}"() WHERE "officeId" = ANY($1) ORDER BY 1, 2, 3`, ids),
      ]);
      return { table: t.table, kept: a, fromScratch: b };
    }),
  );
}
/** The month rows (without rows taken back to zero) and the months of the day rows. */
async function months(ids: string[]) {
  const columns = `"officeId", to_char(month, 'YYYY-MM-DD') AS month, submitted, "submittedDecided", "submittedBreaches", "submittedReturned", decided, "decidedHist"`;
  return Promise.all([
    db.$queryRawUnsafe(
      `SELECT ${columns} FROM "OfficeMonthFigures"
        WHERE "officeId" = ANY($1) AND (submitted, "submittedDecided", "submittedBreaches", "submittedReturned", decided) <> (0, 0, 0, 0, 0) ORDER BY 1, 2`,
      ids,
    ),
    db.$queryRawUnsafe(`SELECT ${columns} FROM "officeMonthFiguresFromDays"() WHERE "officeId" = ANY($1) ORDER BY 1, 2`, ids),
  ]);
}
async function expectConsistent(ids: string[]) {
  const [a, b, l, [m, mFromDays]] = await Promise.all([kept(ids), fromScratch(ids), licensing(ids), months(ids)]);
  expect(a).toEqual(b);
  expect(m, "OfficeMonthFigures").toEqual(mFromDays);
  for (const t of l) expect(t.kept, t.table).toEqual(t.fromScratch);
  return a;
}

const now = new Date();
let office: FixtureOffice;
let other: FixtureOffice;
let citizen: { id: string };

beforeAll(async () => {
  [office, other, citizen] = await Promise.all([makeOffice(), makeOffice(), makeUser()]);
});

describe("office day figures kept by triggers", () => {
  it("counts a submission, its decision and its histogram bucket in the same transaction", async () => {
    const submittedAt = new Date(now.getTime() - 3 * DAY);
    const a = await makeApplication({ officeId: office.id, applicantId: citizen.id, municipalityId: office.municipalityId, status: "SUBMITTED", submittedAt });
    let rows = await expectConsistent([office.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ submitted: 1, submittedDecided: 0, decided: 0, decidedHist: {} });

    // Decided 20.05 h later: the bucket of 20.0 h (tenths of an hour, lower edge), on the day of the decision.
    await db.licenseApplication.update({ where: { id: a.id }, data: { status: "REJECTED", decidedAt: new Date(submittedAt.getTime() + 20.05 * HOUR) } });
    rows = await expectConsistent([office.id]);
    expect(rows.reduce((n, r) => n + r.decided, 0)).toBe(1);
    expect(rows.find((r) => r.decided === 1)!.decidedHist).toEqual({ "200": 1 });
    expect(rows.find((r) => r.submitted === 1)!.submittedDecided).toBe(1);
  });

  it("follows breaches, returns, issuance, a move to another office, a reopening and a deletion", async () => {
    const base = { applicantId: citizen.id, municipalityId: office.municipalityId, officeId: office.id };
    const t = new Date(now.getTime() - 10 * DAY);
    const a = await makeApplication({ ...base, status: "OFFICE_REVIEW", submittedAt: t });
    const b = await makeApplication({ ...base, status: "OFFICE_REVIEW", submittedAt: new Date(t.getTime() + 2 * HOUR) });
    const c = await makeApplication({ ...base, status: "OFFICE_REVIEW", submittedAt: new Date(t.getTime() - 1 * DAY) });
    const ids = [office.id, other.id];
    await expectConsistent(ids);

    // The SLA job's increment, as it runs it: one statement over several applications.
    await db.licenseApplication.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { slaBreaches: { increment: 2 } } });
    await expectConsistent(ids);
    await db.licenseApplication.update({ where: { id: b.id }, data: { status: "RETURNED", returnCount: { increment: 1 } } });
    await expectConsistent(ids);
    // Issued without a decision time: the issuance is the decision.
    await db.licenseApplication.update({ where: { id: a.id }, data: { status: "ISSUED", issuedAt: new Date(t.getTime() + 30 * HOUR) } });
    await expectConsistent(ids);
    // Moved to another office (the suspension's reassignment): the figures move with it.
    await db.licenseApplication.update({ where: { id: c.id }, data: { officeId: other.id } });
    const moved = await expectConsistent(ids);
    expect(moved.filter((r) => r.officeId === other.id).reduce((n, r) => n + r.submitted, 0)).toBe(1);
    // Decided, then reopened (the decision taken back), then decided again later.
    await db.licenseApplication.update({ where: { id: c.id }, data: { decidedAt: new Date(t.getTime() + 5 * HOUR) } });
    await db.licenseApplication.update({ where: { id: c.id }, data: { decidedAt: null } });
    await expectConsistent(ids);
    await db.licenseApplication.update({ where: { id: c.id }, data: { decidedAt: new Date(t.getTime() + 50 * HOUR) } });
    await expectConsistent(ids);
    // A note or a status alone changes no figure and fires nothing; a deletion takes the shares back.
    await db.licenseApplication.update({ where: { id: b.id }, data: { lastNote: "نقص في المستندات" } });
    await db.licenseApplication.delete({ where: { id: b.id } });
    await expectConsistent(ids);
  });

  it("stays exact when many transactions decide the same office's applications at once", async () => {
    const t = new Date(now.getTime() - 2 * DAY);
    const apps = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        makeApplication({ officeId: other.id, applicantId: citizen.id, municipalityId: other.municipalityId, status: "OFFICE_REVIEW", submittedAt: new Date(t.getTime() + i * 60_000) }),
      ),
    );
    await Promise.all(
      apps.map((a, i) =>
        db.$transaction(async (tx) => {
          await tx.licenseApplication.update({ where: { id: a.id }, data: { status: "AWAITING_PAYMENT", decidedAt: new Date(t.getTime() + (i % 4) * HOUR + 12 * HOUR) } });
          await tx.licenseApplication.update({ where: { id: a.id }, data: { slaBreaches: { increment: 1 } } });
        }),
      ),
    );
    const rows = await expectConsistent([other.id]);
    expect(rows.reduce((n, r) => n + r.submittedBreaches, 0)).toBeGreaterThanOrEqual(16);

    // Returned and resubmitted at once, in opposite directions between the same two status rows: each move takes
    // the rows in key order, so none of these transactions deadlocks (PostgreSQL would abort one with 40P01).
    await db.licenseApplication.updateMany({ where: { id: { in: apps.filter((_, i) => i % 2).map((a) => a.id) } }, data: { status: "RETURNED" } });
    const moves = await Promise.all(
      apps.map((a, i) =>
        db.$transaction(async (tx) => {
          await tx.licenseApplication.update({ where: { id: a.id }, data: { status: i % 2 ? "AWAITING_PAYMENT" : "RETURNED", returnCount: { increment: 1 } } });
          await tx.licenseApplication.update({ where: { id: a.id }, data: { status: i % 2 ? "RETURNED" : "AWAITING_PAYMENT" } });
        }).then(() => "ok", (e: unknown) => String(e)),
      ),
    );
    expect(moves.filter((m) => m !== "ok")).toEqual([]);
    await expectConsistent([other.id]);
  });

  it("rebuilds from scratch to the same rows (a bulk load that bypassed the triggers)", async () => {
    const before = await kept([office.id, other.id]);
    const monthsBefore = await months([office.id, other.id]);
    await db.$executeRaw`DELETE FROM "OfficeDayFigures" WHERE "officeId" = ${office.id}`;
    await db.$executeRaw`DELETE FROM "OfficeMonthFigures" WHERE "officeId" = ${office.id}`;
    expect(await kept([office.id])).toEqual([]);
    await db.$executeRaw`SELECT "rebuildOfficeDayFigures"()`;
    expect(await kept([office.id, other.id])).toEqual(before);
    expect(await months([office.id, other.id])).toEqual(monthsBefore);
    const licensingBefore = await licensing([office.id, other.id]);
    await db.$executeRaw`DELETE FROM "LicensingStatusCounts" WHERE "officeId" = ${office.id}`;
    await db.$executeRaw`SELECT "rebuildLicensingFigures"()`;
    expect(await licensing([office.id, other.id])).toEqual(licensingBefore);
  });

  it("reads whole months from the month rows and the ends of the period from the day rows", async () => {
    const o = await makeOffice();
    const base = { officeId: o.id, applicantId: citizen.id, municipalityId: o.municipalityId };
    // One application a week over ~5 months, each decided after (week number) hours.
    const first = new Date(now.getTime() - 150 * DAY);
    for (let w = 0; w < 21; w++) {
      const submittedAt = new Date(first.getTime() + w * 7 * DAY);
      await makeApplication({ ...base, status: "REJECTED", submittedAt, decidedAt: new Date(submittedAt.getTime() + (w + 1) * HOUR), slaBreaches: w % 3 });
    }
    await expectConsistent([o.id]);
    const period = { from: new Date(now.getTime() - 120 * DAY), to: now };
    // What the applications say for the same Riyadh days, counted directly.
    const days = periodDays(period);
    const [direct] = await db.$queryRaw<{ n: number; br: number; median: number }[]>`
      SELECT count(*)::int AS n, sum("slaBreaches")::int AS br,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM ("decidedAt" - "submittedAt")) / 3600)::float8 AS median
        FROM "LicenseApplication"
       WHERE "officeId" = ${o.id} AND ("submittedAt" AT TIME ZONE 'Asia/Riyadh')::date >= ${days.from}::date
         AND ("submittedAt" AT TIME ZONE 'Asia/Riyadh')::date < ${days.to}::date`;
    const [card] = await computeScorecards(db, [o.id], period);
    expect(splitPeriod(days).months).not.toBeNull();
    expect(direct!.n).toBeGreaterThan(10);
    expect(card).toMatchObject({ applications: direct!.n, slaBreaches: direct!.br, medianHours: Math.round(direct!.median * 10) / 10 });
  });

  it("gives the scorecard its figures: the median of the merged histograms", async () => {
    const o = await makeOffice();
    const base = { officeId: o.id, applicantId: citizen.id, municipalityId: o.municipalityId };
    const t = new Date(now.getTime() - 5 * DAY);
    // Decided after 2, 4, 4.5 and 9 hours, on different days: the median is (4 + 4.5) / 2 = 4.25 → 4.3 shown.
    for (const [i, h] of [2, 4, 4.5, 9].entries()) {
      const submittedAt = new Date(t.getTime() + i * DAY);
      await makeApplication({ ...base, status: "REJECTED", submittedAt, decidedAt: new Date(submittedAt.getTime() + h * HOUR) });
    }
    const [card] = await computeScorecards(db, [o.id], { from: new Date(now.getTime() - 30 * DAY), to: now });
    expect(card).toMatchObject({ applications: 4, decided: 4, medianHours: 4.3 });
  });
});
