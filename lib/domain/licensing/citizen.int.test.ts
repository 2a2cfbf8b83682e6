/**
 * The citizen's side of licensing against a real PostgreSQL: the wizard's draft (resumable), documents
 * checked by bytes, office choice, submission (fee from the data, unpaid violations block it), the
 * return/resubmit loop, scope (another citizen's application by ID → not found), issuance on payment,
 * the public verification, renewal with a late fee, and the owner's cancellation.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { cancelLicenseByOwner } from "@/lib/domain/licensing/commands/cancel-license";
import { chooseOffice } from "@/lib/domain/licensing/commands/choose-office";
import { renewLicense } from "@/lib/domain/licensing/commands/renew-license";
import { resubmitApplication } from "@/lib/domain/licensing/commands/resubmit-application";
import { saveDocuments } from "@/lib/domain/licensing/commands/save-documents";
import { saveEstablishment } from "@/lib/domain/licensing/commands/save-establishment";
import { submitApplication } from "@/lib/domain/licensing/commands/submit-application";
import { withdrawApplication } from "@/lib/domain/licensing/commands/withdraw-application";
import { computeLicenseFee, loadFeeRule } from "@/lib/domain/licensing/fees";
import { moveApplication } from "@/lib/domain/licensing/move";
import { getMyApplication, getMyLicense, verifyLicense } from "@/lib/domain/licensing/queries/citizen";
import { newBankTxnId, notificationBody } from "@/lib/domain/payments/bank-simulator";
import { processPaymentNotification } from "@/lib/domain/payments/commands/process-payment-notification";
import { billPaidHandlers } from "@/lib/domain/bill-paid-handlers";
import { issueBill } from "@/lib/domain/payments/issue-bill";
import { signPaymentBody } from "@/lib/domain/payments/signature";
import { recordViolation } from "@/lib/domain/violations/commands/record-violation";
import { MUNICIPALITY_CODES } from "@/prisma/seed/places";
import { actorOf, errorOf } from "@/tests/factories/actors";

const SECRET = "licensing-test-secret-0123456789";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
const PDF = Buffer.from("%PDF-1.4\n%lease\n");
const SYSTEM = { system: "test" };
let storageRoot: string;
let citizen: Actor;
let resident: Actor;
let dammam: { id: string; districtId: string };
let activities: { grocery: { id: string; groupEn: string }; phones: { id: string; groupEn: string } };
let crSeq = 0;
const cr = () => `20593${String(Date.now() % 10_000).padStart(4, "0")}${(crSeq++) % 10}`.slice(0, 10);

const file = (bytes: Uint8Array, name: string, type: string) => new File([Uint8Array.from(bytes)], name, { type });
function establishment(over: Record<string, unknown> = {}) {
  return {
    tradeNameAr: "بقالة الاختبار",
    commercialRegNo: cr(),
    activityId: activities.grocery.id,
    municipalityId: dammam.id,
    districtId: dammam.districtId,
    addressAr: "شارع الملك سعود، مبنى 12",
    latitude: "26.4331",
    longitude: "50.1033",
    areaM2: "60",
    signAreaM2: "4",
    ...over,
  };
}

/** A complete draft, submitted, of `actor`. */
async function submitted(actor = citizen, over: Record<string, unknown> = {}) {
  const { applicationId } = await saveEstablishment.execute(actor, establishment(over));
  await saveDocuments.execute(actor, { applicationId, lease: file(PDF, "lease.pdf", "application/pdf"), crCopy: file(PDF, "cr.pdf", "application/pdf"), shopPhotos: [file(PNG, "front.png", "image/png")] });
  await chooseOffice.execute(actor, { applicationId, officeId: "auto" });
  await submitApplication.execute(actor, { applicationId, confirm: true });
  return applicationId;
}

async function loadMovable(id: string) {
  return db.licenseApplication.findUniqueOrThrow({ where: { id }, select: { id: true, number: true, status: true, kind: true, municipalityId: true, applicantId: true } });
}
async function step(id: string, event: Parameters<typeof moveApplication>[3]["event"], role: Parameters<typeof moveApplication>[3]["role"], extra?: Record<string, unknown>) {
  await db.$transaction(async (tx) => moveApplication(tx, SYSTEM, await loadMovable(id), { event, role, extra, note: event === "return" ? "أرفقوا عقد إيجار موثقًا من منصة إيجار" : null }));
}
async function pay(billNumber: string) {
  const bill = await db.bill.findUniqueOrThrow({ where: { number: billNumber } });
  const body = notificationBody({ bankTxnId: newBankTxnId(), billNumber, amountHalalas: bill.totalHalalas, paidAt: new Date(), bankCode: "RJHI" });
  return processPaymentNotification(body, signPaymentBody(body, SECRET), { secret: SECRET, handlers: billPaidHandlers });
}
/** Takes an application through the office's steps to AWAITING_PAYMENT with its bill (as the manager's approve does). */
async function approved(id: string) {
  await step(id, "take", "OFFICE_AGENT");
  await step(id, "accept", "OFFICE_AGENT");
  await step(id, "inspectPass", "OFFICE_TECH_INSPECTOR");
  const app = await db.licenseApplication.findUniqueOrThrow({ where: { id }, include: { activity: true, applicant: true } });
  if (app.kind === "HEALTH") await step(id, "healthApprove", "OFFICE_HEALTH_SPECIALIST");
  const fee = computeLicenseFee(await loadFeeRule(db, app.activity!.groupEn), { areaM2: app.areaM2!, signAreaM2: app.signAreaM2!, needsHealth: app.kind === "HEALTH" });
  const bill = await db.$transaction((tx) =>
    issueBill(tx, SYSTEM, { municipalityId: app.municipalityId!, subjectType: "LicenseApplication", subjectId: id, payer: { nationalId: app.applicantNationalId, name: app.applicant.nameAr, mobile: app.applicant.mobile }, lines: fee.lines }),
  );
  await step(id, "approve", "OFFICE_MANAGER", { feeHalalas: fee.totalHalalas, billId: bill.id });
  return bill;
}

beforeAll(async () => {
  storageRoot = await mkdtemp(path.join(os.tmpdir(), "amanah-licensing-"));
  process.env.STORAGE_DIR = storageRoot;
  citizen = await actorOf({ nationalId: "1087654321" });
  resident = await actorOf({ nationalId: "2123456788" });
  const m = await db.municipality.findUniqueOrThrow({ where: { code: MUNICIPALITY_CODES.DAMMAM_CENTRAL }, include: { districts: true } });
  dammam = { id: m.id, districtId: m.districts[0]!.id };
  const g = await db.activity.findUniqueOrThrow({ where: { isicCode: "471111" } });
  const p = await db.activity.findUniqueOrThrow({ where: { isicCode: "474101" } });
  activities = { grocery: { id: g.id, groupEn: g.groupEn }, phones: { id: p.id, groupEn: p.groupEn } };
});
afterAll(async () => {
  await rm(storageRoot, { recursive: true, force: true });
});

describe("fee schedule (data)", () => {
  it("is seeded with a default row and per-group rows; an unknown group falls back to the default", async () => {
    const food = await loadFeeRule(db, "Food retail");
    const fallback = await loadFeeRule(db, "No such group");
    expect(food.activityGroupEn).toBe("Food retail");
    expect(fallback.activityGroupEn).toBeNull();
    expect(computeLicenseFee(food, { areaM2: 60, signAreaM2: 4, needsHealth: true }).totalHalalas).toBe(100_000);
  });
});

describe("the wizard's draft", () => {
  it("creates a draft with its number and kind from the activity, resumable at the next step", async () => {
    const { applicationId, number } = await saveEstablishment.execute(citizen, establishment());
    expect(number).toMatch(/^A\d+$/);
    const app = await getMyApplication(citizen, applicationId);
    expect(app).toMatchObject({ status: "DRAFT", kind: "HEALTH", draftStep: 2, areaM2: 60, signAreaM2: 4 });
    // Saving step 1 again keeps the draft (no second row) and updates the data.
    await saveEstablishment.execute(citizen, { ...establishment(), applicationId, activityId: activities.phones.id, tradeNameAr: "جوالات الاختبار" });
    expect(await getMyApplication(citizen, applicationId)).toMatchObject({ kind: "COMMERCIAL", tradeNameAr: "جوالات الاختبار", draftStep: 2 });
  });

  it("refuses coordinates outside Saudi Arabia and a malformed CR with field errors, writing nothing", async () => {
    const before = await db.licenseApplication.count();
    const e = await errorOf(saveEstablishment.execute(citizen, establishment({ latitude: "48.85", longitude: "2.35", commercialRegNo: "12ab" })));
    expect(e.code).toBe("VALIDATION");
    expect(Object.keys(e.fieldErrors ?? {})).toEqual(expect.arrayContaining(["latitude", "commercialRegNo"]));
    expect(await db.licenseApplication.count()).toBe(before);
  });

  it("checks documents by their bytes and refuses an incomplete set without keeping any file", async () => {
    const { applicationId } = await saveEstablishment.execute(citizen, establishment());
    const fake = await errorOf(saveDocuments.execute(citizen, { applicationId, lease: file(Buffer.from("MZ not a pdf"), "lease.pdf", "application/pdf") }));
    expect(fake.fieldErrors?.lease).toBe("validation:fileTypeDocument");
    const missing = await errorOf(saveDocuments.execute(citizen, { applicationId, lease: file(PDF, "lease.pdf", "application/pdf") }));
    expect(missing.fieldErrors).toMatchObject({ crCopy: "licensing:errors.crCopyRequired", shopPhotos: "licensing:errors.photoRequired" });
    expect(await db.storedFile.count({ where: { applicationId } })).toBe(0);
    await saveDocuments.execute(citizen, { applicationId, lease: file(PDF, "lease.pdf", "application/pdf"), crCopy: file(PDF, "cr.pdf", "application/pdf"), shopPhotos: [file(PNG, "a.png", "image/png")] });
    const files = await db.storedFile.findMany({ where: { applicationId }, select: { purpose: true, sha256: true } });
    expect(files.map((f) => f.purpose).sort()).toEqual(["CR_COPY", "LEASE", "SHOP_PHOTO"]);
    expect(files.every((f) => /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect((await getMyApplication(citizen, applicationId))?.draftStep).toBe(3);
  });

  it("will not submit an incomplete draft", async () => {
    const { applicationId } = await saveEstablishment.execute(citizen, establishment());
    const e = await errorOf(submitApplication.execute(citizen, { applicationId, confirm: true }));
    expect(e.message).toBe("licensing:errors.stepMissing?step=2");
  });
});

describe("submission", () => {
  it("assigns the least loaded eligible office, stores the fee from the schedule, and texts the applicant", async () => {
    const outboxBefore = await db.outboxMessage.count();
    const id = await submitted();
    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id }, include: { office: true } });
    expect(app.status).toBe("SUBMITTED");
    expect(app.officeAutoAssigned).toBe(true);
    expect(app.office?.code).toBe("OFF-INJAZ"); // the only active office serving Central Dammam
    expect(app.feeHalalas).toBe(100_000); // Food retail: 300 + 60×5 + 4×50 + 200 (health) SAR
    expect(app.slaDueAt).not.toBeNull();
    const history = await db.applicationHistory.findMany({ where: { applicationId: id } });
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorRole])).toEqual([["DRAFT", "SUBMITTED", "CITIZEN"]]);
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 1);
  });

  it("is refused while the commercial registration has an unpaid violation", async () => {
    // The inspector records a violation at Abdullah's restaurant: its bill is unpaid.
    const inspector = await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "staff.inspector" } })).id);
    const restaurant = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: "2050123456" } });
    const article = await db.violationArticle.findFirstOrThrow({ where: { code: "HLT-101" } });
    await recordViolation.execute(inspector!, { establishmentId: restaurant.id, articleId: article.id, fine: "1500", notes: "أرضية المطبخ غير نظيفة", latitude: "26.4331", longitude: "50.1033", photos: [file(PNG, "v.png", "image/png")] });
    const { applicationId } = await saveEstablishment.execute(citizen, establishment({ commercialRegNo: restaurant.commercialRegNo }));
    await saveDocuments.execute(citizen, { applicationId, lease: file(PDF, "l.pdf", "application/pdf"), crCopy: file(PDF, "c.pdf", "application/pdf"), shopPhotos: [file(PNG, "p.png", "image/png")] });
    await chooseOffice.execute(citizen, { applicationId, officeId: "auto" });
    const e = await errorOf(submitApplication.execute(citizen, { applicationId, confirm: true }));
    expect(e.message).toMatch(/^violations:rules\.unpaidBlocksLicense/);
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id: applicationId } })).status).toBe("DRAFT");
  });

  it("refuses an office that does not serve the municipality", async () => {
    const { applicationId } = await saveEstablishment.execute(citizen, establishment());
    const qatifOffice = await db.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-WAHA" } });
    const e = await errorOf(chooseOffice.execute(citizen, { applicationId, officeId: qatifOffice.id }));
    expect(e.fieldErrors?.officeId).toBe("licensing:errors.officeNotEligible");
  });
});

describe("scope: another citizen's application", () => {
  it("is not found by ID in a query nor in any command, and nothing changes", async () => {
    const id = await submitted();
    expect(await getMyApplication(resident, id)).toBeNull();
    const attempts = [
      () => saveEstablishment.execute(resident, { ...establishment(), applicationId: id }),
      () => saveDocuments.execute(resident, { applicationId: id, shopPhotos: [file(PNG, "x.png", "image/png")] }),
      () => chooseOffice.execute(resident, { applicationId: id, officeId: "auto" }),
      () => submitApplication.execute(resident, { applicationId: id, confirm: true }),
      () => resubmitApplication.execute(resident, { applicationId: id, note: "تم التعديل" }),
      () => withdrawApplication.execute(resident, { applicationId: id }),
    ];
    for (const attempt of attempts) expect((await errorOf(attempt())).code).toBe("NOT_FOUND");
    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id } });
    expect(app.status).toBe("SUBMITTED");
    expect(app.tradeNameAr).toBe("بقالة الاختبار");
  });
});

describe("return and resubmit", () => {
  it("a returned application is edited (activity and municipality locked) and goes back to the office's review", async () => {
    const id = await submitted();
    await step(id, "take", "OFFICE_AGENT");
    await step(id, "return", "OFFICE_AGENT");
    const mine = await getMyApplication(citizen, id);
    expect(mine).toMatchObject({ status: "RETURNED", holder: "CITIZEN", lastNote: "أرفقوا عقد إيجار موثقًا من منصة إيجار" });

    const locked = await errorOf(saveEstablishment.execute(citizen, { ...establishment({ commercialRegNo: mine!.commercialRegNo }), applicationId: id, activityId: activities.phones.id }));
    expect(locked.fieldErrors?.activityId).toBe("licensing:errors.lockedWhenReturned");
    await saveEstablishment.execute(citizen, { ...establishment({ commercialRegNo: mine!.commercialRegNo }), applicationId: id, areaM2: "75" });
    await saveDocuments.execute(citizen, { applicationId: id, lease: file(Buffer.from("%PDF-1.7\n%ejar\n"), "ejar.pdf", "application/pdf") });
    expect((await errorOf(resubmitApplication.execute(citizen, { applicationId: id, note: "" }))).code).toBe("VALIDATION");
    await resubmitApplication.execute(citizen, { applicationId: id, note: "أرفقنا عقد إيجار موثقًا وعدّلنا المساحة" });

    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id }, include: { documents: true, history: { orderBy: { at: "asc" } } } });
    expect(app.status).toBe("OFFICE_REVIEW");
    expect(app.areaM2).toBe(75);
    expect(app.returnCount).toBe(1);
    expect(app.documents.filter((d) => d.purpose === "LEASE").map((d) => d.originalName)).toEqual(["ejar.pdf"]);
    expect(app.history.at(-1)).toMatchObject({ event: "resubmit", fromStatus: "RETURNED", toStatus: "OFFICE_REVIEW", actorRole: "CITIZEN", note: "أرفقنا عقد إيجار موثقًا وعدّلنا المساحة" });
    // Resubmitting twice is refused (the application is no longer RETURNED).
    expect((await errorOf(resubmitApplication.execute(citizen, { applicationId: id, note: "مرة ثانية" }))).code).toBe("INVALID_STATE");
  });
});

describe("issuance, verification, renewal and cancellation", () => {
  it("payment issues the license at once; the public page shows only the certificate's data", async () => {
    const id = await submitted();
    const bill = await approved(id);
    const res = await pay(bill.number);
    expect(res.httpStatus).toBe(200);
    const app = await db.licenseApplication.findUniqueOrThrow({ where: { id }, include: { license: true } });
    expect(app.status).toBe("ISSUED");
    const license = app.license!;
    expect(license).toMatchObject({ status: "ACTIVE", kind: "HEALTH", holderNationalId: "1087654321" });
    expect(license.number).toMatch(/^L\d+$/);
    expect(license.expiresAt.getUTCFullYear()).toBe(license.issuedAt.getUTCFullYear() + 1);
    const est = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: app.commercialRegNo! } });
    expect(est.licenseNumber).toBe(license.number);
    expect(await db.outboxMessage.count({ where: { template: "licenseIssued", dedupeKey: `license-issued:${license.id}` } })).toBe(1);

    const pub = await verifyLicense(license.verifyCode);
    expect(pub?.status).toBe("ACTIVE");
    expect(JSON.stringify(pub)).not.toContain("1087654321");
    expect(JSON.stringify(pub)).not.toContain(license.holderMobile);
    expect(await verifyLicense("not-a-real-code-000")).toBeNull();
    // The other citizen cannot open it.
    expect(await getMyLicense(resident, license.id)).toBeNull();
    // The same payment notified again changes nothing.
    await pay(bill.number).catch(() => null);
    expect(await db.license.count({ where: { applicationId: id } })).toBe(1);
  });

  it("renewal opens 30 days before expiry, adds the late fee after it, and payment extends by a year", async () => {
    const id = await submitted();
    await pay((await approved(id)).number);
    const license = await db.license.findUniqueOrThrow({ where: { applicationId: id } });
    const early = await errorOf(renewLicense.execute(citizen, { licenseId: license.id }));
    expect(early.message).toBe("licensing:errors.renewalNotOpen?days=30");
    expect((await errorOf(renewLicense.execute(resident, { licenseId: license.id }))).code).toBe("NOT_FOUND");

    // Expired two months and a bit ago.
    const expiresAt = new Date(Date.now() - 65 * 86_400_000);
    await db.license.update({ where: { id: license.id }, data: { status: "EXPIRED", expiresAt } });
    const r = await renewLicense.execute(citizen, { licenseId: license.id });
    const bill = await db.bill.findUniqueOrThrow({ where: { id: r.billId }, include: { lines: true } });
    const late = bill.lines.filter((l) => l.kind === "LATE_FEE");
    expect(late).toHaveLength(1);
    expect(late[0]!.amountHalalas).toBe(3 * 10_000); // 3 started months × 100 SAR (Food retail)
    // Asking again returns the same bill.
    expect((await renewLicense.execute(citizen, { licenseId: license.id })).billId).toBe(r.billId);

    await pay(bill.number);
    const renewed = await db.license.findUniqueOrThrow({ where: { id: license.id } });
    expect(renewed.status).toBe("ACTIVE");
    expect(renewed.expiresAt.getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    expect((await db.licenseRenewal.findUniqueOrThrow({ where: { id: r.renewalId } })).status).toBe("PAID");
  });

  it("the owner cancels: the license is CANCELLED, the verification says so; another citizen cannot", async () => {
    const id = await submitted();
    await pay((await approved(id)).number);
    const license = await db.license.findUniqueOrThrow({ where: { applicationId: id } });
    expect((await errorOf(cancelLicenseByOwner.execute(resident, { licenseId: license.id, reason: "إغلاق المحل", confirm: true }))).code).toBe("NOT_FOUND");
    expect((await errorOf(cancelLicenseByOwner.execute(citizen, { licenseId: license.id, reason: "إغلاق المحل", confirm: false }))).code).toBe("VALIDATION");
    await cancelLicenseByOwner.execute(citizen, { licenseId: license.id, reason: "إغلاق المحل نهائيًا", confirm: true });
    const after = await db.license.findUniqueOrThrow({ where: { id: license.id } });
    expect(after).toMatchObject({ status: "CANCELLED", cancelledBy: "owner", cancelReason: "إغلاق المحل نهائيًا" });
    expect((await verifyLicense(license.verifyCode))?.status).toBe("CANCELLED");
  });

  it("withdrawing a submitted application is allowed, a second time refused", async () => {
    const id = await submitted();
    await withdrawApplication.execute(citizen, { applicationId: id, reason: "تأجيل الافتتاح" });
    expect((await db.licenseApplication.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    expect((await errorOf(withdrawApplication.execute(citizen, { applicationId: id }))).code).toBe("INVALID_STATE");
  });
});
