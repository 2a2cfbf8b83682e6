/**
 * Demo records the one inquiry page answers (issue 13), with FIXED numbers so the README and the browser journey
 * can name them: a shop license (by number and by commercial registration) with a worker's health certificate, and
 * a completed building permit with its electricity connection cleared. They belong to their own demo person (no
 * other journey touches them); his mobile receives the inquiry's SMS codes. The numbers sit far above what the
 * sequences hand out (9,300,001), so they never collide. The engineering office EO-120417 (permits.ts), the tenders
 * and auctions (tenders.ts) and the demo citizen's application are seeded elsewhere. DEMO data; insert-only.
 */
import { randomBytes } from "node:crypto";
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import type { SeedPart, SeedUser } from "./parts";
import { MUNICIPALITY_CODES as M } from "./places";

export const INQUIRY_DEMO_PERSON = { nationalId: withCheckDigit("109300001"), nameAr: "فيصل بن ناصر الدوسري", nameEn: "Faisal N. Al-Dossary", mobile: "966507930001" } as const;
const N = 9_300_001;
export const INQUIRY_DEMO = {
  commercialRegNo: "2050930001",
  tradeNameAr: "مطعم شاطئ الدانة",
  licenseNumber: checkDigitNumber("L", N, 7),
  healthCertNumber: checkDigitNumber("H", N),
  workerName: "محمد أنور حسين",
  workerNationalId: withCheckDigit("230930001"),
  permitNumber: checkDigitNumber("P", N),
  deedNo: "330930001472",
  planNo: "4/212",
  parcelNo: "1518",
  connectionNumber: checkDigitNumber("EC", N),
  clearanceNo: checkDigitNumber("CL", N),
  officeCode: "OFF-BINA",
  officeLicenseNo: "EO-120417",
} as const;

const DAY = 86_400_000;
const USERS: readonly SeedUser[] = [{ username: null, nationalId: INQUIRY_DEMO_PERSON.nationalId, nameAr: INQUIRY_DEMO_PERSON.nameAr, nameEn: INQUIRY_DEMO_PERSON.nameEn, mobile: INQUIRY_DEMO_PERSON.mobile, email: null }];

export const INQUIRY_DEMO_SEED: SeedPart = {
  name: "inquiry-demo",
  demo: true,
  users: USERS,
  async missing(query) {
    const [r] = await query(
      `SELECT (SELECT count(*)::int FROM "License" WHERE number = $1) + (SELECT count(*)::int FROM "HealthCertificate" WHERE number = $2)
            + (SELECT count(*)::int FROM "Permit" WHERE number = $3) + (SELECT count(*)::int FROM "ElectricityConnection" WHERE number = $4) AS n`,
      [INQUIRY_DEMO.licenseNumber, INQUIRY_DEMO.healthCertNumber, INQUIRY_DEMO.permitNumber, INQUIRY_DEMO.connectionNumber],
    );
    return Number(r?.n) !== 4;
  },
  async run(tx, ctx) {
    const d = INQUIRY_DEMO;
    const p = INQUIRY_DEMO_PERSON;
    const ownerId = ctx.userIds.get(p.nationalId);
    const municipalityId = ctx.municipalityIds.get(M.DAMMAM_EAST);
    if (!ownerId || !municipalityId) throw new Error("seed inquiry-demo: owner or municipality missing");
    let inserted = 0;
    const now = Date.now();

    // The shop license and the health certificate of one of its workers.
    let est = await tx.establishment.findUnique({ where: { commercialRegNo: d.commercialRegNo }, select: { id: true } });
    const activity = await tx.activity.findFirst({ where: { isicCode: "561001" }, select: { id: true } });
    if (!est && activity) {
      est = await tx.establishment.create({
        data: { commercialRegNo: d.commercialRegNo, tradeNameAr: d.tradeNameAr, ownerNationalId: p.nationalId, ownerName: p.nameAr, ownerMobile: p.mobile, municipalityId, activityId: activity.id, licenseNumber: d.licenseNumber, addressAr: "الدمام، حي الشاطئ الشرقي، طريق الخليج" },
        select: { id: true },
      });
      inserted++;
    }
    if (est && activity && !(await tx.license.findUnique({ where: { number: d.licenseNumber }, select: { id: true } }))) {
      const issued = new Date(now - 40 * DAY);
      await tx.license.create({
        data: { number: d.licenseNumber, verifyCode: randomBytes(12).toString("base64url").slice(0, 16), kind: "COMMERCIAL", establishmentId: est.id, municipalityId, activityId: activity.id, holderNationalId: p.nationalId, holderName: p.nameAr, holderMobile: p.mobile, tradeNameAr: d.tradeNameAr, areaM2: 120, signAreaM2: 6, issuedAt: issued, validFrom: issued, expiresAt: new Date(issued.getTime() + 365 * DAY) },
      });
      inserted++;
    }
    if (est && !(await tx.healthCertificate.findUnique({ where: { number: d.healthCertNumber }, select: { id: true } }))) {
      await tx.healthCertificate.create({
        data: { number: d.healthCertNumber, verifyCode: randomBytes(12).toString("base64url").slice(0, 16), establishmentId: est.id, requestedById: ownerId, workerName: d.workerName, workerNationalId: d.workerNationalId, workerNationality: "IN", occupation: "طباخ", status: "ISSUED", examNotes: "لائق صحيًا", examinedAt: new Date(now - 31 * DAY), issuedAt: new Date(now - 30 * DAY), expiresAt: new Date(now + 335 * DAY) },
      });
      inserted++;
    }

    // A completed building permit (supervised by the demo engineering office) with its electricity clearance.
    const office = await tx.licensingOffice.findUnique({ where: { code: d.officeCode }, select: { id: true } });
    const kind = await tx.permitKind.findUnique({ where: { code: "NEW_HOUSE" }, select: { id: true, validityMonths: true } });
    const district = await tx.district.findFirst({ where: { municipalityId }, orderBy: { nameEn: "asc" }, select: { id: true } });
    let permit = await tx.permit.findUnique({ where: { number: d.permitNumber }, select: { id: true } });
    if (!permit && office && kind && district) {
      const auth = await tx.permitAuthorization.create({
        data: { ownerId, ownerNationalId: p.nationalId, officeId: office.id, municipalityId, districtId: district.id, deedNo: d.deedNo, planNo: d.planNo, parcelNo: d.parcelNo },
        select: { id: true },
      });
      const issuedAt = new Date(now - 420 * DAY);
      permit = await tx.permit.create({
        data: {
          number: d.permitNumber, kindId: kind.id, status: "COMPLETED", ownerId, ownerNationalId: p.nationalId, ownerName: p.nameAr, officeId: office.id, authorizationId: auth.id,
          municipalityId, districtId: district.id, deedNo: d.deedNo, planNo: d.planNo, parcelNo: d.parcelNo, latitude: 26.4521, longitude: 50.1342,
          landAreaM2: 600, floors: 2, use: "RESIDENTIAL", builtUpAreaM2: 690, setbackFrontM: 6, setbackRearM: 2, setbackSideM: 2, feeHalalas: 307_000,
          submittedAt: new Date(issuedAt.getTime() - 30 * DAY), approvedAt: new Date(issuedAt.getTime() - 5 * DAY), issuedAt, stateEnteredAt: new Date(now - 20 * DAY),
          expiresAt: new Date(issuedAt.getTime() + kind.validityMonths * 30 * DAY), verifyCode: `demoINQ${N}`,
        },
        select: { id: true },
      });
      await tx.permitHistory.create({ data: { permitId: permit.id, at: issuedAt, actorLabel: "seed", actorRole: "SYSTEM", event: "issue", fromStatus: "AWAITING_SIGNATURE", toStatus: "ISSUED" } });
      inserted += 3;
    }
    if (permit && !(await tx.electricityConnection.findUnique({ where: { number: d.connectionNumber }, select: { id: true } }))) {
      await tx.electricityConnection.create({ data: { number: d.connectionNumber, permitId: permit.id, requestedById: ownerId, status: "ISSUED", clearanceNo: d.clearanceNo, requestedAt: new Date(now - 15 * DAY), decidedAt: new Date(now - 12 * DAY) } });
      inserted++;
    }
    return inserted;
  },
};
