/**
 * Spot checks → penalties from the contract's clauses → fine bill paid at the bank → suspension that
 * takes effect at once (the office's members are refused, its open applications offered for
 * reassignment) → the citizen moves the application → appeal accepted → the office acts again.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { officeTake } from "@/lib/domain/licensing/commands/office-review";
import { PROBATION_CLAUSES } from "@/lib/domain/offices/clause-set";
import { rateOffice, reassignApplication } from "@/lib/domain/offices/commands/citizen";
import { appealPenalty } from "@/lib/domain/offices/commands/appeal-penalty";
import { decideAppeal } from "@/lib/domain/offices/commands/decide-appeal";
import { decidePenalty } from "@/lib/domain/offices/commands/decide-penalty";
import { recordSpotCheck, sampleSpotChecks, randomSample, sampleSize } from "@/lib/domain/offices/commands/spot-checks";
import { committeePenalties, officeCompliance } from "@/lib/domain/offices/queries/penalties";
import { endSuspensionsJob, proposeSlaPenaltiesJob, riyadhMonth } from "@/lib/domain/offices/jobs";
import { actorOf, DAY, makeApplication, makeLicense, makeOffice, makeUser, type FixtureOffice } from "@/lib/domain/offices/test-support";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { isAppError, type AppError } from "@/lib/errors";
import { appealDeadline } from "@/lib/domain/offices/rules";

const SECRET = "penalties-test-secret-0123456789";
// The command reads "from" and "to" as Riyadh calendar days: after 21:00 UTC, the UTC date would end "today" early.
const iso = riyadhDay;
let office: FixtureOffice;
let target: FixtureOffice;
let committee: Actor;
let inspector: Actor;
let otherInspector: Actor;
let citizen: Actor;
let stranger: Actor;
let openAppId: string;
let secondAppId: string;
const checks: string[] = [];

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}
async function sms(template: string, to?: string) {
  return db.outboxMessage.findMany({ where: { template, ...(to ? { to } : {}) } as never });
}

beforeAll(async () => {
  // A newly accredited office on the probation clauses: 1st finding → fine, 2nd → suspension.
  office = await makeOffice({ clauses: PROBATION_CLAUSES, spotCheckPercent: 10 });
  target = await makeOffice();
  committee = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.committee" } })).id);
  inspector = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.inspector" } })).id);
  const other = await makeUser();
  const amanah = await db.municipality.findUniqueOrThrow({ where: { code: "EP-KHB" }, select: { amanahId: true, id: true } });
  await db.staffAssignment.create({ data: { userId: other.id, role: "FIELD_INSPECTOR", amanahId: amanah.amanahId, municipalityId: amanah.id } });
  otherInspector = await actorOf(other.id);
  const c = await makeUser({ nationalId: "1999999993" });
  citizen = await actorOf(c.id);
  stranger = await actorOf((await makeUser({ nationalId: "1888888884" })).id);
  for (let i = 0; i < 20; i++) await makeLicense({ officeId: office.id, municipalityId: office.municipalityId, issuedAt: new Date(Date.now() - (i + 1) * DAY) });
  openAppId = (await makeApplication({ officeId: office.id, applicantId: citizen.userId, applicantNationalId: "1999999993", municipalityId: office.municipalityId, status: "OFFICE_REVIEW", submittedAt: new Date() })).id;
  secondAppId = (await makeApplication({ officeId: office.id, applicantId: c.id, municipalityId: office.municipalityId, status: "SUBMITTED", submittedAt: new Date() })).id;
});

describe("sampling", () => {
  it("takes the contract's share at random, at least one, never a license twice", () => {
    expect(sampleSize(20, 10)).toBe(2);
    expect(sampleSize(3, 10)).toBe(1);
    expect(sampleSize(0, 10)).toBe(0);
    const s = randomSample([1, 2, 3, 4, 5], 3);
    expect(new Set(s).size).toBe(3);
  });

  it("samples 10% of the office's licenses of the period and assigns them to the chosen inspector", async () => {
    const from = iso(new Date(Date.now() - 30 * DAY));
    const to = iso(new Date());
    const r = await sampleSpotChecks.execute(committee, { officeId: office.id, from, to, inspectorId: inspector.userId });
    expect(r).toEqual({ sampled: 2, issued: 20, percent: 10 });
    const rows = await db.spotCheck.findMany({ where: { officeId: office.id }, select: { id: true, licenseId: true, inspectorId: true, status: true } });
    expect(rows).toHaveLength(2);
    expect(rows.every((x) => x.inspectorId === inspector.userId && x.status === "PENDING")).toBe(true);
    checks.push(...rows.map((x) => x.id));
    // Again: only the 18 never checked are candidates.
    const again = await sampleSpotChecks.execute(committee, { officeId: office.id, from, to, inspectorId: "auto" });
    expect(again.issued).toBe(18);
    const licenseIds = (await db.spotCheck.findMany({ where: { officeId: office.id }, select: { licenseId: true } })).map((x) => x.licenseId);
    expect(new Set(licenseIds).size).toBe(licenseIds.length);
  });

  it("refuses a period without licenses and an inspector who is not one", async () => {
    expect((await errorOf(sampleSpotChecks.execute(committee, { officeId: office.id, from: "2020-01-01", to: "2020-01-31" }))).message).toBe("penalties:errors.nothingToSample");
    const e = await errorOf(sampleSpotChecks.execute(committee, { officeId: office.id, from: "2020-01-01", to: "2030-01-31", inspectorId: citizen.userId }));
    expect(e.fieldErrors?.inspectorId).toBe("penalties:errors.inspectorNotEligible");
  });
});

describe("findings, fine and suspension", () => {
  it("only the assigned inspector records, and a finding needs a note", async () => {
    expect((await errorOf(recordSpotCheck.execute(otherInspector, { spotCheckId: checks[0], result: "PASSED" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(recordSpotCheck.execute(inspector, { spotCheckId: checks[0], result: "FINDING", note: "" }))).fieldErrors?.note).toMatch(/textTooShort/);
  });

  it("a first finding proposes the probation fine; the committee confirms; the office pays at the bank", async () => {
    const r = await recordSpotCheck.execute(inspector, { spotCheckId: checks[0], result: "FINDING", note: "اللوحة التجارية أكبر من المساحة المرخصة" });
    expect(r.penalty?.kind).toBe("FINE");
    expect((await errorOf(recordSpotCheck.execute(inspector, { spotCheckId: checks[0], result: "PASSED" }))).message).toBe("penalties:errors.alreadyRecorded");
    const p = await db.officePenalty.findFirstOrThrow({ where: { officeId: office.id, status: "PROPOSED" } });
    expect(p).toMatchObject({ kind: "FINE", fineHalalas: 500_000, trigger: "SPOT_CHECK_FINDING", spotCheckId: checks[0] });
    const proposed = (await committeePenalties(committee, { tab: "proposed" })).rows.find((x) => x.id === p.id)!;
    expect(proposed.availableEvents).toEqual(["confirm", "dismiss"]);

    const d = await decidePenalty.execute(committee, { penaltyId: p.id, decision: "CONFIRM" });
    expect(d.status).toBe("CONFIRMED");
    const bill = await db.bill.findUniqueOrThrow({ where: { number: d.billNumber! } });
    const officeRow = await db.licensingOffice.findUniqueOrThrow({ where: { id: office.id } });
    expect(bill).toMatchObject({ subjectType: "OfficePenalty", subjectId: p.id, payerCrNumber: officeRow.commercialRegNo, totalHalalas: 500_000, status: "UNPAID" });
    const after = await db.officePenalty.findUniqueOrThrow({ where: { id: p.id } });
    expect(after.status).toBe("CONFIRMED");
    expect(after.appealUntil).toEqual(appealDeadline(after.decidedAt!)); // APPEAL_DAYS working days
    expect(after.appealUntil!.getTime() - after.decidedAt!.getTime()).toBeGreaterThanOrEqual(12 * DAY);
    const manager = await db.user.findUniqueOrThrow({ where: { id: office.managerId } });
    expect((await sms("penaltyConfirmed", manager.mobile)).length).toBe(1);
    expect((await errorOf(decidePenalty.execute(committee, { penaltyId: p.id, decision: "CONFIRM" }))).message).toBe("penalties:errors.alreadyDecided");

    const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber: bill.number, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
    await processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
    expect((await db.bill.findUniqueOrThrow({ where: { id: bill.id } })).status).toBe("PAID");
    expect(await db.auditLog.count({ where: { action: "offices.finePaid", entityId: p.id } })).toBe(1);
  });

  it("a second finding proposes a suspension that takes effect at once when confirmed", async () => {
    const r = await recordSpotCheck.execute(inspector, { spotCheckId: checks[1], result: "FINDING", note: "النشاط الفعلي لا يطابق النشاط المرخص" });
    expect(r.penalty?.kind).toBe("SUSPENSION");
    const p = await db.officePenalty.findFirstOrThrow({ where: { officeId: office.id, status: "PROPOSED" } });
    const agentBefore = await actorOf(office.agentId);
    expect(agentBefore.roles).toContain("OFFICE_AGENT");

    const d = await decidePenalty.execute(committee, { penaltyId: p.id, decision: "CONFIRM", note: "تكرار المخالفة" });
    expect(d.offered).toBe(2);
    const o = await db.licensingOffice.findUniqueOrThrow({ where: { id: office.id } });
    expect(o.status).toBe("SUSPENDED");
    expect(Math.abs(o.suspendedUntil!.getTime() - (Date.now() + 30 * DAY))).toBeLessThan(60_000);
    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id: openAppId } });
    expect(app.reassignOfferedAt).not.toBeNull();
    expect((await sms("reassignOffer", citizen.mobile)).length).toBe(2);

    // The agent's next action is refused with the message that says why.
    const agent = await actorOf(office.agentId);
    expect(agent.roles).not.toContain("OFFICE_AGENT");
    expect(agent.officeBlock).toMatchObject({ officeId: office.id, status: "SUSPENDED", roles: ["OFFICE_AGENT"] });
    const e = await errorOf(officeTake.execute(agent, { applicationId: secondAppId }));
    expect(e.code).toBe("FORBIDDEN");
    expect(e.message).toBe("penalties:errors.officeSuspended");
    expect(e.params?.until).toBeTruthy();
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: secondAppId } })).status).toBe("SUBMITTED");
  });

  it("the citizen moves the application to another office and is told by SMS; nobody else can", async () => {
    expect((await errorOf(reassignApplication.execute(stranger, { applicationId: openAppId, officeId: "auto" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(reassignApplication.execute(citizen, { applicationId: openAppId, officeId: office.id }))).fieldErrors?.officeId).toBe("licensing:errors.officeNotEligible");
    const r = await reassignApplication.execute(citizen, { applicationId: openAppId, officeId: target.id });
    expect(r).toMatchObject({ status: "SUBMITTED", officeCode: target.code });
    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id: openAppId } });
    expect(app).toMatchObject({ officeId: target.id, status: "SUBMITTED", reassignOfferedAt: null });
    const texts = await sms("applicationReassigned", citizen.mobile);
    expect(texts).toHaveLength(1);
    const hist = await db.applicationHistory.findFirstOrThrow({ where: { applicationId: openAppId, event: "reassign" } });
    expect(hist).toMatchObject({ fromStatus: "OFFICE_REVIEW", toStatus: "SUBMITTED", actorRole: "CITIZEN" });
    expect((await errorOf(reassignApplication.execute(citizen, { applicationId: openAppId, officeId: "auto" }))).message).toBe("penalties:errors.notReassignable");
  });

  it("the suspended manager appeals (the agent cannot); the committee accepts; the office acts again", async () => {
    const p = await db.officePenalty.findFirstOrThrow({ where: { officeId: office.id, kind: "SUSPENSION" } });
    const manager = await actorOf(office.managerId);
    expect(manager.roles).not.toContain("OFFICE_MANAGER");
    const agent = await actorOf(office.agentId);
    expect((await errorOf(appealPenalty.execute(agent, { penaltyId: p.id, reason: "نطلب إعادة النظر في قرار الإيقاف لأن المخالفة فردية" }))).message).toBe("FORBIDDEN");
    expect((await errorOf(appealPenalty.execute(manager, { penaltyId: p.id, reason: "قصير" }))).fieldErrors?.reason).toMatch(/textTooShort/);
    // What the pages offer follows the workflow: the suspended manager may appeal, the committee may not.
    const before = (await officeCompliance(manager)).penalties.find((x) => x.id === p.id)!;
    expect(before.availableEvents).toEqual(["appeal"]);
    const { appealId } = await appealPenalty.execute(manager, { penaltyId: p.id, reason: "نطلب إعادة النظر في قرار الإيقاف لأن المخالفة فردية وصُححت" });
    expect((await errorOf(appealPenalty.execute(manager, { penaltyId: p.id, reason: "تظلم ثانٍ على القرار نفسه للمرة الثانية" }))).message).toBe("penalties:errors.alreadyAppealed");
    expect((await officeCompliance(manager)).penalties.find((x) => x.id === p.id)!.availableEvents).toEqual([]);
    const appeals = await committeePenalties(committee, { tab: "appeals" });
    const row = appeals.rows.find((x) => x.id === p.id)!;
    expect(row.availableEvents).toEqual([]);
    expect(row.appeal?.availableEvents).toEqual(["accept", "reject"]);
    // Another office's manager does not see this penalty.
    const targetManager = await actorOf(target.managerId);
    expect((await errorOf(appealPenalty.execute(targetManager, { penaltyId: p.id, reason: "تظلم من مكتب آخر على عقوبة ليست له" }))).code).toBe("NOT_FOUND");

    await decideAppeal.execute(committee, { appealId, decision: "ACCEPT" });
    expect((await db.licensingOffice.findUniqueOrThrow({ where: { id: office.id } })).status).toBe("ACTIVE");
    expect((await db.officePenalty.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("LIFTED");
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: secondAppId } })).reassignOfferedAt).toBeNull();
    const agentAgain = await actorOf(office.agentId);
    expect(agentAgain.roles).toContain("OFFICE_AGENT");
    expect(agentAgain.officeBlock).toBeNull();
    const moved = await officeTake.execute(agentAgain, { applicationId: secondAppId });
    expect(moved.status).toBe("OFFICE_REVIEW");
    const mgr = await db.user.findUniqueOrThrow({ where: { id: office.managerId } });
    expect((await sms("appealDecided", mgr.mobile)).length).toBe(1);
  });

  it("an accepted appeal against an unpaid fine cancels its bill; a rejected one needs a reason", async () => {
    const o2 = await makeOffice({ clauses: PROBATION_CLAUSES });
    const lic = await makeLicense({ officeId: o2.id, municipalityId: o2.municipalityId, issuedAt: new Date(Date.now() - DAY) });
    const check = await db.spotCheck.create({ data: { officeId: o2.id, licenseId: lic.id, sampledById: committee.userId, inspectorId: inspector.userId } });
    await recordSpotCheck.execute(inspector, { spotCheckId: check.id, result: "FINDING", note: "مخالفة اشتراطات السلامة في المحل" });
    const p = await db.officePenalty.findFirstOrThrow({ where: { officeId: o2.id } });
    const d = await decidePenalty.execute(committee, { penaltyId: p.id, decision: "CONFIRM" });
    const m2 = await actorOf(o2.managerId);
    const { appealId } = await appealPenalty.execute(m2, { penaltyId: p.id, reason: "المحل صحح المخالفة قبل صدور الرخصة بحسب المرفقات" });
    expect((await errorOf(decideAppeal.execute(committee, { appealId, decision: "REJECT", note: "" }))).fieldErrors?.note).toMatch(/textTooShort/);
    await decideAppeal.execute(committee, { appealId, decision: "ACCEPT", note: "ثبت التصحيح" });
    expect((await db.bill.findUniqueOrThrow({ where: { number: d.billNumber! } })).status).toBe("CANCELLED");
  });

  it("a dismissed proposal does not count toward the next occurrence; the appeal window closes after 15 days", async () => {
    const o3 = await makeOffice({ clauses: PROBATION_CLAUSES });
    const mk = async () => {
      const lic = await makeLicense({ officeId: o3.id, municipalityId: o3.municipalityId, issuedAt: new Date(Date.now() - DAY) });
      const c = await db.spotCheck.create({ data: { officeId: o3.id, licenseId: lic.id, sampledById: committee.userId, inspectorId: inspector.userId } });
      return recordSpotCheck.execute(inspector, { spotCheckId: c.id, result: "FINDING", note: "مخالفة في اشتراطات اللوحة التجارية" });
    };
    const first = await mk();
    const p1 = await db.officePenalty.findFirstOrThrow({ where: { number: first.penalty!.number } });
    expect((await errorOf(decidePenalty.execute(committee, { penaltyId: p1.id, decision: "DISMISS", note: "" }))).fieldErrors?.note).toMatch(/textTooShort/);
    await decidePenalty.execute(committee, { penaltyId: p1.id, decision: "DISMISS", note: "الملاحظة لا ترقى لمخالفة" });
    const second = await mk();
    expect(second.penalty!.kind).toBe("FINE");
    const p2 = await db.officePenalty.findFirstOrThrow({ where: { number: second.penalty!.number } });
    await decidePenalty.execute(committee, { penaltyId: p2.id, decision: "CONFIRM" });
    const m3 = await actorOf(o3.managerId);
    expect((await officeCompliance(m3)).penalties.find((x) => x.id === p2.id)!.availableEvents).toEqual(["appeal"]);
    await db.officePenalty.update({ where: { id: p2.id }, data: { appealUntil: new Date(Date.now() - 1000) } });
    expect((await officeCompliance(m3)).penalties.find((x) => x.id === p2.id)!.availableEvents).toEqual([]);
    expect((await errorOf(appealPenalty.execute(m3, { penaltyId: p2.id, reason: "تظلم بعد انتهاء المهلة المحددة للتظلم" }))).message).toBe("penalties:errors.appealWindowClosed");
  });

  it("SLA breaches propose the contract's SLA clauses, once per ten breaches in a month", async () => {
    const o5 = await makeOffice();
    const start = riyadhMonth(new Date()).from;
    const at = new Date(Math.max(start.getTime() + 1000, Date.now() - 1000));
    for (const breaches of [9, 8, 6]) await makeApplication({ officeId: o5.id, applicantId: citizen.userId, municipalityId: o5.municipalityId, status: "OFFICE_REVIEW", submittedAt: at, slaBreaches: breaches });
    await proposeSlaPenaltiesJob(new Date());
    const proposed = await db.officePenalty.findMany({ where: { officeId: o5.id }, orderBy: { number: "asc" }, select: { kind: true, trigger: true, status: true, fineHalalas: true } });
    // 23 breaches → occurrences 1 and 2 of the standard SLA clauses: a warning, then a 2,000 SAR fine.
    expect(proposed).toEqual([
      { kind: "WARNING", trigger: "SLA_BREACH", status: "PROPOSED", fineHalalas: null },
      { kind: "FINE", trigger: "SLA_BREACH", status: "PROPOSED", fineHalalas: 200_000 },
    ]);
    await proposeSlaPenaltiesJob(new Date());
    expect(await db.officePenalty.count({ where: { officeId: o5.id } })).toBe(2);
  });

  it("the job ends a suspension whose end date passed", async () => {
    const o4 = await makeOffice();
    await db.licensingOffice.update({ where: { id: o4.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() - 1000) } });
    const r = await endSuspensionsJob(new Date());
    expect(r.ended).toBeGreaterThanOrEqual(1);
    expect((await db.licensingOffice.findUniqueOrThrow({ where: { id: o4.id } })).status).toBe("ACTIVE");
    expect((await endSuspensionsJob(new Date())).ended).toBe(0);
  });
});

describe("citizens' ratings", () => {
  it("once, by the applicant, after the decision", async () => {
    const open = await makeApplication({ officeId: target.id, applicantId: citizen.userId, municipalityId: target.municipalityId, status: "OFFICE_REVIEW", submittedAt: new Date() });
    expect((await errorOf(rateOffice.execute(citizen, { applicationId: open.id, rating: 5 }))).message).toBe("penalties:errors.notRateableYet");
    const done = await makeApplication({ officeId: target.id, applicantId: citizen.userId, municipalityId: target.municipalityId, status: "ISSUED", submittedAt: new Date(), issuedAt: new Date() });
    expect((await errorOf(rateOffice.execute(stranger, { applicationId: done.id, rating: 5 }))).code).toBe("NOT_FOUND");
    expect((await errorOf(rateOffice.execute(citizen, { applicationId: done.id, rating: 6 }))).fieldErrors?.rating).toBe("penalties:errors.chooseRating");
    await rateOffice.execute(citizen, { applicationId: done.id, rating: 4, comment: "خدمة سريعة" });
    expect((await errorOf(rateOffice.execute(citizen, { applicationId: done.id, rating: 5 }))).message).toBe("penalties:errors.alreadyRated");
    expect(await db.officeRating.findUniqueOrThrow({ where: { applicationId: done.id } })).toMatchObject({ officeId: target.id, rating: 4 });
  });
});
