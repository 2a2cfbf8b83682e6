/**
 * Workers' health certificates against a real PostgreSQL: the owner requests one only for their own
 * ACTIVE license (once per worker); an examiner of the Amanah records FIT (issued, one year, QR code,
 * linked to the license) or UNFIT (notes required); outside the Amanah nothing is found; concurrent
 * results cannot both win; another citizen sees nothing; the public verification shows only issued
 * certificates; and the license's revocation revokes them (revokeLicense).
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { recordExam } from "@/lib/domain/health-certs/commands/record-exam";
import { requestHealthCert } from "@/lib/domain/health-certs/commands/request-health-cert";
import { getCertForExam, getMyHealthCert, listMyHealthCerts, medicalDashboard, myLicensesForCerts, verifyHealthCert } from "@/lib/domain/health-certs/queries/health-certs";
import { nextLicenseNumber } from "@/lib/domain/licensing/numbers";
import { REVOCABLE_LICENSE_SELECT, revokeLicense } from "@/lib/domain/licensing/revoke";
import type { AppError } from "@/lib/errors";
import { withCheckDigit } from "@/lib/domain/identity/national-id";
import { actorOf, errorOf } from "@/tests/factories/actors";
import { CITIZEN_DEMO } from "@/prisma/seed/citizen-demo";

const RESTAURANT = "2050123456"; // Abdullah's
const BAKERY = "2050777123"; // Ahmed's
const YEAR = 365 * 86_400_000;
const WORKER = { workerName: "راجيش كومار", workerNationalId: withCheckDigit("223344556"), workerNationality: "الهند", occupation: "طباخ" };

const actors: Record<string, Actor> = {};
const licenses: Record<string, { id: string; number: string; establishmentId: string }> = {};
/** The demo seed's own: Abdullah's café license and its worker's issued certificate (prisma/seed/citizen-demo.ts). */
const seeded: { licenseId?: string; certId?: string } = {};

async function createLicense(establishmentId: string, status: "ACTIVE" | "EXPIRED" = "ACTIVE") {
  const est = await db.establishment.findUniqueOrThrow({ where: { id: establishmentId } });
  const now = Date.now();
  return db.license.create({
    data: {
      number: await nextLicenseNumber(db),
      verifyCode: randomBytes(9).toString("base64url"),
      kind: "HEALTH",
      status,
      establishmentId: est.id,
      municipalityId: est.municipalityId,
      activityId: est.activityId!,
      holderNationalId: est.ownerNationalId,
      holderName: est.ownerName,
      holderMobile: est.ownerMobile,
      tradeNameAr: est.tradeNameAr,
      areaM2: 60,
      signAreaM2: 3,
      issuedAt: new Date(now - 10 * 86_400_000),
      validFrom: new Date(now - 10 * 86_400_000),
      expiresAt: new Date(status === "ACTIVE" ? now + YEAR : now - 86_400_000),
    },
    select: { id: true, number: true, establishmentId: true },
  });
}

beforeAll(async () => {
  actors.abdullah = await actorOf({ nationalId: withCheckDigit("108765432") });
  actors.ahmed = await actorOf({ nationalId: withCheckDigit("212345678") });
  actors.examiner = await actorOf({ username: "medical.examiner" });
  actors.agent = await actorOf({ username: "office.agent" });
  const restaurant = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: RESTAURANT } });
  const bakery = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: BAKERY } });
  licenses.restaurant = await createLicense(restaurant.id);
  licenses.bakery = await createLicense(bakery.id);

  // An establishment of Abdullah's in the OTHER Amanah (Al-Ahsa): the Eastern Province examiner must not see it.
  const otherMunicipality = await db.municipality.findFirstOrThrow({ where: { amanah: { code: { not: "EP" } } } });
  const ahsa = await db.establishment.create({
    data: {
      commercialRegNo: "2250999001",
      tradeNameAr: "مخبز الواحة",
      ownerNationalId: restaurant.ownerNationalId,
      ownerName: restaurant.ownerName,
      ownerMobile: restaurant.ownerMobile,
      municipalityId: otherMunicipality.id,
      activityId: restaurant.activityId,
    },
  });
  licenses.ahsa = await createLicense(ahsa.id);
  // An expired license: no certificate can be requested for it.
  const grocery = await db.establishment.findUniqueOrThrow({ where: { commercialRegNo: "2050654321" } });
  licenses.expired = await createLicense(grocery.id, "EXPIRED");
  seeded.licenseId = (await db.license.findUniqueOrThrow({ where: { number: CITIZEN_DEMO.licenseNumber } })).id;
  seeded.certId = (await db.healthCertificate.findUniqueOrThrow({ where: { number: CITIZEN_DEMO.healthCertNumber } })).id;
});

describe("requesting a health certificate", () => {
  it("only for the owner's own ACTIVE license", async () => {
    const options = await myLicensesForCerts(actors.abdullah!);
    expect(options.map((o) => o.id).sort()).toEqual([licenses.restaurant!.id, licenses.ahsa!.id, seeded.licenseId!].sort());

    const outboxBefore = await db.outboxMessage.count();
    const certsBefore = await db.healthCertificate.count(); // the demo seed has some (the inquiry journey's, Abdullah's café's)
    const others = await errorOf(requestHealthCert.execute(actors.ahmed!, { ...WORKER, licenseId: licenses.restaurant!.id }));
    expect(others.code).toBe("NOT_FOUND");
    const expired = await errorOf(requestHealthCert.execute(actors.abdullah!, { ...WORKER, licenseId: licenses.expired!.id }));
    expect(expired.code).toBe("NOT_FOUND");
    expect(expired.fieldErrors?.licenseId).toBe("healthCerts:request.errors.licenseNotActive");
    const staff = await errorOf(requestHealthCert.execute(actors.agent!, { ...WORKER, licenseId: licenses.restaurant!.id }));
    expect(staff.code).toBe("FORBIDDEN");
    const invalid = await errorOf(requestHealthCert.execute(actors.abdullah!, { ...WORKER, workerNationalId: "2233445566", licenseId: licenses.restaurant!.id }));
    expect(invalid.code).toBe("VALIDATION");
    expect(Object.keys(invalid.fieldErrors ?? {})).toEqual(["workerNationalId"]);
    expect(await db.healthCertificate.count()).toBe(certsBefore);
    expect(await db.outboxMessage.count()).toBe(outboxBefore);
  });

  it("creates a REQUESTED certificate linked to the license, audited, with an SMS to the owner; once per worker", async () => {
    const { id, number } = await requestHealthCert.execute(actors.abdullah!, { ...WORKER, licenseId: licenses.restaurant!.id });
    expect(number).toMatch(/^H\d+$/);
    const cert = await db.healthCertificate.findUniqueOrThrow({ where: { id } });
    expect(cert).toMatchObject({ status: "REQUESTED", licenseId: licenses.restaurant!.id, establishmentId: licenses.restaurant!.establishmentId, workerNationalId: WORKER.workerNationalId, issuedAt: null });
    expect(await db.auditLog.count({ where: { action: "healthCert.request", entityId: id } })).toBe(1);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `health-cert-requested:${id}` } });
    expect(sms).toMatchObject({ template: "healthCertRequested", to: actors.abdullah!.mobile });
    expect(sms.body).toContain(number);

    const again = await errorOf(requestHealthCert.execute(actors.abdullah!, { ...WORKER, licenseId: licenses.restaurant!.id }));
    expect(again.code).toBe("INVALID_STATE");
    expect(again.message).toBe(`healthCerts:request.errors.duplicate?number=${number}`);
    expect(await db.healthCertificate.count({ where: { workerNationalId: WORKER.workerNationalId } })).toBe(1);
  });

  it("is invisible to another citizen, by list or by ID", async () => {
    const mine = await listMyHealthCerts(actors.abdullah!, {});
    expect(mine.rows.map((r) => r.id)).toContain(seeded.certId);
    expect(mine.total).toBe(2); // the demo seed's and the one requested above
    const id = mine.rows.find((r) => r.id !== seeded.certId)!.id;
    expect(await getMyHealthCert(actors.abdullah!, id)).not.toBeNull();
    expect(await getMyHealthCert(actors.ahmed!, id)).toBeNull();
    expect((await listMyHealthCerts(actors.ahmed!, {})).total).toBe(0);
  });
});

describe("the medical examination", () => {
  it("finds requests of its Amanah only, by number or worker ID", async () => {
    const inAhsa = await requestHealthCert.execute(actors.abdullah!, { ...WORKER, workerNationalId: withCheckDigit("255566677"), licenseId: licenses.ahsa!.id });
    const dash = await medicalDashboard(actors.examiner!, {});
    expect(dash.queue.rows.every((r) => !("workerNationalId" in r) && r.workerIdMasked.startsWith("•"))).toBe(true); // masked rows only
    expect(dash.queue.rows.map((r) => r.number)).not.toContain(inAhsa.number);
    expect(dash.pendingTotal).toBe(1);
    expect((await medicalDashboard(actors.examiner!, { q: inAhsa.number })).queue.total).toBe(0);
    expect((await medicalDashboard(actors.examiner!, { q: WORKER.workerNationalId })).queue.total).toBe(1);
    expect((await medicalDashboard(actors.examiner!, { q: "nonsense" })).query.kind).toBe("invalid");
    expect(await getCertForExam(actors.examiner!, inAhsa.id)).toBeNull();
    const outside = await errorOf(recordExam.execute(actors.examiner!, { certificateId: inAhsa.id, result: "FIT" }));
    expect(outside.code).toBe("NOT_FOUND");
    expect((await db.healthCertificate.findUniqueOrThrow({ where: { id: inAhsa.id } })).status).toBe("REQUESTED");
  });

  it("refuses UNFIT without notes, and anyone but an examiner", async () => {
    const cert = await db.healthCertificate.findFirstOrThrow({ where: { workerNationalId: WORKER.workerNationalId } });
    const noNotes = await errorOf(recordExam.execute(actors.examiner!, { certificateId: cert.id, result: "UNFIT", notes: "  " }));
    expect(noNotes.code).toBe("VALIDATION");
    expect(noNotes.fieldErrors).toEqual({ notes: "healthCerts:exam.errors.notesRequired" });
    expect((await errorOf(recordExam.execute(actors.abdullah!, { certificateId: cert.id, result: "FIT" }))).code).toBe("FORBIDDEN");
    expect((await db.healthCertificate.findUniqueOrThrow({ where: { id: cert.id } })).status).toBe("REQUESTED");
  });

  it("FIT issues the certificate for one year; two examiners at once cannot both record", async () => {
    const cert = await db.healthCertificate.findFirstOrThrow({ where: { workerNationalId: WORKER.workerNationalId } });
    const results = await Promise.allSettled([
      recordExam.execute(actors.examiner!, { certificateId: cert.id, result: "FIT" }),
      recordExam.execute(actors.examiner!, { certificateId: cert.id, result: "UNFIT", notes: "Tuberculosis screening positive" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(["CONFLICT", "INVALID_STATE"]).toContain((failed[0]!.reason as AppError).code);
    expect(await db.outboxMessage.count({ where: { dedupeKey: `health-cert-exam:${cert.id}` } })).toBe(1);

    // Make the outcome deterministic for the rest of the file: record FIT on a fresh request if UNFIT won.
    let issued = await db.healthCertificate.findUniqueOrThrow({ where: { id: cert.id } });
    if (issued.status === "UNFIT") {
      expect(issued.examNotes).toBe("Tuberculosis screening positive");
      const fresh = await requestHealthCert.execute(actors.abdullah!, { ...WORKER, licenseId: licenses.restaurant!.id });
      await recordExam.execute(actors.examiner!, { certificateId: fresh.id, result: "FIT" });
      issued = await db.healthCertificate.findUniqueOrThrow({ where: { id: fresh.id } });
    }
    expect(issued.status).toBe("ISSUED");
    expect(issued.centerId).toBe(actors.examiner!.medicalCenterId);
    expect(issued.licenseId).toBe(licenses.restaurant!.id);
    expect(issued.expiresAt!.getTime() - issued.issuedAt!.getTime()).toBe(YEAR);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { dedupeKey: `health-cert-exam:${issued.id}` } });
    expect(sms.template).toBe("healthCertIssued");
    expect(await db.auditLog.count({ where: { action: "healthCert.issue", entityId: issued.id } })).toBe(1);

    const again = await errorOf(recordExam.execute(actors.examiner!, { certificateId: issued.id, result: "UNFIT", notes: "changed my mind" }));
    expect(again.code).toBe("INVALID_STATE");

    const pub = await verifyHealthCert(issued.verifyCode);
    expect(pub).toMatchObject({ status: "ISSUED", number: issued.number, licenseNumber: licenses.restaurant!.number });
    expect(JSON.stringify(pub)).not.toContain(WORKER.workerNationalId);
    expect(pub!.workerIdMasked.endsWith(WORKER.workerNationalId.slice(-4))).toBe(true);
    expect((await getMyHealthCert(actors.abdullah!, issued.id))!.verifyCode).toBe(issued.verifyCode);
  });

  it("keeps requests and unfit results off the public verification", async () => {
    const requested = await db.healthCertificate.findFirstOrThrow({ where: { status: "REQUESTED" } });
    expect(await verifyHealthCert(requested.verifyCode)).toBeNull();
    expect(await verifyHealthCert("../../etc/passwd")).toBeNull();
    expect(await verifyHealthCert("AAAAAAAAAAAAAAAA")).toBeNull();
  });
});

describe("revocation with the license", () => {
  it("revokes the establishment's certificates, leaves others, and refuses a second cancellation", async () => {
    const bakeryCert = await requestHealthCert.execute(actors.ahmed!, { ...WORKER, workerNationalId: withCheckDigit("266677788"), licenseId: licenses.bakery!.id });
    const issued = await db.healthCertificate.findFirstOrThrow({ where: { status: "ISSUED", licenseId: licenses.restaurant!.id } });
    const license = await db.license.findUniqueOrThrow({ where: { id: licenses.restaurant!.id }, select: REVOCABLE_LICENSE_SELECT });

    const result = await db.$transaction((tx) => revokeLicense(tx, { system: "committee" }, license, { reason: "قرار لجنة الرقابة", by: "committee" }));
    expect(result.revokedHealthCertificates).toContain(issued.number);
    const after = await db.healthCertificate.findUniqueOrThrow({ where: { id: issued.id } });
    expect(after).toMatchObject({ status: "REVOKED", revokeReason: "قرار لجنة الرقابة" });
    expect((await verifyHealthCert(issued.verifyCode))!.status).toBe("REVOKED");
    expect((await db.healthCertificate.findUniqueOrThrow({ where: { id: bakeryCert.id } })).status).toBe("REQUESTED");
    expect(await db.license.findUniqueOrThrow({ where: { id: license.id } })).toMatchObject({ status: "CANCELLED", cancelledBy: "committee" });

    const twice = await errorOf(db.$transaction((tx) => revokeLicense(tx, { system: "committee" }, { ...license, status: "ACTIVE" }, { reason: "again", by: "committee" })));
    expect(twice.code).toBe("CONFLICT");
    const blank = await errorOf(db.$transaction((tx) => revokeLicense(tx, { system: "committee" }, license, { reason: "   ", by: "committee" })));
    expect(blank.code).toBe("VALIDATION");
    // The cancelled license no longer allows new requests.
    const late = await errorOf(requestHealthCert.execute(actors.abdullah!, { ...WORKER, workerNationalId: withCheckDigit("277788899"), licenseId: license.id }));
    expect(late.code).toBe("NOT_FOUND");
  });
});
