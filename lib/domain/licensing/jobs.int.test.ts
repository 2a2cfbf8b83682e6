/**
 * The licensing jobs (SLA breach flags, license expiry, renewal reminders 30 and 7 days ahead) — each
 * idempotent — and the staff KPI (median time from submission to issuance) from known fixtures.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { officeTake } from "@/lib/domain/licensing/commands/office-review";
import { expireLicenses, flagSlaBreaches, sendRenewalReminders } from "@/lib/domain/licensing/jobs";
import { durationParts, licensingKpi } from "@/lib/domain/licensing/queries/kpi";
import { createApplication, uniqueCr } from "@/tests/factories/licensing";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";
import { addWorkingHours, subtractWorkingHours } from "@/lib/kernel/working-days";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let agent: Actor;
let citizen: { nationalId: string; mobile: string };

beforeAll(async () => {
  agent = (await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "office.agent" } })).id))!;
  const u = await db.user.findFirstOrThrow({ where: { nationalId: "1087654321" } });
  citizen = { nationalId: u.nationalId!, mobile: u.mobile };
});

async function license(expiresAt: Date, status: "ACTIVE" | "CANCELLED" = "ACTIVE") {
  const municipality = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } });
  const activity = await db.activity.findUniqueOrThrow({ where: { isicCode: "474101" } });
  const cr = uniqueCr();
  const est = await db.establishment.create({
    data: { commercialRegNo: cr, tradeNameAr: "متجر التذكير", ownerNationalId: citizen.nationalId, ownerName: "عبدالله", ownerMobile: citizen.mobile, municipalityId: municipality.id, activityId: activity.id },
  });
  return db.license.create({
    data: {
      number: `L${randomBytes(4).readUInt32BE() % 100_000_000}`,
      verifyCode: randomBytes(12).toString("hex"),
      kind: "COMMERCIAL",
      status,
      establishmentId: est.id,
      municipalityId: municipality.id,
      activityId: activity.id,
      holderNationalId: citizen.nationalId,
      holderName: "عبدالله",
      holderMobile: citizen.mobile,
      tradeNameAr: "متجر التذكير",
      areaM2: 40,
      signAreaM2: 3,
      issuedAt: new Date(expiresAt.getTime() - 365 * DAY),
      validFrom: new Date(expiresAt.getTime() - 365 * DAY),
      expiresAt,
    },
  });
}

describe("SLA breach flags", () => {
  it("flags an application once per state entry, and again after it moves into a state that runs late", async () => {
    const now = new Date();
    // The SLA counts working hours (lib/kernel/working-days.ts): "5 working hours ago" whatever day the test runs.
    const late = await createApplication(db, { status: "SUBMITTED", stateEnteredAt: subtractWorkingHours(now, 5) }); // SLA 4 h
    const onTime = await createApplication(db, { status: "SUBMITTED", stateEnteredAt: subtractWorkingHours(now, 1) });
    const returned = await createApplication(db, { status: "RETURNED", stateEnteredAt: new Date(now.getTime() - 30 * DAY) }); // no SLA

    const first = await flagSlaBreaches(now);
    expect(first.flagged).toBeGreaterThanOrEqual(1);
    const row = await db.licenseApplication.findUniqueOrThrow({ where: { id: late.id } });
    expect(row.slaBreaches).toBe(1);
    expect(row.slaBreachedAt?.getTime()).toBe(now.getTime());
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: onTime.id } })).slaBreaches).toBe(0);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: returned.id } })).slaBreaches).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: late.id, action: "licensing.slaBreach" } })).toBe(1);

    // idempotent: a second run (or a second worker) does nothing more
    expect((await flagSlaBreaches(now)).flagged).toBe(0);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: late.id } })).slaBreaches).toBe(1);

    // taken into review: the clock restarts and the flag clears; 9 working hours later the review (8 h) is late too
    await officeTake.execute(agent, { applicationId: late.id });
    const moved = await db.licenseApplication.findUniqueOrThrow({ where: { id: late.id } });
    expect(moved.slaBreachedAt).toBeNull();
    await flagSlaBreaches(addWorkingHours(new Date(), 7));
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: late.id } })).slaBreaches).toBe(1);
    expect((await flagSlaBreaches(addWorkingHours(new Date(), 9))).flagged).toBeGreaterThanOrEqual(1);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: late.id } })).slaBreaches).toBe(2);
  });
});

describe("license expiry", () => {
  it("expires ACTIVE licenses past their date, once, and leaves the others", async () => {
    const now = new Date();
    const past = await license(new Date(now.getTime() - HOUR));
    const future = await license(new Date(now.getTime() + DAY));
    const cancelled = await license(new Date(now.getTime() - DAY), "CANCELLED");
    const r = await expireLicenses(now);
    expect(r.expired).toBeGreaterThanOrEqual(1);
    expect((await db.license.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("EXPIRED");
    expect((await db.license.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("ACTIVE");
    expect((await db.license.findUniqueOrThrow({ where: { id: cancelled.id } })).status).toBe("CANCELLED");
    expect(await db.auditLog.count({ where: { entityId: past.id, action: "license.expire" } })).toBe(1);
    expect((await expireLicenses(now)).expired).toBe(0);
  });
});

describe("renewal reminders", () => {
  it("texts 30 days ahead and 7 days ahead, each once, never both on one day", async () => {
    const now = new Date();
    const in20 = await license(new Date(now.getTime() + 20 * DAY));
    const in5 = await license(new Date(now.getTime() + 5 * DAY));
    const in60 = await license(new Date(now.getTime() + 60 * DAY));
    const smsOf = (id: string) => db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `license-renewal-reminder:${id}:` } } });

    await sendRenewalReminders(now);
    const s20 = await smsOf(in20.id);
    expect(s20).toHaveLength(1);
    expect(s20[0]!.dedupeKey!).toContain(":30:");
    expect(s20[0]!.body).toContain(in20.number);
    expect(s20[0]!.to).toBe(citizen.mobile);
    expect((await smsOf(in5.id)).map((m) => m.dedupeKey!.split(":")[2])).toEqual(["7"]);
    expect(await smsOf(in60.id)).toHaveLength(0);
    const row5 = await db.license.findUniqueOrThrow({ where: { id: in5.id } });
    expect(row5.reminder7SentAt).not.toBeNull();
    expect(row5.reminder30SentAt).not.toBeNull();

    // idempotent
    await sendRenewalReminders(now);
    expect(await smsOf(in20.id)).toHaveLength(1);
    expect(await smsOf(in5.id)).toHaveLength(1);

    // 14 days later the 20-day license is inside the 7-day window: its second reminder
    await sendRenewalReminders(new Date(now.getTime() + 14 * DAY));
    expect((await smsOf(in20.id)).map((m) => m.dedupeKey!.split(":")[2]).sort()).toEqual(["30", "7"]);
    expect(await smsOf(in5.id)).toHaveLength(1);
  });
});

describe("median time from submission to issuance", () => {
  it("is computed by the database for the staff member's municipalities only", async () => {
    // Two municipalities of their own: the seed's office history (scorecards) issues licenses in every real one.
    const ahsa = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.HOFUF }, select: { amanahId: true } });
    const made = async (code: string) =>
      db.municipality.create({ data: { code, nameAr: code, nameEn: code, amanahId: ahsa.amanahId, billerCode: "399", districts: { create: { nameAr: "حي", nameEn: `${code} district` } } } });
    const hofuf = await made("TST-KPI-A");
    const mubarraz = await made("TST-KPI-B");
    const staff: Actor = { ...agent, roles: ["REVIEWER"], officeId: null, amanahIds: [hofuf.amanahId], municipalityIds: [hofuf.id] };
    const empty = await licensingKpi(staff);
    expect(empty.medianSeconds).toBeNull();
    expect(empty.issued).toBe(0);

    const base = new Date("2026-01-10T06:00:00Z");
    for (const hours of [2, 4, 10]) {
      await createApplication(db, { status: "ISSUED", officeCode: "OFF-NAKHLA", municipalityCode: "TST-KPI-A", submittedAt: base, stateEnteredAt: new Date(base.getTime() + hours * HOUR), issuedAt: new Date(base.getTime() + hours * HOUR) });
    }
    // outside the actor's municipalities: must not count
    await createApplication(db, { status: "ISSUED", officeCode: "OFF-NAKHLA", municipalityCode: "TST-KPI-B", submittedAt: base, stateEnteredAt: new Date(base.getTime() + 100 * HOUR), issuedAt: new Date(base.getTime() + 100 * HOUR) });
    await createApplication(db, { status: "OFFICE_REVIEW", officeCode: "OFF-NAKHLA", municipalityCode: "TST-KPI-A" });
    expect(mubarraz.id).not.toBe(hofuf.id);

    const k = await licensingKpi(staff);
    expect(k.medianSeconds).toBe(4 * 3600);
    expect(k.issued).toBe(3);
    expect(k.byStatus.ISSUED).toBe(3);
    expect(k.byStatus.OFFICE_REVIEW).toBe(1);
    expect(k.open).toBe(1);
    expect(k.byOffice).toHaveLength(1);
    expect(k.byOffice[0]).toMatchObject({ issued: 3, medianSeconds: 4 * 3600 });

    // an even count interpolates (percentile_cont): 2, 4, 10, 20 → 7 h
    await createApplication(db, { status: "ISSUED", officeCode: "OFF-NAKHLA", municipalityCode: "TST-KPI-A", submittedAt: base, stateEnteredAt: new Date(base.getTime() + 20 * HOUR), issuedAt: new Date(base.getTime() + 20 * HOUR) });
    expect((await licensingKpi(staff)).medianSeconds).toBe(7 * 3600);
    // the issuance-day window, in Riyadh days: from 11 January (21:00 UTC on the 10th) only the 20-hour one counts
    expect((await licensingKpi(staff, { from: new Date("2026-01-10T21:00:00Z") })).medianSeconds).toBe(20 * 3600);
    expect((await licensingKpi(staff, { to: new Date("2026-01-10T21:00:00Z") })).medianSeconds).toBe(4 * 3600);
    await expect(licensingKpi({ ...staff, roles: ["OFFICE_AGENT"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(durationParts(7 * 3600)).toEqual({ unit: "hours", count: 7 });
    expect(durationParts(50 * 60)).toEqual({ unit: "minutes", count: 50 });
    expect(durationParts(5 * 86_400)).toEqual({ unit: "days", count: 5 });
  });
});
