/**
 * The daily aggregates against a direct count on the same data (real PostgreSQL): every metric's rows equal a
 * GROUP BY written independently over the operational tables (and, for the SLA steps, a computation in
 * TypeScript from the history rows); late data corrects an old day; the dashboards keep to the actor's scope;
 * the reports job produces each report once and texts its subscribers.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refreshAggregates } from "@/lib/domain/insights/aggregate";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import { addDays } from "@/lib/domain/insights/days";
import { INDICATORS } from "@/lib/domain/insights/indicators";
import { histogramMedian } from "@/lib/domain/insights/median";
import { medians, total } from "@/lib/domain/insights/read";
import { produceReports } from "@/lib/domain/insights/reports";
import { loadDashboard } from "@/lib/domain/insights/queries/dashboard";
import { loadDrill } from "@/lib/domain/insights/queries/drill";
import { STATE_SLA_HOURS } from "@/lib/domain/licensing/workflow";
import { makeBill, TEST_PAYER } from "@/lib/domain/payments/test-support";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { uniqueCr } from "@/tests/factories/licensing";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = new Date();
const TODAY = riyadhDay(NOW);

type Row = { metric: string; day: string; m: string; d: string; a: string; b: string; count: number; amount: number };
const key = (r: Pick<Row, "day" | "m" | "d" | "a" | "b">) => `${r.day}|${r.m}|${r.d}|${r.a}|${r.b}`;

async function aggregated(metric: string): Promise<Map<string, { count: number; amount: number }>> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT metric, to_char(day, 'YYYY-MM-DD') AS day, "municipalityId" AS m, "departmentId" AS d, "dimA" AS a, "dimB" AS b, count, amount::int AS amount
      FROM "InsightDaily" WHERE metric = ${metric}`;
  return new Map(rows.map((r) => [key(r), { count: r.count, amount: r.amount }]));
}

/** A direct count: SQL over the operational tables giving day, m, d, a, b, count, amount (written here, not in the indicator). */
async function direct(sql: string): Promise<Map<string, { count: number; amount: number }>> {
  const rows = await db.$queryRawUnsafe<Omit<Row, "metric">[]>(sql);
  return new Map(rows.map((r) => [key(r), { count: Number(r.count), amount: Number(r.amount) }]));
}

const riyadh = (col: string) => `to_char((${col} AT TIME ZONE 'Asia/Riyadh')::date, 'YYYY-MM-DD')`;

let municipalityId: string;
let khobarId: string;
let categoryIds: string[];
let departmentOf: Map<string, string>;
let districtIds: string[];

async function complaint(createdAt: Date, opts: { resolvedAfterH?: number; rating?: number; overdue?: boolean; district?: boolean; khobar?: boolean; category?: number } = {}) {
  const categoryId = categoryIds[opts.category ?? 0]!;
  return db.complaint.create({
    data: {
      reference: `T${randomBytes(6).toString("hex").slice(0, 12)}`,
      categoryId,
      departmentId: departmentOf.get(categoryId)!,
      municipalityId: opts.khobar ? khobarId : municipalityId,
      districtId: opts.district === false || opts.khobar ? null : districtIds[0],
      description: "اختبار المؤشرات",
      slaDueAt: new Date(createdAt.getTime() + 48 * HOUR),
      createdAt,
      status: opts.resolvedAfterH !== undefined ? "RESOLVED" : "NEW",
      resolvedAt: opts.resolvedAfterH !== undefined ? new Date(createdAt.getTime() + opts.resolvedAfterH * HOUR) : null,
      rating: opts.rating ?? null,
      ratedAt: opts.rating ? new Date(createdAt.getTime() + 60 * HOUR) : null,
      overdueAt: opts.overdue ? new Date(createdAt.getTime() + 48 * HOUR) : null,
    },
  });
}

beforeAll(async () => {
  municipalityId = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL } })).id;
  khobarId = (await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.KHOBAR } })).id;
  const categories = await db.complaintCategory.findMany({ take: 2, orderBy: { code: "asc" } });
  categoryIds = categories.map((c) => c.id);
  departmentOf = new Map(categories.map((c) => [c.id, c.departmentId]));
  districtIds = (await db.district.findMany({ where: { municipalityId }, take: 1 })).map((d) => d.id);
  // Complaints over several days around Riyadh midnight, resolved after known hours, rated, overdue, in two municipalities.
  const base = new Date(`${addDays(TODAY, -20)}T20:30:00Z`); // 23:30 in Riyadh
  await complaint(base, { resolvedAfterH: 5, rating: 4 });
  await complaint(new Date(base.getTime() + HOUR), { resolvedAfterH: 30, rating: 2, category: 1 }); // next Riyadh day
  await complaint(new Date(base.getTime() + 2 * DAY), { overdue: true, district: false });
  await complaint(new Date(base.getTime() + 3 * DAY), { resolvedAfterH: 100, khobar: true, rating: 5 });
  // Violations: one objected, one paid (fine line), in Central Dammam.
  const article = await db.violationArticle.findFirstOrThrow({ orderBy: { code: "asc" } });
  const inspector = await db.user.findUniqueOrThrow({ where: { username: "staff.inspector" } });
  const est = await db.establishment.create({
    data: { commercialRegNo: uniqueCr(), tradeNameAr: "متجر المؤشرات", ownerNationalId: TEST_PAYER.nationalId, ownerName: TEST_PAYER.name, ownerMobile: TEST_PAYER.mobile, municipalityId },
  });
  const violation = (at: Date, fine: number) =>
    db.violation.create({
      data: { number: `V${randomBytes(5).toString("hex")}`, establishmentId: est.id, articleId: article.id, municipalityId, inspectorId: inspector.id, fineHalalas: fine, latitude: 26.43, longitude: 50.1, observedAt: at, createdAt: at },
    });
  const objected = await violation(new Date(base.getTime() - 3 * DAY), 50_000);
  await db.objection.create({ data: { violationId: objected.id, filedById: inspector.id, reason: "اعتراض اختبار", slaDueAt: new Date(base.getTime() + 5 * DAY), filedAt: new Date(base.getTime() - DAY) } });
  const paid = await violation(new Date(base.getTime() - 2 * DAY), 70_000);
  const bill = await makeBill({ subjectType: "Violation", subjectId: paid.id, lines: [{ kind: "FINE", descriptionAr: "غرامة", descriptionEn: "Fine", amountHalalas: 70_000 }] });
  await db.payment.create({ data: { billId: bill.id, bankTxnId: `VIO-${randomBytes(4).toString("hex")}`, bankCode: "TEST", amountHalalas: 70_000, paidAt: base, receiptCode: `R${randomBytes(5).toString("hex")}` } });
  // Kiosk use: a session with two uses and a confirmed card payment, a session without; an appointment attended and
  // one missed (the demo seeds have booked ones), so every new metric has rows to compare.
  const kiosk = await db.kioskDevice.findFirstOrThrow({ orderBy: { code: "asc" } });
  const at = new Date(base.getTime() - 4 * DAY);
  const session = await db.kioskSession.create({ data: { deviceId: kiosk.id, tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(at.getTime() + HOUR), createdAt: at, verifiedAt: at } });
  await db.kioskSession.create({ data: { deviceId: kiosk.id, tokenHash: randomBytes(32).toString("hex"), expiresAt: new Date(at.getTime() + 2 * HOUR), createdAt: new Date(at.getTime() + HOUR) } });
  await db.kioskUsage.createMany({ data: [{ deviceId: kiosk.id, service: "IDENTIFY", at }, { deviceId: kiosk.id, service: "PAYMENT", at }] });
  await db.kioskPayment.create({
    data: { reference: `KP${randomBytes(5).toString("hex")}`, deviceId: kiosk.id, sessionId: session.id, idempotencyKey: randomBytes(8).toString("hex"), billNumber: "B-TEST", amountHalalas: 25_000, bankTxnId: `KIOSK-${randomBytes(6).toString("hex")}`, status: "CONFIRMED", createdAt: at, completedAt: at },
  });
  const service = await db.appointmentService.findFirstOrThrow({ orderBy: { code: "asc" } });
  const citizen = await db.user.findFirstOrThrow({ where: { nationalId: { not: null } }, orderBy: { createdAt: "asc" } });
  for (const [i, status] of (["CHECKED_IN", "NO_SHOW"] as const).entries()) {
    const slot = await db.appointmentSlot.create({ data: { serviceId: service.id, startsAt: new Date(base.getTime() - (5 + i) * DAY), endsAt: new Date(base.getTime() - (5 + i) * DAY + HOUR / 2), capacity: 2, booked: 1 } });
    await db.appointment.create({ data: { number: `AT${randomBytes(5).toString("hex")}`, serviceId: service.id, slotId: slot.id, citizenId: citizen.id, purpose: "اختبار المؤشرات", status, qrToken: randomBytes(12).toString("hex") } });
  }
  // Two review steps of a permit decided (one by its due time, one late): SLA compliance per department.
  const permit = await db.permit.findFirstOrThrow({ orderBy: { number: "asc" } });
  const reviewDept = await db.department.findFirstOrThrow({ orderBy: { code: "asc" } });
  for (const [i, lateBy] of [-HOUR, 5 * HOUR].entries()) {
    const arrivedAt = new Date(base.getTime() - (7 + i) * DAY);
    const dueAt = new Date(arrivedAt.getTime() + 2 * DAY);
    await db.permitReviewStep.create({ data: { permitId: permit.id, seq: 900 + i, departmentId: reviewDept.id, arrivedAt, dueAt, decision: "ACCEPTED", decidedAt: new Date(dueAt.getTime() + lateBy) } });
  }
  // The demo seed's history rows (prisma/seed/insights-history.ts) have no records behind them: start from none.
  await db.$executeRaw`DELETE FROM "InsightDaily"`;
  await db.$executeRaw`DELETE FROM "InsightMonthly"`;
  await db.$executeRaw`DELETE FROM "InsightDayTotal"`;
  await db.$executeRaw`DELETE FROM "InsightWatermark"`;
  await refreshAggregates(db, NOW);
});

describe("each aggregate equals a direct count on the same data", () => {
  const cases: [string, string][] = [
    ["licenses.issued", `SELECT ${riyadh('"issuedAt"')} AS day, "municipalityId" AS m, '' AS d, kind::text AS a, COALESCE("officeId", '') AS b, count(*) AS count, 0 AS amount
       FROM "LicenseApplication" WHERE "issuedAt" IS NOT NULL AND "submittedAt" IS NOT NULL AND "municipalityId" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["licenses.submitted", `SELECT ${riyadh('"submittedAt"')} AS day, "municipalityId" AS m, '' AS d, kind::text AS a, COALESCE("officeId", '') AS b, count(*) AS count, 0 AS amount
       FROM "LicenseApplication" WHERE "submittedAt" IS NOT NULL AND "municipalityId" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["complaints.received", `SELECT ${riyadh('"createdAt"')} AS day, "municipalityId" AS m, "departmentId" AS d, "categoryId" AS a, COALESCE("districtId", '') AS b, count(*) AS count, 0 AS amount FROM "Complaint" GROUP BY 1, 2, 3, 4, 5`],
    ["complaints.resolved", `SELECT ${riyadh('"resolvedAt"')} AS day, "municipalityId" AS m, "departmentId" AS d, "categoryId" AS a, COALESCE("districtId", '') AS b, count(*) AS count, 0 AS amount FROM "Complaint" WHERE "resolvedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["complaints.overdue", `SELECT ${riyadh('"overdueAt"')} AS day, "municipalityId" AS m, "departmentId" AS d, "categoryId" AS a, COALESCE("districtId", '') AS b, count(*) AS count, 0 AS amount FROM "Complaint" WHERE "overdueAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["complaints.rated", `SELECT ${riyadh('"ratedAt"')} AS day, "municipalityId" AS m, "departmentId" AS d, "categoryId" AS a, COALESCE("districtId", '') AS b, count(*) AS count, sum(rating) AS amount FROM "Complaint" WHERE "ratedAt" IS NOT NULL AND rating IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["violations.issued", `SELECT ${riyadh('"createdAt"')} AS day, "municipalityId" AS m, '' AS d, "articleId" AS a, '' AS b, count(*) AS count, sum("fineHalalas") AS amount FROM "Violation" GROUP BY 1, 2, 3, 4, 5`],
    ["violations.objected", `SELECT ${riyadh('o."filedAt"')} AS day, v."municipalityId" AS m, '' AS d, v."articleId" AS a, '' AS b, count(*) AS count, 0 AS amount FROM "Objection" o JOIN "Violation" v ON v.id = o."violationId" GROUP BY 1, 2, 3, 4, 5`],
    ["violations.collected", `SELECT ${riyadh('p."paidAt"')} AS day, v."municipalityId" AS m, '' AS d, v."articleId" AS a, '' AS b, count(*) AS count, sum(p."amountHalalas") AS amount
       FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" JOIN "Violation" v ON v.id = b."subjectId" WHERE b."subjectType" = 'Violation' GROUP BY 1, 2, 3, 4, 5`],
    ["revenue.paid", `SELECT ${riyadh('p."paidAt"')} AS day, b."municipalityId" AS m, '' AS d, l.kind::text AS a, b."subjectType" AS b, count(DISTINCT b.id) AS count, sum(l."amountHalalas") AS amount
       FROM "Payment" p JOIN "Bill" b ON b.id = p."billId" JOIN "BillLine" l ON l."billId" = b.id GROUP BY 1, 2, 3, 4, 5`],
    ["permits.issued", `SELECT ${riyadh('"issuedAt"')} AS day, "municipalityId" AS m, '' AS d, "kindId" AS a, "officeId" AS b, count(*) AS count, 0 AS amount
       FROM "Permit" WHERE "issuedAt" IS NOT NULL AND "submittedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["permits.submitted", `SELECT ${riyadh('"submittedAt"')} AS day, "municipalityId" AS m, '' AS d, "kindId" AS a, "officeId" AS b, count(*) AS count, 0 AS amount
       FROM "Permit" WHERE "submittedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
    ["permits.steps", `SELECT ${riyadh('s."decidedAt"')} AS day, p."municipalityId" AS m, s."departmentId" AS d, s."departmentId" AS a, '' AS b, count(*) AS count,
              sum(CASE WHEN s."decidedAt" <= s."dueAt" THEN 1 ELSE 0 END) AS amount
       FROM "PermitReviewStep" s JOIN "Permit" p ON p.id = s."permitId" WHERE s."decidedAt" IS NOT NULL AND s.decision <> 'CLOSED' GROUP BY 1, 2, 3, 4, 5`],
    ...(["booked", "attended", "noShow"] as const).map((m): [string, string] => [
      `appointments.${m}`,
      `SELECT ${riyadh('sl."startsAt"')} AS day, COALESCE(br."municipalityId", '') AS m, COALESCE(sv."departmentId", '') AS d, sv.id AS a, br.id AS b, count(*) AS count, 0 AS amount
         FROM "Appointment" a JOIN "AppointmentSlot" sl ON sl.id = a."slotId" JOIN "AppointmentService" sv ON sv.id = a."serviceId" JOIN "Branch" br ON br.id = sv."branchId"
        WHERE a.status::text ${m === "booked" ? "<> 'CANCELLED'" : m === "attended" ? "= 'CHECKED_IN'" : "= 'NO_SHOW'"}
          AND sl."startsAt" < ((${`'${addDays(TODAY, 1)}'`}::date)::timestamp AT TIME ZONE 'Asia/Riyadh') GROUP BY 1, 2, 3, 4, 5`,
    ]),
    ["kiosks.sessions", `SELECT ${riyadh('s."createdAt"')} AS day, k."municipalityId" AS m, '' AS d, k.id AS a, '' AS b, count(*) AS count, 0 AS amount
       FROM "KioskSession" s JOIN "KioskDevice" k ON k.id = s."deviceId" GROUP BY 1, 2, 3, 4, 5`],
    ["kiosks.uses", `SELECT ${riyadh("u.at")} AS day, k."municipalityId" AS m, '' AS d, k.id AS a, u.service::text AS b, count(*) AS count, 0 AS amount
       FROM "KioskUsage" u JOIN "KioskDevice" k ON k.id = u."deviceId" GROUP BY 1, 2, 3, 4, 5`],
    ["kiosks.payments", `SELECT ${riyadh('p."completedAt"')} AS day, k."municipalityId" AS m, '' AS d, k.id AS a, '' AS b, count(*) AS count, sum(p."amountHalalas") AS amount
       FROM "KioskPayment" p JOIN "KioskDevice" k ON k.id = p."deviceId" WHERE p.status = 'CONFIRMED' AND p."completedAt" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`],
  ];
  for (const [metric, sql] of cases) {
    it(metric, async () => {
      const expected = await direct(sql);
      expect(expected.size, `${metric}: the data set must have rows`).toBeGreaterThan(0);
      expect(await aggregated(metric)).toEqual(expected);
    });
  }

  it("sla.steps: steps per day, step and office, and those within the SLA, computed from the history in TypeScript", async () => {
    const history = await db.applicationHistory.findMany({ orderBy: [{ applicationId: "asc" }, { at: "asc" }, { id: "asc" }], include: { application: { select: { municipalityId: true, officeId: true } } } });
    const expected = new Map<string, { count: number; amount: number }>();
    for (let i = 0; i + 1 < history.length; i++) {
      const h = history[i]!;
      const next = history[i + 1]!;
      if (next.applicationId !== h.applicationId || !h.application.municipalityId) continue;
      const sla = STATE_SLA_HOURS[h.toStatus as keyof typeof STATE_SLA_HOURS];
      if (sla === undefined) continue;
      const k = key({ day: riyadhDay(next.at), m: h.application.municipalityId, d: "", a: h.toStatus, b: h.application.officeId ?? "" });
      const cur = expected.get(k) ?? { count: 0, amount: 0 };
      expected.set(k, { count: cur.count + 1, amount: cur.amount + (next.at.getTime() - h.at.getTime() <= sla * HOUR ? 1 : 0) });
    }
    expect(expected.size).toBeGreaterThan(0);
    expect(await aggregated("sla.steps")).toEqual(expected);
  });

  it("medians merged from the daily histograms equal the median of the records (time to resolve, application to license)", async () => {
    const scope = { level: "amanah" as const, amanahIds: [(await db.municipality.findUniqueOrThrow({ where: { id: municipalityId } })).amanahId], municipalityIds: null, departmentId: null };
    const period = { from: "2000-01-01", to: addDays(TODAY, 1) };
    const resolved = await db.$queryRaw<{ h: number }[]>`
      SELECT floor(extract(epoch from (c."resolvedAt" - c."createdAt")) / 3600)::int AS h FROM "Complaint" c JOIN "Municipality" m ON m.id = c."municipalityId"
       WHERE c."resolvedAt" IS NOT NULL AND m."amanahId" = ANY(${scope.amanahIds}::text[])`;
    const hist = (hs: { h: number }[]) => hs.reduce<Record<string, number>>((acc, { h }) => ({ ...acc, [h]: (acc[h] ?? 0) + 1 }), {});
    expect((await medians(db, scope, "complaints.resolved", period)).get("")).toBe(histogramMedian(hist(resolved)));
    const issued = await db.$queryRaw<{ h: number }[]>`
      SELECT floor(extract(epoch from (a."issuedAt" - a."submittedAt")) / 3600)::int AS h FROM "LicenseApplication" a JOIN "Municipality" m ON m.id = a."municipalityId"
       WHERE a."issuedAt" IS NOT NULL AND a."submittedAt" IS NOT NULL AND m."amanahId" = ANY(${scope.amanahIds}::text[])`;
    expect(issued.length).toBeGreaterThan(0);
    expect((await medians(db, scope, "licenses.issued", period)).get("")).toBe(histogramMedian(hist(issued)));
  });
});

describe("late data and reruns", () => {
  it("a payment for an old bill, received now, corrects the day it was paid; a rerun changes nothing", async () => {
    const oldDay = addDays(TODAY, -40);
    const scope = { level: "municipality" as const, amanahIds: [], municipalityIds: [municipalityId], departmentId: null };
    const period = { from: oldDay, to: addDays(oldDay, 1) };
    const before = await total(db, scope, "revenue.paid", period);
    const bill = await makeBill({ amountHalalas: 12_345, subjectType: "LicenseRenewal" });
    await db.payment.create({
      data: { billId: bill.id, bankTxnId: `LATE-${randomBytes(4).toString("hex")}`, bankCode: "TEST", amountHalalas: 12_345, paidAt: new Date(`${oldDay}T09:00:00Z`), receiptCode: `R${randomBytes(5).toString("hex")}` },
    });
    await db.bill.update({ where: { id: bill.id }, data: { status: "PAID", paidAt: new Date(`${oldDay}T09:00:00Z`) } });
    expect(await total(db, scope, "revenue.paid", period)).toEqual(before); // not yet: the job has not run
    const ran = await refreshAggregates(db, new Date());
    expect(ran.revenue).toBeGreaterThan(3); // the recent days and the old day
    expect(await total(db, scope, "revenue.paid", period)).toEqual({ count: before.count + 1, amount: before.amount + 12_345 });
    const snapshot = await aggregated("revenue.paid");
    await refreshAggregates(db, new Date());
    expect(await aggregated("revenue.paid")).toEqual(snapshot);
  });

  it("a new indicator without a watermark backfills from its first day", async () => {
    const complaints = INDICATORS.find((i) => i.key === "complaints")!;
    await db.insightWatermark.delete({ where: { indicator: "complaints" } });
    await db.$executeRaw`DELETE FROM "InsightDaily" WHERE metric LIKE 'complaints.%'`;
    await refreshAggregates(db, NOW, [complaints]);
    expect((await aggregated("complaints.received")).size).toBeGreaterThan(0);
    expect(await db.insightWatermark.count({ where: { indicator: "complaints" } })).toBe(1);
  });
});

describe("dashboards keep to the leader's scope", () => {
  it("the mayor sees the Amanah; the Dammam mayor sees only Central Dammam and cannot ask for more", async () => {
    const mayor = await actorOf({ username: "mayor" });
    const dammam = await actorOf({ username: "mayor.dammam" });
    const from = addDays(TODAY, -25);
    const q = { from, to: TODAY };
    const amanah = await loadDashboard(mayor, q);
    expect(amanah.scope.level).toBe("amanah");
    const own = await loadDashboard(dammam, q);
    expect(own.scope).toMatchObject({ level: "municipality", municipalityIds: [municipalityId] });
    const received = (d: typeof own) => d.sections.find((s) => s.key === "complaints")!.figures.find((f) => f.key === "received")!.value;
    const count = async (ids: string[] | null) =>
      Number(
        (
          await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Complaint" c JOIN "Municipality" m ON m.id = c."municipalityId"
           WHERE c."createdAt" >= ((${from}::date)::timestamp AT TIME ZONE 'Asia/Riyadh') AND c."createdAt" < ((${addDays(TODAY, 1)}::date)::timestamp AT TIME ZONE 'Asia/Riyadh')
             AND (${ids}::text[] IS NULL OR c."municipalityId" = ANY(${ids}::text[])) AND m."amanahId" = ANY(${mayor.amanahIds}::text[])`
        )[0]!.n,
      );
    expect(received(own)).toBe(await count([municipalityId]));
    expect(received(amanah)).toBe(await count(null));
    expect(received(amanah)).toBeGreaterThan(received(own)!); // Khobar's complaint is in the Amanah's figure only
    expect((await errorOf(loadDashboard(dammam, { level: "amanah" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(loadDashboard(dammam, { level: "municipality", m: MUNICIPALITY_CODES.KHOBAR }))).code).toBe("FORBIDDEN");
    expect((await errorOf(loadDrill(dammam, { ind: "complaints", list: "received", mun: khobarId }))).code).toBe("FORBIDDEN");
    const list = await loadDrill(dammam, { ind: "complaints", list: "received", from, to: TODAY });
    expect(list.page.total).toBe(await count([municipalityId]));
    const officer = await actorOf({ username: "staff.complaints" });
    expect((await errorOf(loadDashboard(officer, {}))).code).toBe("FORBIDDEN");
  });

  it("the department level counts only that department's complaints", async () => {
    const mayor = await actorOf({ username: "mayor" });
    const dept = await db.department.findUniqueOrThrow({ where: { id: departmentOf.get(categoryIds[0]!)! } });
    const d = await loadDashboard(mayor, { level: "department", d: dept.code, from: "2000-01-01", to: TODAY });
    expect(d.sections.map((s) => s.key)).toEqual(["complaints", "appointments"]);
    const figure = d.sections[0]!.figures.find((f) => f.key === "received")!.value;
    expect(figure).toBe(await db.complaint.count({ where: { departmentId: dept.id, createdAt: { lt: new Date(`${addDays(TODAY, 1)}T00:00:00+03:00`) } } }));
  });
});

describe("periodic reports", () => {
  it("the job produces each weekly and monthly report once and texts the subscribers", async () => {
    const municipalities = await db.municipality.count();
    const amanahs = await db.amanah.count();
    const first = await produceReports(db, NOW);
    expect(first.reports).toBe(2 * (municipalities + amanahs));
    const mayor = await db.user.findUniqueOrThrow({ where: { username: "mayor" } });
    const monthly = await db.outboxMessage.findMany({ where: { to: mayor.mobile, template: "insightsMonthlyReady" } });
    expect(monthly).toHaveLength(1);
    expect(monthly[0]!.body).toContain("أمانة المنطقة الشرقية");
    const again = await produceReports(db, NOW);
    expect(again).toEqual({ reports: 0, sms: 0 });
    const report = await db.insightReport.findFirstOrThrow({ where: { period: "MONTHLY", municipalityId: null } });
    expect((report.data as { sections: { key: string }[] }).sections.map((s) => s.key)).toEqual(["licenses", "sla", "complaints", "violations", "revenue", "permits", "appointments", "kiosks"]);
  });
});

