/**
 * Fixture builders for the supervision tests (integration only): an office with its members and
 * contract, applications with known timings, licenses to spot-check. Never imported by the app.
 */
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { createContract, type ClauseSpec } from "@/lib/domain/offices/clauses";

let seq = 0;
const uniq = () => `${Date.now().toString(36).slice(-4)}${(++seq).toString().padStart(3, "0")}`;
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export async function municipality(code: string) {
  return db.municipality.findUniqueOrThrow({ where: { code }, select: { id: true, amanahId: true } });
}

export async function makeUser(opts: { nationalId?: string; role?: string } = {}) {
  const u = uniq();
  return db.user.create({
    data: { username: opts.nationalId ? null : `t.${u}`, nationalId: opts.nationalId ?? null, nameAr: `مستخدم ${u}`, nameEn: `User ${u}`, mobile: `9665${digits(8)}`, passwordHash: "x" },
    select: { id: true, mobile: true },
  });
}

export async function actorOf(userId: string): Promise<Actor> {
  const a = await loadActor(db, userId);
  if (!a) throw new Error("no actor");
  return a;
}

export type FixtureOffice = { id: string; code: string; nameAr: string; nameEn: string; managerId: string; agentId: string; municipalityId: string };

/** An ACTIVE office covering one municipality, with a manager and an agent, and a contract with `clauses` (standard by default). */
export async function makeOffice(opts: { municipalityCode?: string; clauses?: readonly ClauseSpec[]; maxMedianHours?: number; spotCheckPercent?: number } = {}): Promise<FixtureOffice> {
  const m = await municipality(opts.municipalityCode ?? "EP-KHB");
  const u = uniq();
  const office = await db.licensingOffice.create({
    data: {
      code: `OFF-T${u}`.toUpperCase(),
      nameAr: `مكتب الاختبار ${u}`,
      nameEn: `Test office ${u}`,
      commercialRegNo: `2051${digits(6)}`,
      phone: `9661${digits(8)}`,
      status: "ACTIVE",
      amanahId: m.amanahId,
      serviceTypes: ["COMMERCIAL"],
      coverage: { create: [{ municipalityId: m.id }] },
    },
    select: { id: true, code: true, nameAr: true, nameEn: true },
  });
  const manager = await makeUser();
  const agent = await makeUser();
  await db.officeMember.createMany({ data: [{ officeId: office.id, userId: manager.id, role: "MANAGER" }, { officeId: office.id, userId: agent.id, role: "AGENT" }] });
  await db.$transaction((tx) =>
    createContract(tx, { system: "test" }, office, {
      startsAt: new Date(Date.now() - 400 * DAY),
      endsAt: new Date(Date.now() + 365 * DAY),
      municipalityIds: [m.id],
      serviceTypes: ["COMMERCIAL"],
      maxMedianHours: opts.maxMedianHours,
      spotCheckPercent: opts.spotCheckPercent,
      clauses: opts.clauses,
    }),
  );
  return { ...office, managerId: manager.id, agentId: agent.id, municipalityId: m.id };
}

type AppOpts = {
  officeId: string;
  applicantId: string;
  applicantNationalId?: string;
  municipalityId: string;
  status?: "SUBMITTED" | "OFFICE_REVIEW" | "RETURNED" | "AWAITING_PAYMENT" | "ISSUED" | "REJECTED";
  submittedAt: Date;
  decidedAt?: Date | null;
  issuedAt?: Date | null;
  slaBreaches?: number;
  returnCount?: number;
};

export async function makeApplication(o: AppOpts) {
  const activity = await db.activity.findFirstOrThrow({ where: { requiresHealthLicense: false }, select: { id: true } });
  return db.licenseApplication.create({
    data: {
      number: `TA${uniq()}`,
      applicantId: o.applicantId,
      applicantNationalId: o.applicantNationalId ?? "1000000000",
      kind: "COMMERCIAL",
      status: o.status ?? "SUBMITTED",
      tradeNameAr: "محل اختبار",
      commercialRegNo: `2051${digits(6)}`,
      activityId: activity.id,
      municipalityId: o.municipalityId,
      officeId: o.officeId,
      submittedAt: o.submittedAt,
      stateEnteredAt: o.submittedAt,
      decidedAt: o.decidedAt ?? null,
      issuedAt: o.issuedAt ?? null,
      slaBreaches: o.slaBreaches ?? 0,
      returnCount: o.returnCount ?? 0,
    },
    select: { id: true, number: true },
  });
}

/** A license the office issued at `issuedAt` (with its establishment). */
export async function makeLicense(o: { officeId: string; municipalityId: string; issuedAt: Date; holderNationalId?: string }) {
  const activity = await db.activity.findFirstOrThrow({ where: { requiresHealthLicense: false }, select: { id: true } });
  const est = await db.establishment.create({
    data: { commercialRegNo: `2051${digits(6)}`, tradeNameAr: "منشأة اختبار", ownerNationalId: "1000000000", ownerName: "مالك", ownerMobile: "966500000000", municipalityId: o.municipalityId, activityId: activity.id },
    select: { id: true },
  });
  return db.license.create({
    data: {
      number: `TL${uniq()}`,
      verifyCode: `v${uniq()}${digits(6)}`,
      kind: "COMMERCIAL",
      establishmentId: est.id,
      officeId: o.officeId,
      municipalityId: o.municipalityId,
      activityId: activity.id,
      holderNationalId: o.holderNationalId ?? "1000000000",
      holderName: "مالك",
      holderMobile: "966500000000",
      tradeNameAr: "منشأة اختبار",
      areaM2: 50,
      signAreaM2: 4,
      issuedAt: o.issuedAt,
      validFrom: o.issuedAt,
      expiresAt: new Date(o.issuedAt.getTime() + 365 * DAY),
    },
    select: { id: true, number: true },
  });
}
