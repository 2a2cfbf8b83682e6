/**
 * Tenders and auctions against a real PostgreSQL: the officer publishes (booklet PDF checked), edits only before
 * the deadline, opens (subscribers get one SMS each), closes only after the deadline, awards or cancels; a citizen
 * buys the booklet once (a bill; a second purchase refused), for an establishment only their own; paying the bill
 * (the bank's notification) opens the booklet to the buyer; auctions likewise. Every refusal changes nothing.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { readableFile } from "@/lib/domain/files/access";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { auctionStep, awardAuction, editAuction, publishAuction } from "@/lib/domain/tenders/commands/auctions";
import { buyBooklet } from "@/lib/domain/tenders/commands/buy-booklet";
import { editTender } from "@/lib/domain/tenders/commands/edit-tender";
import { publishTender } from "@/lib/domain/tenders/commands/publish-tender";
import { saveSubscriptions } from "@/lib/domain/tenders/commands/subscriptions";
import { awardTender, tenderStep } from "@/lib/domain/tenders/commands/tender-steps";
import { getTender, getTenderForStaff, listTenders, myTenders } from "@/lib/domain/tenders/queries/tenders";
import { listAuctions } from "@/lib/domain/tenders/queries/auctions";
import { actorOf, errorOf } from "@/tests/factories/actors";

const SECRET = "tenders-test-secret-0123456789abc";
const DAY = 86_400_000;
const PDF = () => new Blob([Buffer.from("%PDF-1.7\n% booklet\n")], { type: "application/pdf" });
const PNG = () => new Blob([Buffer.from("89504e470d0a1a0a0000000d49484452", "hex")], { type: "image/png" });
const RESTAURANT = "2050123456"; // owned by Abdullah (seed)

const actors: Record<string, Actor> = {};
let municipalityId = "";
let storageRoot = "";

function tenderInput(over: Record<string, unknown> = {}) {
  const deadline = new Date(Date.now() + 10 * DAY);
  return {
    titleAr: "صيانة طرق حي الشاطئ",
    titleEn: "Al Shati roads maintenance",
    descriptionAr: "صيانة وإعادة سفلتة الطرق الداخلية.",
    descriptionEn: "Maintenance and resurfacing of inner roads.",
    activity: "ROADS",
    municipalityId,
    bookletPrice: "1500",
    questionsUntil: new Date(deadline.getTime() - 3 * DAY),
    offersDeadline: deadline,
    openingAt: new Date(deadline.getTime() + DAY),
    booklet: [PDF()],
    ...over,
  };
}

async function pay(billNumber: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { number: billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  return processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
}

/** Moves a tender's deadline (as time passing would), for the rules that depend on it. */
async function setDeadline(id: string, offersDeadline: Date) {
  await db.tender.update({ where: { id }, data: { offersDeadline, questionsUntil: new Date(offersDeadline.getTime() - DAY), openingAt: new Date(offersDeadline.getTime() + DAY) } });
}

const counts = async () => ({ tenders: await db.tender.count(), purchases: await db.tenderBookletPurchase.count(), bills: await db.bill.count(), audit: await db.auditLog.count(), outbox: await db.outboxMessage.count() });

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-tenders-"));
  process.env.STORAGE_DIR = storageRoot;
  process.env.PAYMENT_NOTIFY_SECRET = SECRET;
  actors.officer = await actorOf({ username: "staff.tenders" });
  actors.abdullah = await actorOf({ nationalId: withCheckDigit("108765432") });
  actors.ahmed = await actorOf({ nationalId: withCheckDigit("212345678") });
  actors.reviewer = await actorOf({ username: "staff.reviewer" });
  actors.admin = await actorOf({ username: "staff.admin" });
  municipalityId = (await db.municipality.findUniqueOrThrow({ where: { code: "EP-DMM-C" } })).id;
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("publishing a tender", () => {
  it("only the tenders officer publishes; it is public at once as ANNOUNCED with its booklet, audited", async () => {
    for (const who of [actors.abdullah!, actors.reviewer!, actors.admin!]) expect((await errorOf(publishTender.execute(who, tenderInput()))).code).toBe("FORBIDDEN");
    const t = await publishTender.execute(actors.officer!, tenderInput());
    expect(t.number).toMatch(/^T\d{7}$/);
    const row = await db.tender.findUniqueOrThrow({ where: { id: t.id }, include: { booklet: true } });
    expect(row).toMatchObject({ status: "ANNOUNCED", bookletPriceHalalas: 150_000, activity: "ROADS" });
    expect(row.booklet).toHaveLength(1);
    expect(row.booklet[0]!.mime).toBe("application/pdf");
    expect(await db.auditLog.count({ where: { entityId: t.id, action: "tender.publish" } })).toBe(1);
    const pub = await getTender(t.number.toLowerCase(), null);
    expect(pub?.status).toBe("ANNOUNCED");
    expect(pub?.onSale).toBe(false);
  });

  it("refuses bad input and writes nothing: no booklet, a photo as booklet, dates out of order, a past deadline, a municipality outside its biller codes", async () => {
    const before = await counts();
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ booklet: [] })))).fieldErrors).toEqual({ booklet: "tenders:errors.bookletRequired" });
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ booklet: [PNG()] })))).fieldErrors).toEqual({ booklet: "tenders:errors.bookletPdf" });
    const d = new Date(Date.now() + 5 * DAY);
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ offersDeadline: d, questionsUntil: new Date(d.getTime() + DAY), openingAt: new Date(d.getTime() - DAY) })))).fieldErrors).toEqual({
      questionsUntil: "tenders:errors.questionsAfterDeadline",
      openingAt: "tenders:errors.openingBeforeDeadline",
    });
    const past = new Date(Date.now() - DAY);
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ offersDeadline: past, questionsUntil: past, openingAt: new Date() })))).fieldErrors).toEqual({ offersDeadline: "tenders:errors.deadlinePast" });
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ bookletPrice: "abc" })))).fieldErrors).toEqual({ bookletPrice: "tenders:errors.priceFormat" });
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ activity: "GOLD" })))).fieldErrors).toEqual({ activity: "tenders:errors.chooseActivity" });
    expect((await errorOf(publishTender.execute(actors.officer!, tenderInput({ municipalityId: "nope" })))).fieldErrors).toEqual({ municipalityId: "tenders:errors.chooseMunicipality" });
    expect(await counts()).toEqual(before);
  });
});

describe("a tender from open to award, with a subscriber and a booklet buyer", () => {
  let tender: { id: string; number: string };

  it("the subscriber of the activity gets one SMS when it opens (not when announced), the other citizen none", async () => {
    await saveSubscriptions.execute(actors.ahmed!, { activities: ["ROADS", "IT"] });
    await saveSubscriptions.execute(actors.abdullah!, { activities: ["CLEANING"] });
    expect((await myTenders(actors.ahmed!)).subscriptions.sort()).toEqual(["IT", "ROADS"]);
    tender = await publishTender.execute(actors.officer!, tenderInput());
    expect(await db.outboxMessage.count({ where: { template: "tenderOpened", dedupeKey: { startsWith: `tender-opened:${tender.id}` } } })).toBe(0);
    const opened = await tenderStep.execute(actors.officer!, { tenderId: tender.id, event: "open" });
    expect(opened).toMatchObject({ status: "OPEN", notified: 1 });
    const sms = await db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `tender-opened:${tender.id}` } } });
    expect(sms.map((m) => m.to)).toEqual([actors.ahmed!.mobile]);
    expect(sms[0]!.body).toContain(tender.number);
    // Opening twice is refused and texts nobody again.
    expect((await errorOf(tenderStep.execute(actors.officer!, { tenderId: tender.id, event: "open" }))).code).toBe("INVALID_STATE");
    expect(await db.outboxMessage.count({ where: { dedupeKey: { startsWith: `tender-opened:${tender.id}` } } })).toBe(1);
  });

  it("a citizen buys the booklet for their own establishment: a bill in the CR's name; a second purchase is refused", async () => {
    const notMine = await errorOf(buyBooklet.execute(actors.ahmed!, { tenderId: tender.id, crNumber: RESTAURANT }));
    expect(notMine.fieldErrors).toEqual({ crNumber: "tenders:errors.notYourEstablishment" });
    const bought = await buyBooklet.execute(actors.abdullah!, { tenderId: tender.id, crNumber: RESTAURANT });
    const bill = await db.bill.findUniqueOrThrow({ where: { number: bought.billNumber } });
    expect(bill).toMatchObject({ subjectType: "TenderBooklet", subjectId: tender.id, payerCrNumber: RESTAURANT, totalHalalas: 150_000, status: "UNPAID" });
    const before = await counts();
    const twice = await errorOf(buyBooklet.execute(actors.abdullah!, { tenderId: tender.id }));
    expect(twice).toMatchObject({ code: "INVALID_STATE", message: "tenders:errors.alreadyBought" });
    expect(await counts()).toEqual(before);
    expect((await errorOf(buyBooklet.execute(actors.officer!, { tenderId: tender.id }))).code).toBe("FORBIDDEN");
  });

  it("two purchases at once by the same citizen give one bill", async () => {
    const results = await Promise.allSettled([buyBooklet.execute(actors.ahmed!, { tenderId: tender.id }), buyBooklet.execute(actors.ahmed!, { tenderId: tender.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.tenderBookletPurchase.count({ where: { tenderId: tender.id, buyerUserId: actors.ahmed!.userId } })).toBe(1);
  });

  it("the booklet opens to the buyer only once the bill is paid (the bank's notification), with an SMS", async () => {
    const detail = await getTender(tender.number, actors.abdullah!);
    expect(detail?.myPurchase).toMatchObject({ paid: false, bookletFileId: null, crNumber: RESTAURANT });
    const fileId = (await db.storedFile.findFirstOrThrow({ where: { tenderId: tender.id } })).id;
    expect(await readableFile(actors.abdullah!, fileId)).toBeNull();
    expect(await readableFile(actors.reviewer!, fileId)).toBeNull();
    expect(await readableFile(actors.officer!, fileId)).not.toBeNull();
    const res = await pay(detail!.myPurchase!.billNumber);
    expect(res.httpStatus).toBe(200);
    const after = await getTender(tender.number, actors.abdullah!);
    expect(after?.myPurchase).toMatchObject({ paid: true, bookletFileId: fileId });
    expect(await readableFile(actors.abdullah!, fileId)).not.toBeNull();
    expect(await readableFile(actors.ahmed!, fileId)).toBeNull(); // Ahmed's bill is not paid
    expect(await db.outboxMessage.count({ where: { template: "tenderBookletPaid", to: actors.abdullah!.mobile, body: { contains: tender.number } } })).toBe(1);
    const staff = await getTenderForStaff(actors.officer!, tender.number);
    expect(staff?.purchases.map((p) => p.paid).sort()).toEqual([false, true]);
  });

  it("before the deadline: edits pass, closing is refused; after it: edits and sales are refused, closing passes", async () => {
    const edited = await editTender.execute(actors.officer!, { ...tenderInput({ booklet: [] }), tenderId: tender.id, titleAr: "صيانة طرق حي الشاطئ (معدلة)" });
    expect(edited.number).toBe(tender.number);
    expect((await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).titleAr).toBe("صيانة طرق حي الشاطئ (معدلة)");
    expect(await errorOf(tenderStep.execute(actors.officer!, { tenderId: tender.id, event: "close" }))).toMatchObject({ code: "INVALID_STATE", message: "tenders:errors.closeBeforeDeadline" });

    await setDeadline(tender.id, new Date(Date.now() - 60_000));
    const before = await counts();
    const late = await errorOf(editTender.execute(actors.officer!, { ...tenderInput({ booklet: [] }), tenderId: tender.id, titleAr: "تعديل متأخر" }));
    expect(late).toMatchObject({ code: "INVALID_STATE", message: "tenders:errors.editAfterDeadline" });
    expect(await errorOf(buyBooklet.execute(actors.ahmed!, { tenderId: tender.id }))).toMatchObject({ code: "INVALID_STATE", message: "tenders:errors.notOnSale" });
    expect(await counts()).toEqual(before);
    expect((await db.tender.findUniqueOrThrow({ where: { id: tender.id } })).titleAr).toBe("صيانة طرق حي الشاطئ (معدلة)");

    expect(await tenderStep.execute(actors.officer!, { tenderId: tender.id, event: "close" })).toMatchObject({ status: "CLOSED" });
  });

  it("awards a closed tender (not below zero, not twice) and the result is public", async () => {
    expect((await errorOf(awardTender.execute(actors.officer!, { tenderId: tender.id, awardedTo: "مؤسسة", amount: "0" }))).fieldErrors).toEqual({ amount: "tenders:errors.priceFormat" });
    expect((await errorOf(awardTender.execute(actors.officer!, { tenderId: tender.id, awardedTo: "مؤسسة", awardedCrNumber: "12", amount: "10" }))).fieldErrors).toEqual({ awardedCrNumber: "tenders:errors.crFormat" });
    await awardTender.execute(actors.officer!, { tenderId: tender.id, awardedTo: "شركة الطرق الحديثة", awardedCrNumber: "2051234567", amount: "2,450,000" });
    const pub = await getTender(tender.number, null);
    expect(pub).toMatchObject({ status: "AWARDED", awardedTo: "شركة الطرق الحديثة", awardHalalas: 245_000_000 });
    expect(await errorOf(awardTender.execute(actors.officer!, { tenderId: tender.id, awardedTo: "x", amount: "1" }))).toMatchObject({ code: "INVALID_STATE" });
    expect(await errorOf(tenderStep.execute(actors.officer!, { tenderId: tender.id, event: "cancel", note: "x" }))).toMatchObject({ code: "INVALID_STATE" });
    expect(await db.auditLog.count({ where: { entityId: tender.id, action: { in: ["tender.open", "tender.close", "tender.award", "tender.edit", "tender.buyBooklet", "tender.bookletPaid"] } } })).toBeGreaterThanOrEqual(6);
  });

  it("cancelling needs a reason and is refused once awarded", async () => {
    const t = await publishTender.execute(actors.officer!, tenderInput());
    expect((await errorOf(tenderStep.execute(actors.officer!, { tenderId: t.id, event: "cancel" }))).fieldErrors).toEqual({ note: "tenders:errors.cancelReason" });
    expect(await tenderStep.execute(actors.officer!, { tenderId: t.id, event: "cancel", note: "إعادة الطرح" })).toMatchObject({ status: "CANCELLED" });
    expect(await errorOf(editTender.execute(actors.officer!, { ...tenderInput({ booklet: [] }), tenderId: t.id }))).toMatchObject({ code: "INVALID_STATE" });
  });
});

describe("public listing", () => {
  it("filters by number, words, activity and status; bad filters are ignored, pages are bounded", async () => {
    const seeded = await listTenders({ page: 1, status: "AWARDED" });
    expect(seeded.rows.every((r) => r.status === "AWARDED")).toBe(true);
    const roads = await listTenders({ page: 1, activity: "ROADS" });
    expect(roads.total).toBeGreaterThan(0);
    expect(roads.rows.every((r) => r.activity === "ROADS")).toBe(true);
    const one = roads.rows[0]!;
    expect((await listTenders({ page: 1, q: one.number.toLowerCase() })).rows.map((r) => r.number)).toEqual([one.number]);
    expect((await listTenders({ page: 1, q: "الشاطئ" })).total).toBeGreaterThan(0);
    const all = await listTenders({ page: 1, activity: "NOPE", status: "WHATEVER" });
    expect(all.total).toBe(await db.tender.count());
    expect((await listTenders({ page: 9999 })).rows).toEqual([]);
    expect((await listAuctions({ page: 1, activity: "INVEST_TOURISM" })).rows.every((a) => a.activity === "INVEST_TOURISM")).toBe(true);
  });
});

describe("auctions", () => {
  const input = (over: Record<string, unknown> = {}) => ({ titleAr: "موقع تجاري", titleEn: "Commercial site", siteAr: "حي الشاطئ", siteEn: "Al Shati", latitude: "26.45", longitude: "50.11", areaM2: "1200", activity: "INVEST_COMMERCIAL", municipalityId, openingPrice: "250000", sessionAt: new Date(Date.now() + 7 * DAY), ...over });

  it("publish → open (subscribers texted) → held after the session → result not below the opening price", async () => {
    await saveSubscriptions.execute(actors.ahmed!, { activities: ["INVEST_COMMERCIAL"] });
    expect((await errorOf(publishAuction.execute(actors.abdullah!, input()))).code).toBe("FORBIDDEN");
    expect((await errorOf(publishAuction.execute(actors.officer!, input({ latitude: "48.85", longitude: "2.35" })))).code).toBe("VALIDATION");
    expect((await errorOf(publishAuction.execute(actors.officer!, input({ areaM2: "-5" })))).fieldErrors).toEqual({ areaM2: "tenders:errors.areaFormat" });
    const a = await publishAuction.execute(actors.officer!, input());
    expect(a.number).toMatch(/^M\d{7}$/);
    expect(await auctionStep.execute(actors.officer!, { auctionId: a.id, event: "open" })).toMatchObject({ status: "OPEN", notified: 1 });
    expect(await errorOf(auctionStep.execute(actors.officer!, { auctionId: a.id, event: "close" }))).toMatchObject({ message: "tenders:errors.closeBeforeSession" });
    await editAuction.execute(actors.officer!, { ...input({ areaM2: "1300" }), auctionId: a.id });
    await db.auction.update({ where: { id: a.id }, data: { sessionAt: new Date(Date.now() - 60_000) } });
    expect(await errorOf(editAuction.execute(actors.officer!, { ...input(), auctionId: a.id }))).toMatchObject({ message: "tenders:errors.editAfterSession" });
    await auctionStep.execute(actors.officer!, { auctionId: a.id, event: "close" });
    expect((await errorOf(awardAuction.execute(actors.officer!, { auctionId: a.id, winnerName: "شركة", winningBid: "100000" }))).fieldErrors).toEqual({ winningBid: "tenders:errors.bidBelowOpening" });
    await awardAuction.execute(actors.officer!, { auctionId: a.id, winnerName: "شركة الاستثمار", winningBid: "300000" });
    expect(await db.auction.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: "AWARDED", areaM2: 1300, winningBidHalalas: 30_000_000 });
  });
});
