/**
 * Demo records OF THE DEMO CITIZEN (1087654321, عبدالله بن محمد القحطاني) so that every page of "my" area opens a
 * real record on a fresh `npm start` — and the accessibility scan (tests/e2e/a11y) scans each of them with real
 * content, not a "not found" answer (issue 17). With FIXED numbers (like prisma/seed/inquiry.ts), far above what
 * the sequences hand out (9,400,001), so they never collide and the README can name them:
 *
 * - his café «مقهى ركن الخليج» (its own establishment: no journey works on it) with an ACTIVE shop license and the
 *   ISSUED health certificate of one of its workers (examined at the demo medical centre);
 * - a violation recorded there, its fine bill (unpaid, due after the seed's other demo bill) and his objection,
 *   still pending (the staff's objection page has a real record);
 * - a street-light complaint he filed, already resolved (out of every open queue and the map's open dots);
 * - a completed building permit in Al-Badiyah (not the after-issue journey's permit in Al-Adamah) with its
 *   insulation and completion certificates;
 * - a past appointment at customer service (checked in two weeks ago: it holds no seat anyone could book);
 * - an invitation of the demo office OFF-INJAZ to join as an agent, pending, behind a fixed demo link
 *   (`/ar/my/invitations/<CITIZEN_DEMO.invitationToken>`; only its hash is stored, as for a real invitation).
 *
 * DEMO data; insert-only and idempotent (each record is looked up by its fixed number first).
 */
import { INVITATION_DAYS } from "../../lib/domain/offices/rules";
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { createHash } from "node:crypto";
import { addWorkingDays } from "../../lib/kernel/working-days";
import { checkDigitNumber, dammDigit, padded } from "../../lib/kernel/check-digits";
import type { SeedPart } from "./parts";
import { demoOfficeTime, seedIssuedPermitPath } from "./permit-review-path";
import { MUNICIPALITY_CODES as M } from "./places";

export const DEMO_CITIZEN = { nationalId: withCheckDigit("108765432"), nameAr: "عبدالله بن محمد القحطاني", mobile: "966501234567" } as const;
const N = 9_400_001;
export const CITIZEN_DEMO = {
  commercialRegNo: "2050940001",
  tradeNameAr: "مقهى ركن الخليج",
  tradeNameEn: "Gulf Corner Café",
  licenseNumber: checkDigitNumber("L", N, 7),
  licenseVerifyCode: `demoCTZL${N}`,
  healthCertNumber: checkDigitNumber("H", N),
  healthCertVerifyCode: `demoCTZH${N}`,
  workerName: "راجيش كومار",
  workerNationalId: withCheckDigit("240940001"),
  violationNumber: checkDigitNumber("V", N),
  violationArticle: "HLT-105",
  fineHalalas: 150_000,
  // Below bill_number_seq (from 1000001), next to the seed's other demo bills (000999001–3): 10 digits with the Damm digit.
  billNumber: `${padded(999_041, 9)}${dammDigit(padded(999_041, 9))}`,
  complaintReference: checkDigitNumber("C", N, 7),
  complaintCategory: "STREET_LIGHT",
  permitNumber: checkDigitNumber("P", N),
  permitVerifyCode: `demoCTZP${N}`,
  // Its fee bill and receipt, below the sequences' ranges (prisma/seed/permit-review-path.ts).
  permitBillSerial: 999_061,
  permitReceiptSerial: 99_061,
  insulationCertNumber: checkDigitNumber("IC", N),
  completionCertNumber: checkDigitNumber("BC", N),
  deedNo: "310115009401",
  planNo: "3/208",
  parcelNo: "1104",
  invitationToken: "demo-invitation-OFF-INJAZ-agent-1087654321",
  invitationOffice: "OFF-INJAZ",
  appointmentNumber: checkDigitNumber("A", N),
  appointmentService: "APT-CUSTOMER",
} as const;

const DAY = 86_400_000;
/** lib/domain/violations/rules.ts OBJECTION_SLA_DAYS (that file imports by alias, which the seed does not). */
const OBJECTION_SLA_WORKING_DAYS = 10;
/** What an invitation stores of its link's token (the same as lib/domain/offices/staff.ts hashInvitationToken; a test holds them equal). */
export const demoInvitationHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const DAMMAM = { latitude: 26.4262, longitude: 50.0905 };

export const CITIZEN_DEMO_SEED: SeedPart = {
  name: "citizen-demo",
  demo: true,
  users: [],
  async missing(query) {
    const d = CITIZEN_DEMO;
    const [r] = await query(
      `SELECT (SELECT count(*)::int FROM "License" WHERE number = $1) + (SELECT count(*)::int FROM "HealthCertificate" WHERE number = $2)
            + (SELECT count(*)::int FROM "Objection" o JOIN "Violation" v ON v.id = o."violationId" WHERE v.number = $3)
            + (SELECT count(*)::int FROM "Complaint" WHERE reference = $4) + (SELECT count(*)::int FROM "PermitCertificate" WHERE number = ANY($5::text[]))
            + (SELECT count(*)::int FROM "OfficeInvitation" WHERE "tokenHash" = $6) + (SELECT count(*)::int FROM "Appointment" WHERE number = $7) AS n`,
      [d.licenseNumber, d.healthCertNumber, d.violationNumber, d.complaintReference, [d.insulationCertNumber, d.completionCertNumber], demoInvitationHash(d.invitationToken), d.appointmentNumber],
    );
    return Number(r?.n) !== 8;
  },
  async run(tx, ctx) {
    const d = CITIZEN_DEMO;
    const c = DEMO_CITIZEN;
    const citizenId = ctx.userIds.get(c.nationalId);
    const municipalityId = ctx.municipalityIds.get(M.DAMMAM_CENTRAL);
    if (!citizenId || !municipalityId) throw new Error("seed citizen-demo: the demo citizen or Central Dammam is missing");
    const user = (username: string) => {
      const id = ctx.userIds.get(username);
      if (!id) throw new Error(`seed citizen-demo: unknown user ${username}`);
      return id;
    };
    const district = (nameEn: string) => tx.district.findUniqueOrThrow({ where: { municipalityId_nameEn: { municipalityId, nameEn } }, select: { id: true } });
    const now = Date.now();
    const ago = (days: number) => new Date(now - days * DAY);
    let inserted = 0;

    // ── The café, its license and a worker's health certificate ──
    const activity = await tx.activity.findUniqueOrThrow({ where: { isicCode: "561002" }, select: { id: true } });
    let est = await tx.establishment.findUnique({ where: { commercialRegNo: d.commercialRegNo }, select: { id: true } });
    if (!est) {
      est = await tx.establishment.create({
        data: { commercialRegNo: d.commercialRegNo, tradeNameAr: d.tradeNameAr, tradeNameEn: d.tradeNameEn, ownerNationalId: c.nationalId, ownerName: c.nameAr, ownerMobile: c.mobile, municipalityId, activityId: activity.id, licenseNumber: d.licenseNumber, addressAr: "حي البادية، شارع الأمير منصور", ...DAMMAM },
        select: { id: true },
      });
      inserted++;
    }
    let license = await tx.license.findUnique({ where: { number: d.licenseNumber }, select: { id: true } });
    if (!license) {
      const issued = ago(60);
      license = await tx.license.create({
        data: { number: d.licenseNumber, verifyCode: d.licenseVerifyCode, kind: "HEALTH", establishmentId: est.id, municipalityId, activityId: activity.id, holderNationalId: c.nationalId, holderName: c.nameAr, holderMobile: c.mobile, tradeNameAr: d.tradeNameAr, areaM2: 60, signAreaM2: 4, issuedAt: issued, validFrom: issued, expiresAt: new Date(issued.getTime() + 365 * DAY) },
        select: { id: true },
      });
      inserted++;
    }
    if (!(await tx.healthCertificate.findUnique({ where: { number: d.healthCertNumber }, select: { id: true } }))) {
      const center = await tx.medicalCenter.findUniqueOrThrow({ where: { code: "MC-DMM-01" }, select: { id: true } });
      await tx.healthCertificate.create({
        data: { number: d.healthCertNumber, verifyCode: d.healthCertVerifyCode, establishmentId: est.id, licenseId: license.id, requestedById: citizenId, workerName: d.workerName, workerNationalId: d.workerNationalId, workerNationality: "IN", occupation: "عامل تحضير مشروبات", status: "ISSUED", centerId: center.id, examinedById: user("medical.examiner"), examinedAt: ago(51), examNotes: "لائق صحيًا", issuedAt: ago(50), expiresAt: new Date(now + 315 * DAY), createdAt: ago(55) },
      });
      inserted++;
    }

    // ── A violation at the café, its fine bill and his pending objection ──
    let violation = await tx.violation.findUnique({ where: { number: d.violationNumber }, select: { id: true } });
    if (!violation) {
      const article = await tx.violationArticle.findUniqueOrThrow({ where: { code: d.violationArticle }, select: { id: true, titleAr: true, titleEn: true } });
      const recorded = ago(8);
      violation = await tx.violation.create({
        data: { number: d.violationNumber, establishmentId: est.id, articleId: article.id, municipalityId, inspectorId: user("staff.inspector"), fineHalalas: d.fineHalalas, notes: "صناديق مواد غذائية على أرض المستودع.", ...DAMMAM, observedAt: recorded, status: "OBJECTED", createdAt: recorded },
        select: { id: true },
      });
      const biller = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { billerCode: true } });
      const bill = await tx.bill.create({
        data: {
          number: d.billNumber, billerCode: biller.billerCode ?? "301", municipalityId, subjectType: "Violation", subjectId: violation.id,
          payerNationalId: c.nationalId, payerCrNumber: d.commercialRegNo, payerName: c.nameAr, payerMobile: c.mobile, totalHalalas: d.fineHalalas, status: "UNPAID",
          issuedAt: recorded, dueAt: new Date(recorded.getTime() + 60 * DAY), expiresAt: new Date(recorded.getTime() + 120 * DAY),
          lines: { create: [{ kind: "FINE", descriptionAr: `غرامة مخالفة رقم ${d.violationNumber}: ${article.titleAr}`, descriptionEn: `Fine for violation ${d.violationNumber}: ${article.titleEn}`, amountHalalas: d.fineHalalas, sortOrder: 0 }] },
        },
        select: { id: true },
      });
      await tx.violation.update({ where: { id: violation.id }, data: { billId: bill.id } });
      const filed = ago(3);
      await tx.objection.create({
        data: { violationId: violation.id, filedById: citizenId, reason: "كانت الصناديق قد وصلت للتو وتُنقل إلى الرفوف وقت الجولة، وصور المستودع بعد ساعة مرفقة بطلبي.", status: "PENDING", slaDueAt: addWorkingDays(filed, OBJECTION_SLA_WORKING_DAYS), filedAt: filed },
      });
      inserted += 3;
    }

    // ── A resolved complaint he filed (street light) ──
    if (!(await tx.complaint.findUnique({ where: { reference: d.complaintReference }, select: { id: true } }))) {
      const category = await tx.complaintCategory.findUniqueOrThrow({ where: { code: d.complaintCategory }, select: { id: true, departmentId: true, slaHours: true } });
      const filed = ago(6);
      const resolved = ago(4);
      const complaint = await tx.complaint.create({
        data: {
          reference: d.complaintReference, categoryId: category.id, departmentId: category.departmentId, municipalityId, districtId: (await district("Al-Badiyah")).id, status: "RESOLVED",
          description: "عمود الإنارة أمام المسجد في شارع 14 مطفأ منذ أسبوع، والشارع مظلم تمامًا بعد المغرب.", latitude: 26.4251, longitude: 50.0931, addressText: "البادية، شارع 14، أمام المسجد",
          reporterUserId: citizenId, reporterName: c.nameAr, reporterMobile: c.mobile, reporterLocale: "ar", assigneeId: user("staff.lighting"),
          slaDueAt: new Date(filed.getTime() + category.slaHours * 3_600_000), resolvedAt: resolved, createdAt: filed,
        },
        select: { id: true },
      });
      await tx.complaintEvent.createMany({
        data: [
          { complaintId: complaint.id, at: filed, actorId: citizenId, actorLabel: c.nameAr, kind: "CREATED", public: true, data: { photos: 0 } },
          { complaintId: complaint.id, at: resolved, actorId: user("staff.lighting"), actorLabel: "إدارة الإنارة العامة", kind: "RESOLVED", public: true, body: "استُبدل مصباح العمود وأُصلحت الوصلة، والإنارة تعمل." },
        ],
      });
      inserted += 3;
    }

    // ── A completed building permit with its two certificates ──
    if (!(await tx.permitCertificate.findUnique({ where: { number: d.completionCertNumber }, select: { id: true } }))) {
      const office = await tx.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-INJAZ" }, select: { id: true } });
      const kind = await tx.permitKind.findUniqueOrThrow({ where: { code: "NEW_HOUSE" }, select: { id: true, validityMonths: true } });
      const districtId = (await district("Al-Badiyah")).id;
      const inspectorId = user("staff.inspector");
      let permit = await tx.permit.findUnique({ where: { number: d.permitNumber }, select: { id: true } });
      const issuedAt = demoOfficeTime(ago(300), 0, "09:50");
      /** About `days` after the issue, at `hhmm` on a working day (a site visit in the morning, certificates after it). */
      const at = (days: number, hhmm = "10:30") => demoOfficeTime(new Date(issuedAt.getTime() + days * DAY), 0, hhmm);
      if (!permit) {
        const auth = await tx.permitAuthorization.create({
          data: { ownerId: citizenId, ownerNationalId: c.nationalId, officeId: office.id, municipalityId, districtId, deedNo: d.deedNo, planNo: d.planNo, parcelNo: d.parcelNo },
          select: { id: true },
        });
        permit = await tx.permit.create({
          data: {
            number: d.permitNumber, kindId: kind.id, status: "COMPLETED", ownerId: citizenId, ownerNationalId: c.nationalId, ownerName: c.nameAr, officeId: office.id, authorizationId: auth.id,
            municipalityId, districtId, deedNo: d.deedNo, planNo: d.planNo, parcelNo: d.parcelNo, latitude: 26.4275, longitude: 50.0889,
            landAreaM2: 500, floors: 2, use: "RESIDENTIAL", builtUpAreaM2: 560, setbackFrontM: 6, setbackRearM: 2, setbackSideM: 2, feeHalalas: 268_000,
            issuedAt, stateEnteredAt: at(260, "13:40"), expiresAt: new Date(issuedAt.getTime() + kind.validityMonths * 30 * DAY), verifyCode: d.permitVerifyCode,
          },
          select: { id: true },
        });
        inserted += 2 + (await seedIssuedPermitPath(tx, { permitId: permit.id, issuedAt, billSerial: d.permitBillSerial, receiptSerial: d.permitReceiptSerial, bankTxnId: "DEMO-SEED-PERMIT-CTZ" }));
      }
      const inspections = new Map<string, string>();
      const stages = [["FOUNDATION", 30], ["SKELETON", 90], ["FINISHING", 200], ["INSULATION", 230]] as const;
      for (const [stage, day] of stages) {
        const i = await tx.permitInspection.create({
          data: { permitId: permit.id, stage, inspectorKind: "MUNICIPALITY", inspectorId, result: "PASS", latitude: 26.4275, longitude: 50.0889, accuracyM: 6, recordedAt: at(day), notes: null },
          select: { id: true },
        });
        inspections.set(stage, i.id);
      }
      await tx.permitCertificate.create({ data: { permitId: permit.id, type: "INSULATION", number: d.insulationCertNumber, verifyCode: `${d.permitVerifyCode}I`, inspectionId: inspections.get("INSULATION")!, issuedById: inspectorId, issuedAt: at(232, "13:10") } });
      await tx.permitCertificate.create({ data: { permitId: permit.id, type: "COMPLETION", number: d.completionCertNumber, verifyCode: `${d.permitVerifyCode}C`, inspectionId: inspections.get("FINISHING")!, issuedById: inspectorId, issuedAt: at(260, "13:40") } });
      // Their timeline rows, as the inspection and certificate commands write them.
      const byInspector = { permitId: permit.id, actorId: inspectorId, actorLabel: "staff.inspector", actorRole: "FIELD_INSPECTOR" };
      await tx.permitHistory.createMany({
        data: [
          ...stages.map(([stage, day]) => ({ ...byInspector, at: at(day), event: `inspection.${stage}.PASS`, fromStatus: "ISSUED" as const, toStatus: "ISSUED" as const })),
          { ...byInspector, at: at(232, "13:10"), event: "certificate.INSULATION", fromStatus: "ISSUED" as const, toStatus: "ISSUED" as const, note: d.insulationCertNumber },
          { ...byInspector, at: at(260, "13:40"), event: "complete", fromStatus: "ISSUED" as const, toStatus: "COMPLETED" as const, note: d.completionCertNumber },
        ],
      });
      inserted += 12;
    }

    // ── An office's invitation to him, pending ──
    const tokenHash = demoInvitationHash(d.invitationToken);
    if (!(await tx.officeInvitation.findUnique({ where: { tokenHash }, select: { id: true } }))) {
      const office = await tx.licensingOffice.findUniqueOrThrow({ where: { code: d.invitationOffice }, select: { id: true } });
      await tx.officeInvitation.create({
        data: { officeId: office.id, nationalId: c.nationalId, nameAr: c.nameAr, mobile: c.mobile, role: "AGENT", tokenHash, status: "PENDING", expiresAt: new Date(now + (INVITATION_DAYS - 1) * DAY), invitedById: user("office.manager"), createdAt: ago(1) },
      });
      inserted++;
    }

    // ── A past appointment, attended ──
    if (!(await tx.appointment.findUnique({ where: { number: d.appointmentNumber }, select: { id: true } }))) {
      const service = await tx.appointmentService.findUniqueOrThrow({ where: { code: d.appointmentService }, select: { id: true } });
      const day = new Date(now - 14 * DAY);
      const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 6, 0)); // 09:00 in Riyadh
      const slot = await tx.appointmentSlot.upsert({
        where: { serviceId_startsAt: { serviceId: service.id, startsAt } },
        create: { serviceId: service.id, startsAt, endsAt: new Date(startsAt.getTime() + 15 * 60_000), capacity: 1, booked: 1 },
        update: {},
        select: { id: true },
      });
      await tx.appointment.create({
        data: { number: d.appointmentNumber, serviceId: service.id, slotId: slot.id, citizenId, purpose: "استفسار عن تجديد رخصة المقهى", status: "CHECKED_IN", qrToken: `demoCTZA${N}`.padEnd(32, "0"), checkedInAt: new Date(startsAt.getTime() + 5 * 60_000), createdAt: new Date(startsAt.getTime() - 3 * DAY) },
      });
      inserted += 2;
    }
    return inserted;
  },
};
