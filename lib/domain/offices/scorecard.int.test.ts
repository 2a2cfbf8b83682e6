/**
 * Scorecards are computed from the data: a fixture office with known figures gives known numbers,
 * and what lies outside the period (or belongs to another office) does not count.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeScorecards, municipalityRanking } from "@/lib/domain/offices/scorecard";
import { DAY, HOUR, makeApplication, makeLicense, makeOffice, makeUser, type FixtureOffice } from "@/lib/domain/offices/test-support";

const now = new Date();
const period = { from: new Date(now.getTime() - 30 * DAY), to: now };
const t0 = new Date(now.getTime() - 20 * DAY);
let office: FixtureOffice;
let other: FixtureOffice;

beforeAll(async () => {
  office = await makeOffice({ maxMedianHours: 48 });
  other = await makeOffice();
  const citizen = await makeUser();
  const base = { officeId: office.id, applicantId: citizen.id, municipalityId: office.municipalityId };
  // In the period: decided after 10 h, 20 h (issued), 30 h; one still open. SLA breaches 1 + 0 + 2 + 0; one returned.
  const a1 = await makeApplication({ ...base, status: "REJECTED", submittedAt: t0, decidedAt: new Date(t0.getTime() + 10 * HOUR), slaBreaches: 1 });
  const a2 = await makeApplication({ ...base, status: "ISSUED", submittedAt: t0, decidedAt: null, issuedAt: new Date(t0.getTime() + 20 * HOUR), returnCount: 1 });
  const a3 = await makeApplication({ ...base, status: "AWAITING_PAYMENT", submittedAt: t0, decidedAt: new Date(t0.getTime() + 30 * HOUR), slaBreaches: 2 });
  await makeApplication({ ...base, status: "OFFICE_REVIEW", submittedAt: t0 });
  // Outside the period: must not count anywhere (submitted and decided 40 days ago, 500 h, breaches, returned).
  const old = new Date(now.getTime() - 60 * DAY);
  const a5 = await makeApplication({ ...base, status: "REJECTED", submittedAt: old, decidedAt: new Date(old.getTime() + 500 * HOUR), slaBreaches: 9, returnCount: 3 });
  // Another office's application in the period.
  await makeApplication({ ...base, officeId: other.id, status: "REJECTED", submittedAt: t0, decidedAt: new Date(t0.getTime() + 1 * HOUR), slaBreaches: 5 });

  // Spot checks: one finding, one passed in the period; one pending and one old finding that do not count.
  const licenses = await Promise.all([0, 1, 2, 3].map(() => makeLicense({ officeId: office.id, municipalityId: office.municipalityId, issuedAt: old })));
  const committee = await db.user.findFirstOrThrow({ where: { username: "staff.committee" }, select: { id: true } });
  const check = (i: number, status: "PENDING" | "PASSED" | "FINDING", checkedAt: Date | null) =>
    db.spotCheck.create({ data: { officeId: office.id, licenseId: licenses[i]!.id, sampledById: committee.id, status, checkedAt } });
  await check(0, "FINDING", new Date(now.getTime() - 5 * DAY));
  await check(1, "PASSED", new Date(now.getTime() - 4 * DAY));
  await check(2, "PENDING", null);
  await check(3, "FINDING", new Date(now.getTime() - 50 * DAY));

  // Complaints: two in the period, one suggestion, one old complaint.
  const fb = (kind: "COMPLAINT" | "SUGGESTION", createdAt: Date, n: number) =>
    db.officeFeedback.create({ data: { number: `FBT${Date.now() % 1e8}${n}`, officeId: office.id, fromUserId: citizen.id, fromKind: "CITIZEN", kind, subject: "s", body: "b", createdAt } });
  await fb("COMPLAINT", t0, 1);
  await fb("COMPLAINT", t0, 2);
  await fb("SUGGESTION", t0, 3);
  await fb("COMPLAINT", old, 4);

  // Ratings 5, 4, 3 in the period (average 4); an old 1-star rating does not count.
  const rate = (applicationId: string, rating: number, createdAt: Date) => db.officeRating.create({ data: { applicationId, officeId: office.id, rating, createdAt } });
  await rate(a1.id, 5, t0);
  await rate(a2.id, 4, t0);
  await rate(a3.id, 3, t0);
  await rate(a5.id, 1, old);
});

describe("office scorecard", () => {
  it("gives the known figures of the fixture", async () => {
    const [card] = await computeScorecards(db, [office.id], period);
    expect(card).toMatchObject({
      code: office.code,
      applications: 4,
      decided: 3,
      medianHours: 20,
      slaBreaches: 3,
      returned: 1,
      spotChecks: 2,
      spotCheckFindings: 1,
      complaints: 2,
      ratingCount: 3,
      ratingAverage: 4,
      targetMedianHours: 48,
    });
    // 25·1 (20 h ≤ 48 h) + 20·(1 − 3/4) + 15·(1 − 1/4) + 15·(1 − 1/2) + 10·0 (2 complaints / 4 apps ≥ 1/10) + 15·(4 − 1)/4 = 60
    expect(card!.score).toBe(60);
  });

  it("counts only the period: a longer period includes the old figures", async () => {
    const [card] = await computeScorecards(db, [office.id], { from: new Date(now.getTime() - 90 * DAY), to: now });
    expect(card).toMatchObject({ applications: 5, slaBreaches: 12, returned: 2, spotChecks: 3, spotCheckFindings: 2, complaints: 3, ratingCount: 4, ratingAverage: 3.25 });
    // median of 10, 20, 30, 500 h = 25 h
    expect(card!.medianHours).toBe(25);
  });

  it("ranks offices by score and leaves an office without applications unranked", async () => {
    const empty = await makeOffice();
    const cards = await computeScorecards(db, [office.id, other.id, empty.id], period);
    const byCode = new Map(cards.map((c) => [c.code, c]));
    // The other office: 1 application decided in 1 h with 5 breaches → 25 + 0 + 15 + 15 + 10 + 7.5 = 72.5
    expect(byCode.get(other.code)!.score).toBe(72.5);
    expect(byCode.get(other.code)!.rank).toBe(1);
    expect(byCode.get(office.code)!.rank).toBe(2);
    expect(byCode.get(empty.code)!.score).toBeNull();
    expect(byCode.get(empty.code)!.rank).toBeNull();
    expect(cards.at(-1)!.code).toBe(empty.code);
  });

  it("the public ranking lists the municipality's active and suspended offices only", async () => {
    await db.licensingOffice.update({ where: { id: other.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(now.getTime() + 5 * DAY) } });
    const revoked = await makeOffice();
    await db.licensingOffice.update({ where: { id: revoked.id }, data: { status: "REVOKED" } });
    const ranking = await municipalityRanking(db, office.municipalityId, period);
    const codes = ranking.map((r) => r.code);
    expect(codes).toContain(office.code);
    expect(ranking.find((r) => r.code === other.code)?.status).toBe("SUSPENDED");
    expect(codes).not.toContain(revoked.code);
    const qatif = await db.municipality.findUniqueOrThrow({ where: { code: "EP-QTF" } });
    expect((await municipalityRanking(db, qatif.id, period)).map((r) => r.code)).not.toContain(office.code);
  });
});
