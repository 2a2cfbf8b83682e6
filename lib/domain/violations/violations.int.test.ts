/**
 * Violations against a real PostgreSQL: recording (scope, fine range, repeat multiplier, photos),
 * objections (owner only, once, 30-day window), decisions (accept, reduce, reject, concurrency),
 * payment → PAID, staff look-up scope, file access and the license rule.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readableFile } from "@/lib/domain/files/access";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { decideObjection } from "@/lib/domain/violations/commands/decide-objection";
import { fileObjection } from "@/lib/domain/violations/commands/file-objection";
import { recordViolation } from "@/lib/domain/violations/commands/record-violation";
import { assertNoUnpaidViolations, billRemindersPaused } from "@/lib/domain/violations/policies";
import { findEstablishmentForInspection } from "@/lib/domain/violations/queries/inspector";
import { lookupViolations } from "@/lib/domain/violations/queries/lookup";
import { getMyViolation, listMyViolations } from "@/lib/domain/violations/queries/my-violations";
import { objectionsQueue } from "@/lib/domain/violations/queries/objections";
import { AppError } from "@/lib/errors";
import { ESTABLISHMENTS } from "@/prisma/seed/violations";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { objectionSlaDue } from "@/lib/domain/violations/rules";

const SECRET = "violations-test-secret-0123456789";
const DAY = 86_400_000;
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const PDF = Buffer.from("%PDF-1.4\n%test document\n");
const RESTAURANT = "2050123456"; // Abdullah's, Central Dammam
const GROCERY = "2050654321"; // Abdullah's, Central Dammam
const BAKERY = "2050777123"; // Ahmed's (resident), Central Dammam
const KHOBAR_CAFE = "2051044556"; // Abdullah's, Al-Khobar (outside the demo staff's municipality)
const DAMMAM = { latitude: "26.4331", longitude: "50.1033" };

let storageRoot: string;
const actors: Record<string, Actor> = {};
const est: Record<string, { id: string; municipalityId: string }> = {};
const articles: Record<string, { id: string; minFineHalalas: number; maxFineHalalas: number; repeatMultiplier: number }> = {};

function photo(bytes: Uint8Array = PNG, name = "shop.png", type = "image/png"): File {
  return new File([Uint8Array.from(bytes)], name, { type });
}

async function counts() {
  const [violations, bills, files, outbox, audit, objections] = await Promise.all([
    db.violation.count(),
    db.bill.count(),
    db.storedFile.count(),
    db.outboxMessage.count(),
    db.auditLog.count(),
    db.objection.count(),
  ]);
  return { violations, bills, files, outbox, audit, objections };
}

async function storedBlobs(): Promise<string[]> {
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const out: string[] = [];
    for (const e of entries) out.push(...(e.isDirectory() ? await walk(path.join(dir, e.name)) : [e.name]));
    return out;
  };
  return walk(storageRoot);
}

async function record(over: Record<string, unknown> = {}, actor = actors.inspector!) {
  return recordViolation.execute(actor, {
    establishmentId: est[RESTAURANT]!.id,
    articleId: articles["HLT-101"]!.id,
    fine: "1500",
    notes: "أرضية المطبخ غير نظيفة",
    ...DAMMAM,
    photos: [photo()],
    ...over,
  });
}

async function pay(billNumber: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { number: billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  return processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
}

const REASON = "المنشأة كانت مغلقة للصيانة وقت الجولة، ومرفق محضر الصيانة.";

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-violations-"));
  process.env.STORAGE_DIR = storageRoot;
  actors.inspector = await actorOf({ username: "staff.inspector" });
  actors.reviewer = await actorOf({ username: "staff.reviewer" });
  actors.admin = await actorOf({ username: "staff.admin" });
  actors.finance = await actorOf({ username: "staff.finance" });
  actors.citizen = await actorOf({ nationalId: "1087654321" });
  actors.resident = await actorOf({ nationalId: "2123456788" });
  for (const e of await db.establishment.findMany({ where: { commercialRegNo: { in: ESTABLISHMENTS.map((x) => x.commercialRegNo) } } })) {
    est[e.commercialRegNo] = { id: e.id, municipalityId: e.municipalityId };
  }
  for (const a of await db.violationArticle.findMany()) articles[a.code] = a;
});

afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("seed", () => {
  it("has at least 20 articles with sane ranges and the demo establishments", async () => {
    const all = await db.violationArticle.findMany();
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const a of all) {
      expect(a.minFineHalalas).toBeGreaterThan(0);
      expect(a.maxFineHalalas).toBeGreaterThan(a.minFineHalalas);
      expect(a.repeatMultiplier).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(est).sort()).toEqual(ESTABLISHMENTS.map((e) => e.commercialRegNo).sort());
  });
});

describe("recording a violation", () => {
  it("records with a photo, issues the bill, audits and texts the owner — in one go", async () => {
    const before = await counts();
    const r = await record();
    expect(isValidCheckDigitNumber("V", r.number)).toBe(true);
    const v = await db.violation.findUniqueOrThrow({ where: { id: r.violationId }, include: { photos: true } });
    expect(v).toMatchObject({ status: "ISSUED", fineHalalas: 150_000, isRepeat: false, latitude: 26.4331, longitude: 50.1033, inspectorId: actors.inspector!.userId });
    expect(v.photos).toHaveLength(1);
    expect(v.photos[0]).toMatchObject({ mime: "image/png", sizeBytes: PNG.byteLength, originalName: "shop.png" });
    const bill = await db.bill.findUniqueOrThrow({ where: { id: v.billId! }, include: { lines: true } });
    expect(bill).toMatchObject({ number: r.billNumber, status: "UNPAID", totalHalalas: 150_000, subjectType: "Violation", subjectId: v.id, payerNationalId: "1087654321", payerCrNumber: RESTAURANT });
    expect(bill.lines).toMatchObject([{ kind: "FINE", amountHalalas: 150_000 }]);
    const sms = await db.outboxMessage.findMany({ where: { to: "966501234567", template: { in: ["violationIssued", "billIssued"] } }, orderBy: { createdAt: "asc" } });
    const issued = sms.find((m) => m.template === "violationIssued" && m.body.includes(r.number));
    expect(issued?.body).toContain(r.billNumber);
    expect(issued?.body).toContain("مطعم ركن الشرق");
    expect(issued?.body).toContain("1,500.00");
    expect(sms.some((m) => m.template === "billIssued" && m.body.includes(r.billNumber))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "violations.record", entityId: v.id } })).toBe(1);
    const after = await counts();
    expect(after.violations - before.violations).toBe(1);
    expect(after.bills - before.bills).toBe(1);
    expect(after.files - before.files).toBe(1);
    expect(await storedBlobs()).toContain(v.photos[0]!.sha256);
  });

  it("finds establishments only in the inspector's municipalities", async () => {
    expect((await findEstablishmentForInspection(actors.inspector!, RESTAURANT))?.establishment.commercialRegNo).toBe(RESTAURANT);
    expect((await findEstablishmentForInspection(actors.inspector!, "dmm-1446-051234"))?.establishment.commercialRegNo).toBe(RESTAURANT);
    expect((await findEstablishmentForInspection(actors.inspector!, "٢٠٥٠١٢٣٤٥٦"))?.establishment.commercialRegNo).toBe(RESTAURANT);
    expect(await findEstablishmentForInspection(actors.inspector!, KHOBAR_CAFE)).toBeNull();
    const before = await counts();
    const e = await errorOf(record({ establishmentId: est[KHOBAR_CAFE]!.id }));
    expect(e.code).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
  });

  it("refuses a fine outside the article's range and writes nothing", async () => {
    const before = await counts();
    const low = await errorOf(record({ articleId: articles["SGN-302"]!.id, fine: "499.99" }));
    expect(low.code).toBe("VALIDATION");
    expect(low.fieldErrors?.fine).toBe("violations:record.errors.fineRange?min=500.00&max=5,000.00");
    const high = await errorOf(record({ articleId: articles["SGN-302"]!.id, fine: "5000.01" }));
    expect(high.fieldErrors?.fine).toMatch(/^violations:record\.errors\.fineRange/);
    const garbage = await errorOf(record({ fine: "ألف" }));
    expect(garbage.fieldErrors?.fine).toBe("violations:record.errors.fineFormat");
    expect(await counts()).toEqual(before);
  });

  it("multiplies the range for a repeat offence within 365 days (computed on the server)", async () => {
    const art = articles["SPC-401"]!; // 500–5,000 SAR, ×2
    const first = await record({ establishmentId: est[GROCERY]!.id, articleId: art.id, fine: "5000" });
    expect(first.isRepeat).toBe(false);
    // Same article, same establishment: the single range's minimum is now too low …
    const low = await errorOf(record({ establishmentId: est[GROCERY]!.id, articleId: art.id, fine: "500" }));
    expect(low.fieldErrors?.fine).toBe("violations:record.errors.fineRange?min=1,000.00&max=10,000.00");
    // … and up to twice the maximum is allowed.
    const second = await record({ establishmentId: est[GROCERY]!.id, articleId: art.id, fine: "9000" });
    expect(second).toMatchObject({ isRepeat: true, fineHalalas: 900_000 });
    // A violation from more than a year ago does not count.
    await db.violation.updateMany({ where: { establishmentId: est[GROCERY]!.id, articleId: art.id }, data: { observedAt: new Date(Date.now() - 366 * DAY) } });
    const third = await record({ establishmentId: est[GROCERY]!.id, articleId: art.id, fine: "5000" });
    expect(third.isRepeat).toBe(false);
    // The inspector's form shows the multiplied range for exactly that article.
    const found = await findEstablishmentForInspection(actors.inspector!, GROCERY);
    const opt = found!.articles.find((a) => a.id === art.id)!;
    expect(opt).toMatchObject({ isRepeat: true, minHalalas: 100_000, maxHalalas: 1_000_000 });
    expect(found!.articles.find((a) => a.code === "HLT-101")).toMatchObject({ isRepeat: false, minHalalas: 100_000, maxHalalas: 1_000_000 });
  });

  it("refuses a photo that is not an image (by its bytes, whatever its name) and writes nothing at all", async () => {
    const before = await counts();
    const blobs = await storedBlobs();
    const fake = photo(Buffer.from("MZ\x90\x00 this is a program"), "evil.png", "image/png");
    const e = await errorOf(record({ photos: [photo(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), "ok.png"), fake] }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldErrors?.photos).toBe("validation:fileTypePhoto");
    const pdf = await errorOf(record({ photos: [photo(PDF, "doc.pdf", "application/pdf")] }));
    expect(pdf.fieldErrors?.photos).toBe("validation:fileTypePhoto");
    const tooMany = await errorOf(record({ photos: [photo(), photo(), photo(), photo()] }));
    expect(tooMany.fieldErrors?.photos).toBe("validation:tooManyItems?maximum=3");
    expect(await counts()).toEqual(before);
    expect(await storedBlobs()).toEqual(blobs);
  });

  it("refuses coordinates outside Saudi Arabia", async () => {
    const e = await errorOf(record({ latitude: "30.0444", longitude: "31.2357" })); // Cairo
    expect(e.fieldErrors).toMatchObject({ latitude: "validation:coordinates", longitude: "validation:coordinates" });
    const missing = await errorOf(record({ latitude: "", longitude: "" }));
    expect(missing.fieldErrors).toMatchObject({ latitude: "validation:required", longitude: "validation:required" });
  });

  it("is refused to every role but the field inspector", async () => {
    for (const who of ["reviewer", "admin", "citizen"]) {
      expect((await errorOf(record({}, actors[who]!))).code).toBe("FORBIDDEN");
    }
  });
});

describe("objections", () => {
  it("only the owner can object; others do not even find the violation", async () => {
    const r = await record({ articleId: articles["HLT-104"]!.id, fine: "300" });
    const e = await errorOf(fileObjection.execute(actors.resident!, { violationId: r.violationId, reason: REASON }));
    expect(e.code).toBe("NOT_FOUND");
    expect((await errorOf(fileObjection.execute(actors.inspector!, { violationId: r.violationId, reason: REASON }))).code).toBe("FORBIDDEN");
    expect(await getMyViolation(actors.resident!, r.violationId)).toBeNull();
    expect((await listMyViolations(actors.resident!, {})).rows.map((v) => v.id)).not.toContain(r.violationId);
    expect((await listMyViolations(actors.citizen!, {})).rows.map((v) => v.id)).toContain(r.violationId);
    expect(await db.violation.findUniqueOrThrow({ where: { id: r.violationId } })).toMatchObject({ status: "ISSUED" });
  });

  it("needs a reason of 20–2000 characters and accepts PDF documents; once per violation", async () => {
    const r = await record({ articleId: articles["HLT-109"]!.id, fine: "200" });
    const short = await errorOf(fileObjection.execute(actors.citizen!, { violationId: r.violationId, reason: "قصير" }));
    expect(short.fieldErrors?.reason).toBe("validation:tooShort?minimum=20");
    const badDoc = await errorOf(fileObjection.execute(actors.citizen!, { violationId: r.violationId, reason: REASON, documents: [photo(Buffer.from("<html>"), "x.pdf", "application/pdf")] }));
    expect(badDoc.fieldErrors?.documents).toBe("validation:fileTypeDocument");
    expect(await db.objection.count({ where: { violationId: r.violationId } })).toBe(0);

    const filed = Date.now();
    const ok = await fileObjection.execute(actors.citizen!, { violationId: r.violationId, reason: REASON, documents: [photo(PDF, "محضر.pdf", "application/pdf")] });
    const o = await db.objection.findUniqueOrThrow({ where: { id: ok.objectionId }, include: { documents: true, violation: true } });
    expect(o).toMatchObject({ status: "PENDING", reason: REASON, filedById: actors.citizen!.userId });
    expect(o.violation.status).toBe("OBJECTED");
    expect(o.documents).toMatchObject([{ mime: "application/pdf", originalName: "محضر.pdf" }]);
    // 10 working days (lib/kernel/working-days.ts), not a fixed number of calendar days.
    expect(Math.abs(o.slaDueAt.getTime() - objectionSlaDue(new Date(filed)).getTime())).toBeLessThan(60_000);
    expect(o.slaDueAt.getTime() - filed).toBeGreaterThanOrEqual(12 * DAY - 60_000);
    const sms = await db.outboxMessage.findFirst({ where: { template: "objectionReceived", to: "966501234567", body: { contains: r.number } } });
    expect(sms).not.toBeNull();
    // The bill stays payable; its reminders pause.
    const bill = await db.bill.findUniqueOrThrow({ where: { number: r.billNumber } });
    expect(bill.status).toBe("UNPAID");
    expect(await billRemindersPaused(db, bill)).toBe(true);

    const again = await errorOf(fileObjection.execute(actors.citizen!, { violationId: r.violationId, reason: REASON }));
    expect(again).toMatchObject({ code: "INVALID_STATE", messageKey: "violations:object.errors.already" });
  });

  it("is open for 30 days from the violation, then closed", async () => {
    const late = await record({ articleId: articles["LIC-204"]!.id, fine: "500" });
    await db.violation.update({ where: { id: late.violationId }, data: { createdAt: new Date(Date.now() - 30 * DAY - 60_000) } });
    const e = await errorOf(fileObjection.execute(actors.citizen!, { violationId: late.violationId, reason: REASON }));
    expect(e).toMatchObject({ code: "INVALID_STATE", messageKey: "violations:object.errors.windowClosed" });
    expect((await getMyViolation(actors.citizen!, late.violationId))?.canObject).toBe(false);

    const inTime = await record({ articleId: articles["LIC-204"]!.id, fine: "1000" });
    await db.violation.update({ where: { id: inTime.violationId }, data: { createdAt: new Date(Date.now() - 29 * DAY) } });
    expect((await getMyViolation(actors.citizen!, inTime.violationId))?.canObject).toBe(true);
    await fileObjection.execute(actors.citizen!, { violationId: inTime.violationId, reason: REASON });
  });
});

async function objected(article: string, fine: string) {
  const r = await record({ articleId: articles[article]!.id, fine });
  const o = await fileObjection.execute(actors.citizen!, { violationId: r.violationId, reason: REASON });
  return { ...r, objectionId: o.objectionId };
}

describe("deciding objections", () => {
  it("ACCEPT cancels the bill and the violation and tells the owner", async () => {
    const r = await objected("HLT-105", "2000");
    const res = await decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "ACCEPT", note: "ثبت إغلاق المنشأة للصيانة." });
    expect(res).toMatchObject({ status: "ACCEPTED", violationStatus: "CANCELLED" });
    expect((await db.bill.findUniqueOrThrow({ where: { number: r.billNumber } })).status).toBe("CANCELLED");
    expect(await db.objection.findUniqueOrThrow({ where: { id: r.objectionId } })).toMatchObject({ status: "ACCEPTED", decidedById: actors.reviewer!.userId, decisionNote: "ثبت إغلاق المنشأة للصيانة." });
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { template: "objectionDecided", body: { contains: r.number } } });
    expect(sms.body).toContain("قُبل الاعتراض");
  });

  it("REDUCE cancels the old bill and issues a new one for the reduced amount", async () => {
    const r = await objected("HLT-106", "5000");
    const tooHigh = await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "REDUCE", reducedTo: "5000", note: "تخفيض" }));
    expect(tooHigh.fieldErrors?.reducedTo).toBe("violations:decide.errors.reducedRange?max=5,000.00");
    const missing = await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "REDUCE", reducedTo: "", note: "تخفيض" }));
    expect(missing.fieldErrors?.reducedTo).toBe("validation:required");
    const noNote = await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "REJECT", note: "  " }));
    expect(noNote.fieldErrors?.note).toBe("validation:required");
    expect((await db.objection.findUniqueOrThrow({ where: { id: r.objectionId } })).status).toBe("PENDING");

    const res = await decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "REDUCE", reducedTo: "1250.50", note: "مخالفة أولى والمنشأة تعاونت." });
    expect(res).toMatchObject({ status: "REDUCED", violationStatus: "ISSUED" });
    expect((await db.bill.findUniqueOrThrow({ where: { number: r.billNumber } })).status).toBe("CANCELLED");
    const v = await db.violation.findUniqueOrThrow({ where: { id: r.violationId } });
    const newBill = await db.bill.findUniqueOrThrow({ where: { id: v.billId! } });
    expect(newBill).toMatchObject({ number: res.newBillNumber, status: "UNPAID", totalHalalas: 125_050, subjectId: v.id });
    expect(v).toMatchObject({ status: "ISSUED", fineHalalas: 125_050 });
    expect((await db.objection.findUniqueOrThrow({ where: { id: r.objectionId } })).reducedToHalalas).toBe(125_050);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { template: "objectionDecided", body: { contains: r.number } } });
    expect(sms.body).toContain(res.newBillNumber!);
    expect(sms.body).toContain("1,250.50");
  });

  it("REJECT leaves the bill standing and the violation ISSUED", async () => {
    const r = await objected("WST-601", "800");
    const res = await decideObjection.execute(actors.admin!, { objectionId: r.objectionId, decision: "REJECT", note: "الصور تثبت المخالفة." });
    expect(res).toMatchObject({ status: "REJECTED", violationStatus: "ISSUED" });
    const bill = await db.bill.findUniqueOrThrow({ where: { number: r.billNumber } });
    expect(bill.status).toBe("UNPAID");
    expect(await billRemindersPaused(db, bill)).toBe(false); // reminders resume
    expect((await db.violation.findUniqueOrThrow({ where: { id: r.violationId } })).status).toBe("ISSUED");
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { template: "objectionDecided", body: { contains: r.number } } });
    expect(sms.body).toContain(r.billNumber);
  });

  it("two concurrent decisions: one wins, the other gets CONFLICT and changes nothing", async () => {
    const r = await objected("WST-602", "600");
    const results = await Promise.allSettled([
      decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "ACCEPT", note: "قبول" }),
      decideObjection.execute(actors.admin!, { objectionId: r.objectionId, decision: "REJECT", note: "رفض" }),
    ]);
    const won = results.filter((x) => x.status === "fulfilled");
    const lost = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ code: "CONFLICT", messageKey: "violations:decide.errors.alreadyDecided" });
    expect(await db.outboxMessage.count({ where: { template: "objectionDecided", body: { contains: r.number } } })).toBe(1);
    const o = await db.objection.findUniqueOrThrow({ where: { id: r.objectionId } });
    const bill = await db.bill.findUniqueOrThrow({ where: { number: r.billNumber } });
    expect(o.status === "ACCEPTED" ? bill.status === "CANCELLED" : bill.status === "UNPAID").toBe(true);
    // A later attempt is refused too.
    expect((await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: r.objectionId, decision: "REJECT", note: "x" }))).code).toBe("CONFLICT");
  });

  it("the queue is scoped to the actor's municipalities and ordered by SLA; others cannot decide", async () => {
    const khobarInspector: Actor = { ...actors.inspector!, municipalityIds: [est[KHOBAR_CAFE]!.municipalityId] };
    const k = await record({ establishmentId: est[KHOBAR_CAFE]!.id, articleId: articles["TRD-701"]!.id, fine: "700", latitude: "26.2946", longitude: "50.2196" }, khobarInspector);
    const ko = await fileObjection.execute(actors.citizen!, { violationId: k.violationId, reason: REASON });
    const d = await objected("TRD-702", "1000");
    await db.objection.update({ where: { id: d.objectionId }, data: { slaDueAt: new Date(Date.now() - DAY) } });

    const reviewerQueue = await objectionsQueue(actors.reviewer!, {});
    expect(reviewerQueue.rows.map((r) => r.id)).not.toContain(ko.objectionId);
    expect(reviewerQueue.rows[0]).toMatchObject({ id: d.objectionId, overdue: true });
    const slas = reviewerQueue.rows.map((r) => r.slaDueAt.getTime());
    expect(slas).toEqual([...slas].sort((a, b) => a - b));
    expect((await objectionsQueue(actors.admin!, {})).rows.map((r) => r.id)).toContain(ko.objectionId);
    expect((await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: ko.objectionId, decision: "ACCEPT", note: "x" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(decideObjection.execute(actors.citizen!, { objectionId: d.objectionId, decision: "ACCEPT", note: "x" }))).code).toBe("FORBIDDEN");
    await expect(objectionsQueue(actors.finance!, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("payment, look-up, files and the license rule", () => {
  it("a paid bill makes the violation PAID (also while an objection is pending)", async () => {
    const r = await record({ articleId: articles["HLT-108"]!.id, fine: "1000" });
    const res = await pay(r.billNumber);
    expect(res.body.status).toBe("ACCEPTED");
    expect((await db.violation.findUniqueOrThrow({ where: { id: r.violationId } })).status).toBe("PAID");
    expect(await db.auditLog.count({ where: { action: "violations.paid", entityId: r.violationId } })).toBe(1);

    const o = await objected("HLT-103", "500");
    expect((await pay(o.billNumber)).body.status).toBe("ACCEPTED");
    expect((await db.violation.findUniqueOrThrow({ where: { id: o.violationId } })).status).toBe("PAID");
    // A paid fine can be upheld but not cancelled here.
    const e = await errorOf(decideObjection.execute(actors.reviewer!, { objectionId: o.objectionId, decision: "ACCEPT", note: "x" }));
    expect(e).toMatchObject({ code: "INVALID_STATE", messageKey: "violations:decide.errors.alreadyPaid" });
    await decideObjection.execute(actors.reviewer!, { objectionId: o.objectionId, decision: "REJECT", note: "تأييد" });
    expect((await db.violation.findUniqueOrThrow({ where: { id: o.violationId } })).status).toBe("PAID");
  });

  it("staff look up by violation number, national ID or CR number, within their municipalities", async () => {
    const r = await record({ establishmentId: est[BAKERY]!.id, articleId: articles["HLT-102"]!.id, fine: "2500" });
    expect((await lookupViolations(actors.reviewer!, { q: r.number.toLowerCase() })).rows.map((v) => v.id)).toEqual([r.violationId]);
    expect((await lookupViolations(actors.finance!, { q: BAKERY })).rows.map((v) => v.id)).toEqual([r.violationId]);
    const byOwner = await lookupViolations(actors.inspector!, { q: "2123456788" });
    expect(byOwner.rows.map((v) => v.id)).toEqual([r.violationId]);
    expect(byOwner.rows[0]!.bill).toMatchObject({ number: r.billNumber, status: "UNPAID" });

    const khobar = await lookupViolations(actors.admin!, { q: KHOBAR_CAFE });
    expect(khobar.total).toBeGreaterThan(0);
    expect((await lookupViolations(actors.reviewer!, { q: KHOBAR_CAFE })).total).toBe(0);
    expect((await lookupViolations(actors.reviewer!, { q: "1087654321" })).rows.every((v) => v.establishment.commercialRegNo !== KHOBAR_CAFE)).toBe(true);
    const page2 = await lookupViolations(actors.admin!, { page: 2 });
    const page1 = await lookupViolations(actors.admin!, { page: 1 });
    expect(page1.rows.length).toBe(Math.min(20, page1.total));
    expect(page2.rows.map((v) => v.id).filter((id) => page1.rows.some((x) => x.id === id))).toEqual([]);
    await expect(lookupViolations(actors.citizen!, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("serves photos to the owner and the municipality's staff only", async () => {
    const r = await record({ articleId: articles["BLD-503"]!.id, fine: "2000" });
    const file = await db.storedFile.findFirstOrThrow({ where: { violationId: r.violationId } });
    expect(await readableFile(actors.citizen!, file.id)).toMatchObject({ id: file.id, mime: "image/png" });
    expect(await readableFile(actors.reviewer!, file.id)).not.toBeNull();
    expect(await readableFile(actors.resident!, file.id)).toBeNull();
    expect(await readableFile({ ...actors.reviewer!, municipalityIds: [est[KHOBAR_CAFE]!.municipalityId] }, file.id)).toBeNull();
    expect(await readableFile(actors.citizen!, "nope")).toBeNull();
  });

  it("blocks a license while a violation bill is unpaid, naming the bills", async () => {
    await expect(assertNoUnpaidViolations(db, { crNumber: "2059999999" })).resolves.toBeUndefined();
    const unpaid = await db.bill.findMany({
      where: { subjectType: "Violation", status: "UNPAID", payerCrNumber: BAKERY },
      select: { number: true },
    });
    expect(unpaid.length).toBeGreaterThan(0);
    const e = await errorOf(assertNoUnpaidViolations(db, { crNumber: BAKERY }));
    expect(e.code).toBe("INVALID_STATE");
    expect(e.messageKey.startsWith("violations:rules.unpaidBlocksLicense?bills=")).toBe(true);
    for (const b of unpaid) expect(decodeURIComponent(e.messageKey)).toContain(b.number);
    for (const b of unpaid) await pay(b.number);
    await expect(assertNoUnpaidViolations(db, { crNumber: BAKERY })).resolves.toBeUndefined();
  });

  it("does not count a cancelled violation (accepted objection) against the license", async () => {
    const r = await record({ establishmentId: est[BAKERY]!.id, articleId: articles["HLT-101"]!.id, fine: "1000" });
    await expect(assertNoUnpaidViolations(db, { crNumber: BAKERY })).rejects.toBeInstanceOf(AppError);
    const o = await fileObjection.execute(actors.resident!, { violationId: r.violationId, reason: REASON });
    await decideObjection.execute(actors.reviewer!, { objectionId: o.objectionId, decision: "ACCEPT", note: "قبول" });
    await expect(assertNoUnpaidViolations(db, { crNumber: BAKERY })).resolves.toBeUndefined();
  });
});
