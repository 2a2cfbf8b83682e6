/**
 * The inquiry kinds of the permits area against a real PostgreSQL (issue 13): a building permit, an engineering
 * office's license and an electricity connection. Each answers a stranger with its status and what its printed
 * certificate shows, and the owner's details only to the owner signed in or after a code sent to the owner's
 * mobile on the record; a draft permit answers like no permit; the office license has no owner's part.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { requestInquiryOwnerCode, verifyInquiryOwnerCode } from "@/lib/domain/inquiry/commands/owner-code";
import { inquire, type InquiryOutcome, type PublicAnswer } from "@/lib/domain/inquiry/inquire";
import { unsealParams } from "@/lib/domain/notifications/seal";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { createIssuedPermit } from "@/tests/factories/permits";
import { DEMO_AFTER_ISSUE_PERMIT } from "@/prisma/seed/permits-after-issue";

let ipSeq = 0;
const ip = () => `203.0.113.${++ipSeq}`;
const found = (o: InquiryOutcome): PublicAnswer => {
  if (o.status !== "FOUND") throw new Error(`expected FOUND, got ${JSON.stringify(o)}`);
  return o.answer;
};
const fact = (facts: PublicAnswer["facts"] | null, label: string) => facts?.find((f) => f.label === label)?.value;
const seq = async (name: string) => (await db.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('${name}') AS n`))[0].n;

let owner: Actor;
let stranger: Actor;
let permit: { id: string; number: string; planNo: string };
let ownerRow: { nameAr: string; mobile: string };
let deedNo: string;
let connection: { number: string; clearanceNo: string };
const OFFICE_LICENSE = "EO-770031";

beforeAll(async () => {
  owner = await actorOf({ nationalId: DEMO_AFTER_ISSUE_PERMIT.ownerNationalId });
  stranger = await actorOf({ username: "staff.inspector" });
  ownerRow = await db.user.findUniqueOrThrow({ where: { id: owner.userId }, select: { nameAr: true, mobile: true } }) as { nameAr: string; mobile: string };
  permit = await createIssuedPermit(db, { passed: ["FOUNDATION", "SKELETON", "FINISHING", "INSULATION"] });
  deedNo = (await db.permit.findUniqueOrThrow({ where: { id: permit.id }, select: { deedNo: true } })).deedNo;
  await db.permit.update({ where: { id: permit.id }, data: { status: "COMPLETED" } });
  connection = { number: checkDigitNumber("EC", await seq("electricity_connection_number_seq")), clearanceNo: checkDigitNumber("CL", await seq("electricity_clearance_number_seq")) };
  await db.electricityConnection.create({ data: { number: connection.number, permitId: permit.id, requestedById: owner.userId, status: "ISSUED", clearanceNo: connection.clearanceNo, requestedAt: new Date(Date.now() - 5 * 86_400_000), decidedAt: new Date(Date.now() - 86_400_000) } });
  const amanah = await db.amanah.findFirstOrThrow();
  const municipality = await db.municipality.findFirstOrThrow({ where: { code: DEMO_AFTER_ISSUE_PERMIT.municipalityCode } });
  await db.licensingOffice.create({
    data: {
      code: "OFF-INQ-ENG", nameAr: "مكتب الاستعلام للاستشارات الهندسية", nameEn: "Inquiry Engineering Consultants", commercialRegNo: "2050770031", phone: "966138770031", status: "ACTIVE", amanahId: amanah.id,
      serviceTypes: ["ENGINEERING"], engineeringLicenseNo: OFFICE_LICENSE, engineeringClass: "FIRST", engineeringLicenseExpiresAt: new Date("2029-01-31T00:00:00Z"), coverage: { create: [{ municipalityId: municipality.id }] },
    },
  });
});

describe("a building permit", () => {
  it("a stranger sees the status and the parcel's public facts, never the owner's name or deed", async () => {
    const a = found(await inquire({ kind: "permit", number: permit.number.toLowerCase(), nationalId: "" }, ip(), null));
    expect(a).toMatchObject({ number: permit.number, typeKey: "inquiry:types.permit", status: { value: "COMPLETED", key: "permits:status.COMPLETED" }, ownerFacts: null });
    expect(a.ownerMobileMasked).toMatch(/^05\d •+ •+\d\d$/);
    expect(a.facts.map((f) => f.label)).toEqual(expect.arrayContaining(["inquiry:fields.permitKind", "inquiry:fields.district", "inquiry:fields.planParcel", "inquiry:fields.engineeringOffice", "inquiry:fields.issuedAt"]));
    expect(JSON.stringify(a)).not.toContain(deedNo);
    expect(JSON.stringify(a)).not.toContain(ownerRow.nameAr);
    // Signed in as someone else: still a stranger.
    expect(found(await inquire({ kind: "permit", number: permit.number, nationalId: "" }, ip(), stranger)).ownerFacts).toBeNull();
  });

  it("the owner signed in sees the owner's name and the deed", async () => {
    const a = found(await inquire({ kind: "permit", number: permit.number, nationalId: "" }, ip(), owner));
    expect(fact(a.ownerFacts, "inquiry:fields.owner")).toEqual({ kind: "text", text: ownerRow.nameAr });
    expect(fact(a.ownerFacts, "inquiry:fields.deedNo")).toEqual({ kind: "code", text: deedNo });
    expect(a.ownerMobileMasked).toBeNull();
  });

  it("the owner's code goes to the owner's mobile on the record and opens the details once", async () => {
    const input = { kind: "permit", number: permit.number, nationalId: "", locale: "ar" };
    await requestInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, input);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { template: "otp", to: ownerRow.mobile }, orderBy: { createdAt: "desc" } });
    const code = String(unsealParams(sms.sealedParams!).code);
    const ok = await verifyInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { ...input, code });
    expect(fact(ok.ownerFacts, "inquiry:fields.deedNo")).toEqual({ kind: "code", text: deedNo });
    expect((await errorOf(verifyInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { ...input, code }))).code).toBe("VALIDATION");
  });

  it("a draft, an unknown number and a mistyped one: no match, no match, a field error", async () => {
    await db.permit.update({ where: { id: permit.id }, data: { status: "DRAFT" } });
    try {
      expect(await inquire({ kind: "permit", number: permit.number, nationalId: "" }, ip(), null)).toEqual({ status: "NO_MATCH" });
    } finally {
      await db.permit.update({ where: { id: permit.id }, data: { status: "COMPLETED" } });
    }
    expect(await inquire({ kind: "permit", number: checkDigitNumber("P", 9_999_991), nationalId: "" }, ip(), null)).toEqual({ status: "NO_MATCH" });
    expect(await inquire({ kind: "permit", number: permit.number.slice(0, -2) + String((Number(permit.number.at(-2)) + 1) % 10) + permit.number.slice(-1), nationalId: "" }, ip(), null)).toEqual({ status: "INVALID", fieldErrors: { number: "inquiry:errors.checkDigit" } });
  });
});

describe("an electricity connection", () => {
  it("by its request number or its clearance number: the clearance's facts for anyone, the owner's part for the owner", async () => {
    const byRequest = found(await inquire({ kind: "electricity", number: connection.number, nationalId: "" }, ip(), null));
    expect(byRequest).toMatchObject({ number: connection.number, typeKey: "inquiry:types.electricity", status: { value: "ISSUED", key: "permitsAfterIssue:connectionStatus.ISSUED" }, ownerFacts: null });
    expect(fact(byRequest.facts, "inquiry:fields.clearanceNo")).toEqual({ kind: "code", text: connection.clearanceNo });
    expect(fact(byRequest.facts, "inquiry:fields.permitNumber")).toEqual({ kind: "code", text: permit.number });
    expect(JSON.stringify(byRequest)).not.toContain(deedNo);
    const byClearance = found(await inquire({ kind: "electricity", number: connection.clearanceNo, nationalId: "" }, ip(), owner));
    expect(byClearance.number).toBe(connection.number);
    expect(fact(byClearance.ownerFacts, "inquiry:fields.deedNo")).toEqual({ kind: "code", text: deedNo });
    expect(await inquire({ kind: "electricity", number: checkDigitNumber("CL", 9_999_991), nationalId: "" }, ip(), null)).toEqual({ status: "NO_MATCH" });
  });
});

describe("an engineering office's license", () => {
  it("is public in full (name, class, validity, status); no owner's part; the number as people type it", async () => {
    const a = found(await inquire({ kind: "engoffice", number: "eo 770031", nationalId: "" }, ip(), null));
    expect(a).toMatchObject({ number: OFFICE_LICENSE, typeKey: "inquiry:types.engineeringOffice", status: { value: "ACTIVE", key: "permits:officeStatus.ACTIVE" }, ownerFacts: null, ownerMobileMasked: null, link: `/engineering-offices?q=${OFFICE_LICENSE}` });
    expect(fact(a.facts, "inquiry:fields.officeName")).toEqual({ kind: "pair", ar: "مكتب الاستعلام للاستشارات الهندسية", en: "Inquiry Engineering Consultants" });
    expect(fact(a.facts, "inquiry:fields.classification")).toEqual({ kind: "key", key: "permits:classes.FIRST" });
    expect(await inquire({ kind: "engoffice", number: "EO-770032", nationalId: "" }, ip(), null)).toEqual({ status: "NO_MATCH" });
    // No code can be asked for: there is no owner's mobile.
    expect((await errorOf(requestInquiryOwnerCode.execute({ verifiedMobile: null, ip: ip() }, { kind: "engoffice", number: OFFICE_LICENSE }))).code).toBe("NOT_FOUND");
  });

  it("a suspended office answers with its status", async () => {
    await db.licensingOffice.update({ where: { engineeringLicenseNo: OFFICE_LICENSE }, data: { status: "SUSPENDED" } });
    expect(found(await inquire({ kind: "engoffice", number: OFFICE_LICENSE, nationalId: "" }, ip(), null)).status).toEqual({ value: "SUSPENDED", key: "permits:officeStatus.SUSPENDED" });
  });
});
