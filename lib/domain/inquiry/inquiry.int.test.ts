/**
 * The one inquiry against a real PostgreSQL: every kind answers its status and public facts to a stranger and
 * the owner's details only to the owner signed in, or after a code sent to the mobile ON THE RECORD; malformed
 * numbers are refused before anything is counted or read; a violation needs its owner's ID; inquiries are
 * limited per client address.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { requestInquiryOwnerCode, verifyInquiryOwnerCode } from "@/lib/domain/inquiry/commands/owner-code";
import { inquire, INQUIRY_POINTS, type InquiryOutcome, type PublicAnswer } from "@/lib/domain/inquiry/inquire";
import { unsealParams } from "@/lib/domain/notifications/seal";
import { tenderNumber, auctionNumber, DEMO_TENDERS, DEMO_AUCTIONS } from "@/prisma/seed/tenders";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { checkDigitNumber } from "@/lib/kernel/check-digits";

const actors: Record<string, Actor> = {};
let ipSeq = 0;
/** A fresh client address per test, so the limit of one test does not bleed into another. */
const ip = () => `198.51.100.${++ipSeq}`;
const found = (o: InquiryOutcome): PublicAnswer => {
  if (o.status !== "FOUND") throw new Error(`expected FOUND, got ${JSON.stringify(o)}`);
  return o.answer;
};
const labels = (a: PublicAnswer) => a.facts.map((f) => f.label);

const RESTAURANT = "2050123456"; // owned by Abdullah (seed)
const DAY = 86_400_000;
const seq = async (name: string) => (await db.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${name}') AS n`))[0].n;

/** One record of every kind the inquiry answers, owned by Abdullah's restaurant (the test database has reference data and demo accounts only). */
async function createRecords() {
  const est = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: RESTAURANT } });
  const now = Date.now();
  await db.license.create({
    data: { number: checkDigitNumber("L", await seq("license_number_seq"), 7), verifyCode: randomBytes(9).toString("base64url"), kind: "COMMERCIAL", status: "ACTIVE", establishmentId: est.id, municipalityId: est.municipalityId, activityId: est.activityId!, holderNationalId: est.ownerNationalId, holderName: est.ownerName, holderMobile: est.ownerMobile, tradeNameAr: est.tradeNameAr, areaM2: 60, signAreaM2: 3, issuedAt: new Date(now - 10 * DAY), validFrom: new Date(now - 10 * DAY), expiresAt: new Date(now + 300 * DAY) },
  });
  const inspector = await db.user.findUniqueOrThrow({ where: { username: "staff.inspector" } });
  const article = await db.violationArticle.findFirstOrThrow();
  const v = await db.violation.create({ data: { number: checkDigitNumber("V", await seq("violation_number_seq")), establishmentId: est.id, articleId: article.id, municipalityId: est.municipalityId, inspectorId: inspector.id, fineHalalas: 123_400, notes: "ملاحظة المراقب", latitude: 26.42, longitude: 50.09, observedAt: new Date(now - 2 * DAY), status: "OBJECTED" } });
  await db.objection.create({ data: { violationId: v.id, filedById: actors.abdullah!.userId, reason: "لم تكن المنشأة مفتوحة وقت الرصد المذكور", slaDueAt: new Date(now + 10 * DAY) } });
  await db.healthCertificate.create({ data: { number: checkDigitNumber("H", await seq("health_cert_number_seq")), verifyCode: randomBytes(9).toString("base64url"), establishmentId: est.id, requestedById: actors.abdullah!.userId, workerName: "راجيش كومار", workerNationalId: withCheckDigit("223344556"), occupation: "طباخ", status: "ISSUED", issuedAt: new Date(now - DAY), expiresAt: new Date(now + 300 * DAY) } });
  await db.licenseApplication.create({ data: { number: checkDigitNumber("A", await seq("application_number_seq")), applicantId: actors.abdullah!.userId, applicantNationalId: est.ownerNationalId, status: "SUBMITTED", tradeNameAr: "مطعم تجريبي", submittedAt: new Date(now - DAY) } });
  const category = await db.complaintCategory.findFirstOrThrow();
  await db.complaint.create({ data: { reference: checkDigitNumber("C", await seq("complaint_number_seq"), 7), categoryId: category.id, departmentId: category.departmentId, municipalityId: est.municipalityId, description: "حفرة في الطريق أمام المدرسة", reporterMobile: actors.ahmed!.mobile, slaDueAt: new Date(now + 2 * DAY) } });
}

beforeAll(async () => {
  actors.abdullah = await actorOf({ nationalId: withCheckDigit("108765432") });
  actors.ahmed = await actorOf({ nationalId: withCheckDigit("212345678") });
  await createRecords();
});

describe("each kind answers", () => {
  it("a shop license by number and by CR: the certificate's facts for anyone, the holder's details for the holder only", async () => {
    const license = await db.license.findFirstOrThrow({ where: { holderNationalId: withCheckDigit("108765432") }, include: { establishment: true }, orderBy: { issuedAt: "desc" } });
    const stranger = found(await inquire({ kind: "shoplicense", number: license.number.toLowerCase(), nationalId: "" }, ip(), null));
    expect(stranger).toMatchObject({ number: license.number, typeKey: "inquiry:types.shopLicense", status: { value: license.status }, ownerFacts: null });
    expect(stranger.ownerMobileMasked).toMatch(/^05\d •+ •+\d\d$/);
    expect(labels(stranger)).toContain("inquiry:fields.tradeName");
    expect(JSON.stringify(stranger)).not.toContain(license.holderName);
    const byCr = found(await inquire({ kind: "shoplicense", number: license.establishment.commercialRegNo, nationalId: "" }, ip(), actors.ahmed!));
    expect(byCr.ownerFacts).toBeNull();
    const owner = found(await inquire({ kind: "shoplicense", number: license.number, nationalId: "" }, ip(), actors.abdullah!));
    expect(owner.ownerFacts?.find((f) => f.label === "inquiry:fields.holder")?.value).toEqual({ kind: "text", text: license.holderName });
    expect(owner.ownerMobileMasked).toBeNull();
  });

  it("a violation needs the owner's ID: a wrong ID answers like no violation; the owner sees the fine", async () => {
    const v = await db.violation.findFirstOrThrow({ include: { establishment: true } });
    expect(await inquire({ kind: "violation", number: v.number, nationalId: withCheckDigit("299999999") }, ip(), null)).toEqual({ status: "NO_MATCH" });
    const a = found(await inquire({ kind: "violation", number: v.number, nationalId: v.establishment.ownerNationalId }, ip(), null));
    expect(a).toMatchObject({ typeKey: "inquiry:types.violation", status: { value: v.status, key: `violations:status.${v.status}` }, ownerFacts: null });
    expect(JSON.stringify(a)).not.toContain(String(v.fineHalalas));
    const owner = found(await inquire({ kind: "violation", number: v.number, nationalId: v.establishment.ownerNationalId }, ip(), actors.abdullah!));
    expect(owner.ownerFacts?.find((f) => f.label === "inquiry:fields.fine")?.value).toEqual({ kind: "money", halalas: v.fineHalalas });
  });

  it("a transaction: an application, a complaint and an objection by reference", async () => {
    const app = await db.licenseApplication.findFirstOrThrow({ where: { status: { not: "DRAFT" } } });
    expect(found(await inquire({ kind: "transaction", number: app.number, nationalId: "" }, ip(), null))).toMatchObject({ typeKey: "inquiry:types.application", status: { value: app.status }, ownerFacts: null });
    const mine = found(await inquire({ kind: "transaction", number: app.number, nationalId: "" }, ip(), await actorOf({ id: app.applicantId })));
    expect(mine.ownerFacts).not.toBeNull();
    const c = await db.complaint.findFirstOrThrow();
    expect(found(await inquire({ kind: "transaction", number: c.reference, nationalId: "" }, ip(), null))).toMatchObject({ typeKey: "inquiry:types.complaint", status: { value: c.status } });
    const o = await db.objection.findFirstOrThrow({ include: { violation: true } });
    expect(found(await inquire({ kind: "transaction", number: o.violation.number, nationalId: "" }, ip(), null))).toMatchObject({ typeKey: "inquiry:types.objection", status: { value: o.status } });
  });

  it("a health certificate shows what the printed certificate shows (the ID masked)", async () => {
    const cert = await db.healthCertificate.findFirstOrThrow();
    const a = found(await inquire({ kind: "healthcert", number: cert.number, nationalId: "" }, ip(), null));
    expect(a.typeKey).toBe("inquiry:types.healthCert");
    expect(a.facts.find((f) => f.label === "inquiry:fields.workerId")?.value).toEqual({ kind: "code", text: `••••••${cert.workerNationalId.slice(-4)}` });
    expect(JSON.stringify(a)).not.toContain(cert.workerNationalId);
  });

  it("tenders and auctions are public, with a link to their page and no owner", async () => {
    const awarded = DEMO_TENDERS.find((t) => t.status === "AWARDED")!;
    const t = found(await inquire({ kind: "tender", number: tenderNumber(awarded.n), nationalId: "" }, ip(), null));
    expect(t).toMatchObject({ status: { value: "AWARDED", key: "tenders:status.AWARDED" }, link: `/tenders/${tenderNumber(awarded.n)}`, ownerFacts: null, ownerMobileMasked: null });
    expect(t.facts.find((f) => f.label === "inquiry:fields.awardedTo")?.value).toEqual({ kind: "text", text: awarded.awardedTo });
    const a = found(await inquire({ kind: "auction", number: auctionNumber(DEMO_AUCTIONS[0]!.n), nationalId: "" }, ip(), null));
    expect(a).toMatchObject({ typeKey: "inquiry:types.auction", status: { value: "OPEN" } });
  });
});

describe("bad input and limits", () => {
  it("malformed numbers are refused with a localized key per field, and cost nothing", async () => {
    const client = ip();
    for (let i = 0; i < INQUIRY_POINTS + 5; i++) {
      expect(await inquire({ kind: "tender", number: "T123", nationalId: "" }, client, null)).toEqual({ status: "INVALID", fieldErrors: { number: "inquiry:errors.tenderFormat" } });
    }
    expect(await inquire({ kind: "nope", number: "T1000014", nationalId: "" }, client, null)).toEqual({ status: "INVALID", fieldErrors: { kind: "inquiry:errors.chooseKind" } });
    expect((await inquire({ kind: "tender", number: tenderNumber(900001), nationalId: "" }, client, null)).status).toBe("FOUND");
  });

  it(`${INQUIRY_POINTS} well-formed inquiries per client address, then a polite refusal; another address is not affected`, async () => {
    const client = ip();
    const number = tenderNumber(900001);
    for (let i = 0; i < INQUIRY_POINTS; i++) expect((await inquire({ kind: "tender", number, nationalId: "" }, client, null)).status).toBe("FOUND");
    const limited = await inquire({ kind: "tender", number, nationalId: "" }, client, null);
    expect(limited.status).toBe("RATE_LIMITED");
    expect(limited.status === "RATE_LIMITED" && limited.minutes).toBeGreaterThanOrEqual(1);
    expect((await inquire({ kind: "tender", number, nationalId: "" }, ip(), null)).status).toBe("FOUND");
  });
});

describe("the owner's code", () => {
  it("goes to the mobile on the record; a wrong code is refused and counted; the right one shows the owner's details", async () => {
    const license = await db.license.findFirstOrThrow({ where: { holderNationalId: withCheckDigit("108765432") }, orderBy: { issuedAt: "desc" } });
    const input = { kind: "shoplicense", number: license.number, nationalId: "", locale: "ar" };
    await requestInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, input);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { template: "otp", to: license.holderMobile }, orderBy: { createdAt: "desc" } });
    expect(sms.body).not.toMatch(/\d{6}/);
    const code = String(unsealParams(sms.sealedParams!).code);
    const wrong = await errorOf(verifyInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { ...input, code: code === "000000" ? "111111" : "000000" }));
    expect(wrong.fieldErrors?.code).toMatch(/^complaints:otp\.errors\.wrongCode\?left=4$/);
    expect((await db.phoneVerification.findFirstOrThrow({ where: { mobile: license.holderMobile }, orderBy: { createdAt: "desc" } })).attempts).toBe(1);
    const ok = await verifyInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { ...input, code });
    expect(ok.ownerFacts?.some((f) => f.label === "inquiry:fields.holder")).toBe(true);
    // Used up: the same code does not open it twice.
    expect((await errorOf(verifyInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { ...input, code }))).code).toBe("VALIDATION");
  });

  it("no code for a record without an owner's mobile (tenders) or for a malformed number; nothing is sent", async () => {
    const before = await db.outboxMessage.count();
    expect((await errorOf(requestInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { kind: "tender", number: tenderNumber(900001) }))).code).toBe("NOT_FOUND");
    expect((await errorOf(requestInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { kind: "violation", number: "V1", nationalId: "" }))).code).toBe("VALIDATION");
    expect(await db.outboxMessage.count()).toBe(before);
  });
});
