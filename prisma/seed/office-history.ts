import { randomBytes } from "node:crypto";
import type { SeedPart, SeedUser } from "./parts";
import { createApplication } from "../../tests/factories/licensing";
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { nextLicenseNumber } from "../../lib/domain/licensing/numbers";
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import { MUNICIPALITY_CODES as M } from "./places";

/**
 * Office supervision history (issue 6, O-B): three months of decided applications at every active
 * seeded office, so scorecards, the public ranking and spot checks have real figures on a fresh
 * database — each office with its own profile (fast and well rated, slow with SLA breaches …):
 *   - decided applications (issued or rejected) with known processing hours, SLA breaches and returns,
 *     from five seeded "history" citizens (never the demo citizens, whose pages stay clean);
 *   - a License for each issued one (what the committee samples for spot checks);
 *   - citizens' ratings of most decided applications;
 *   - OFF-NAJAH: a spot-check finding four months ago, confirmed as a WARNING (its next finding is the
 *     contract's second occurrence: the journey tests/e2e/journeys/office-supervision.spec.ts relies on it),
 *     and two open applications (the demo citizen's, to be reassigned in that journey, and a history citizen's).
 * Insert-only, idempotent: keyed by the commercial registration numbers 20599xxxxx.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const HISTORY_CITIZENS: readonly SeedUser[] = [
  { username: null, nationalId: withCheckDigit("109100001"), nameAr: "سلمان بن فهد العنزي", nameEn: "Salman F. Al-Anazi", mobile: "966541000001", email: null },
  { username: null, nationalId: withCheckDigit("109100002"), nameAr: "لطيفة بنت سعد الخالدي", nameEn: "Latifa S. Al-Khalidi", mobile: "966541000002", email: null },
  { username: null, nationalId: withCheckDigit("109100003"), nameAr: "بدر بن ناصر الهاجري", nameEn: "Badr N. Al-Hajri", mobile: "966541000003", email: null },
  { username: null, nationalId: withCheckDigit("109100004"), nameAr: "منيرة بنت عبدالله السهلي", nameEn: "Munira A. Al-Sahli", mobile: "966541000004", email: null },
  { username: null, nationalId: withCheckDigit("209100005"), nameAr: "عمران أحمد صديقي", nameEn: "Imran Ahmed Siddiqui", mobile: "966541000005", email: null },
];

type Profile = { office: string; municipality: string; cr: number; hours: number[]; breaches: number[]; returned: number[]; rejected: number[]; ratings: number[] };

/** hours[i] = submission → decision; breaches / returned / rejected / ratings by index (ratings 0 = not rated). */
const PROFILES: readonly Profile[] = [
  { office: "OFF-INJAZ", municipality: M.DAMMAM_CENTRAL, cr: 100, hours: [9, 14, 18, 20, 22, 26, 30, 12, 16, 24, 28, 19], breaches: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0], returned: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], rejected: [5], ratings: [5, 5, 4, 5, 0, 4, 5, 5, 4, 0, 5, 4] },
  { office: "OFF-NAJAH", municipality: M.KHOBAR, cr: 200, hours: [40, 52, 61, 75, 48, 66, 90, 58, 70, 44, 81, 63], breaches: [1, 0, 2, 1, 0, 1, 3, 0, 1, 0, 2, 1], returned: [0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0], rejected: [3, 9], ratings: [4, 3, 3, 0, 4, 3, 2, 4, 0, 3, 3, 4] },
  { office: "OFF-WAHA", municipality: M.QATIF, cr: 300, hours: [24, 30, 36, 28, 42, 33, 27, 39, 31, 35], breaches: [0, 0, 1, 0, 1, 0, 0, 0, 0, 1], returned: [0, 0, 0, 1, 0, 0, 0, 1, 0, 0], rejected: [6], ratings: [4, 4, 5, 3, 4, 0, 4, 4, 5, 0] },
  { office: "OFF-NAKHLA", municipality: M.HOFUF, cr: 400, hours: [80, 96, 120, 70, 110, 134, 88, 101, 94, 126], breaches: [2, 3, 4, 1, 3, 5, 2, 3, 2, 4], returned: [1, 0, 1, 0, 1, 1, 0, 0, 1, 0], rejected: [2, 7], ratings: [3, 2, 2, 3, 0, 1, 3, 2, 0, 2] },
];
const cr = (n: number) => `20599${String(n).padStart(5, "0")}`;
export const JOURNEY_APPLICATION_CR = cr(291);
export const NAJAH_SECOND_OPEN_CR = cr(292);

export const OFFICE_HISTORY_SEED: SeedPart = {
  name: "office-history",
  demo: true,
  users: HISTORY_CITIZENS,
  async missing(query) {
    const rows = await query(`SELECT count(*)::int AS n FROM "LicenseApplication" WHERE "commercialRegNo" IN ($1, $2)`, [cr(100), JOURNEY_APPLICATION_CR]);
    return Number(rows[0]?.n) !== 2;
  },
  async run(tx) {
    let inserted = 0;
    const now = Date.now();
    const citizens = HISTORY_CITIZENS.map((c) => c.nationalId as string);
    for (const p of PROFILES) {
      const office = await tx.licensingOffice.findUnique({ where: { code: p.office }, select: { id: true, status: true } });
      if (!office || office.status !== "ACTIVE") continue;
      for (const [i, hours] of p.hours.entries()) {
        const commercialRegNo = cr(p.cr + i);
        if (await tx.licenseApplication.findFirst({ where: { commercialRegNo }, select: { id: true } })) continue;
        const submittedAt = new Date(now - (6 + i * 6.5) * DAY);
        const decidedAt = new Date(submittedAt.getTime() + hours * HOUR);
        const rejected = p.rejected.includes(i);
        const nationalId = citizens[i % citizens.length]!;
        const app = await createApplication(tx, {
          status: rejected ? "REJECTED" : "ISSUED",
          officeCode: p.office,
          municipalityCode: p.municipality,
          applicantNationalId: nationalId,
          commercialRegNo,
          tradeNameAr: TRADE_NAMES[(p.cr + i) % TRADE_NAMES.length],
          submittedAt,
          stateEnteredAt: decidedAt,
          issuedAt: decidedAt,
        });
        await tx.licenseApplication.update({ where: { id: app.id }, data: { slaBreaches: p.breaches[i] ?? 0, returnCount: p.returned[i] ?? 0 } });
        inserted++;
        if (!rejected) {
          const full = await tx.licenseApplication.findUniqueOrThrow({ where: { id: app.id }, select: { tradeNameAr: true, activityId: true, areaM2: true, signAreaM2: true, addressAr: true, latitude: true, longitude: true, applicant: { select: { nameAr: true, mobile: true } } } });
          const number = await nextLicenseNumber(tx);
          const est = await tx.establishment.create({
            data: { commercialRegNo, tradeNameAr: full.tradeNameAr!, ownerNationalId: nationalId, ownerName: full.applicant.nameAr, ownerMobile: full.applicant.mobile, municipalityId: app.municipalityId, activityId: full.activityId, licenseNumber: number, addressAr: full.addressAr, latitude: full.latitude, longitude: full.longitude },
            select: { id: true },
          });
          await tx.license.create({
            data: {
              number,
              verifyCode: randomBytes(12).toString("base64url").slice(0, 16),
              kind: app.kind,
              applicationId: app.id,
              establishmentId: est.id,
              officeId: office.id,
              municipalityId: app.municipalityId,
              activityId: full.activityId!,
              holderNationalId: nationalId,
              holderName: full.applicant.nameAr,
              holderMobile: full.applicant.mobile,
              tradeNameAr: full.tradeNameAr!,
              areaM2: full.areaM2 ?? 60,
              signAreaM2: full.signAreaM2 ?? 4,
              issuedAt: decidedAt,
              validFrom: decidedAt,
              expiresAt: new Date(decidedAt.getTime() + 365 * DAY),
            },
          });
          inserted += 2;
        }
        const stars = p.ratings[i] ?? 0;
        if (stars > 0) {
          await tx.officeRating.create({ data: { applicationId: app.id, officeId: office.id, rating: stars, createdAt: new Date(decidedAt.getTime() + 2 * HOUR) } });
          inserted++;
        }
      }
    }

    // OFF-NAJAH: last year's finding, confirmed as a warning (the contract's first spot-check clause).
    const najah = await tx.licensingOffice.findUnique({ where: { code: "OFF-NAJAH" }, select: { id: true, status: true, contracts: { where: { status: "ACTIVE" }, select: { id: true, clauses: { where: { trigger: "SPOT_CHECK_FINDING", occurrence: 1 }, select: { id: true, kind: true } } } } } });
    const committee = await tx.user.findFirst({ where: { username: "staff.committee" }, select: { id: true } });
    const inspector = await tx.user.findFirst({ where: { username: "staff.inspector" }, select: { id: true } });
    if (najah && najah.status === "ACTIVE" && committee && inspector && (await tx.officePenalty.count({ where: { officeId: najah.id } })) === 0) {
      const old = new Date(now - 120 * DAY);
      const app = await createApplication(tx, { status: "ISSUED", officeCode: "OFF-NAJAH", municipalityCode: M.KHOBAR, applicantNationalId: citizens[0], commercialRegNo: cr(290), submittedAt: new Date(old.getTime() - 30 * DAY), stateEnteredAt: new Date(old.getTime() - 28 * DAY) });
      const full = await tx.licenseApplication.findUniqueOrThrow({ where: { id: app.id }, select: { tradeNameAr: true, activityId: true, applicant: { select: { nameAr: true, mobile: true } } } });
      const number = await nextLicenseNumber(tx);
      const est = await tx.establishment.create({ data: { commercialRegNo: cr(290), tradeNameAr: full.tradeNameAr!, ownerNationalId: citizens[0]!, ownerName: full.applicant.nameAr, ownerMobile: full.applicant.mobile, municipalityId: app.municipalityId, activityId: full.activityId, licenseNumber: number }, select: { id: true } });
      const license = await tx.license.create({
        data: { number, verifyCode: randomBytes(12).toString("base64url").slice(0, 16), kind: "COMMERCIAL", applicationId: app.id, establishmentId: est.id, officeId: najah.id, municipalityId: app.municipalityId, activityId: full.activityId!, holderNationalId: citizens[0]!, holderName: full.applicant.nameAr, holderMobile: full.applicant.mobile, tradeNameAr: full.tradeNameAr!, areaM2: 60, signAreaM2: 4, issuedAt: new Date(old.getTime() - 28 * DAY), validFrom: new Date(old.getTime() - 28 * DAY), expiresAt: new Date(old.getTime() + 337 * DAY) },
        select: { id: true },
      });
      const check = await tx.spotCheck.create({ data: { officeId: najah.id, licenseId: license.id, sampledById: committee.id, inspectorId: inspector.id, status: "FINDING", findingNote: "مساحة اللوحة التجارية المنفذة 9 م² بينما المرخص 4 م².", checkedAt: old, createdAt: new Date(old.getTime() - 3 * DAY) }, select: { id: true } });
      const contract = najah.contracts[0];
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('penalty_number_seq') AS n`;
      await tx.officePenalty.create({
        data: { number: checkDigitNumber("PN", n), officeId: najah.id, contractId: contract?.id ?? null, clauseId: contract?.clauses[0]?.id ?? null, trigger: "SPOT_CHECK_FINDING", spotCheckId: check.id, kind: "WARNING", status: "CONFIRMED", reason: "مساحة اللوحة التجارية أكبر من المرخص", proposedAt: old, decidedById: committee.id, decidedAt: new Date(old.getTime() + DAY), appealUntil: new Date(old.getTime() + 16 * DAY) },
      });
      inserted += 5;
    }

    // Two open applications at OFF-NAJAH: the demo citizen's (reassigned in the journey) and a history citizen's.
    for (const [commercialRegNo, nationalId, tradeNameAr] of [
      [JOURNEY_APPLICATION_CR, "1087654321", "متجر الواحة للهدايا"],
      [NAJAH_SECOND_OPEN_CR, citizens[1]!, "مكتبة المعرفة الحديثة"],
    ] as const) {
      if (!najah || najah.status !== "ACTIVE") break;
      if (await tx.licenseApplication.findFirst({ where: { commercialRegNo }, select: { id: true } })) continue;
      await createApplication(tx, { status: "SUBMITTED", officeCode: "OFF-NAJAH", municipalityCode: M.KHOBAR, applicantNationalId: nationalId, commercialRegNo, tradeNameAr, latitude: 26.2794, longitude: 50.2083, stateEnteredAt: new Date(now - HOUR), documents: true });
      inserted++;
    }
    return inserted;
  },
};

const TRADE_NAMES = [
  "متجر الأفق للاتصالات",
  "بقالة الحي الحديثة",
  "محل الريان للعطور",
  "مكتبة القلم الذهبي",
  "محل لمسات للهدايا",
  "متجر النخبة للإلكترونيات",
  "محل الأناقة للملابس الجاهزة",
  "مغسلة البياض الناصع",
  "محل زهور الربيع",
  "متجر البيت السعيد للأدوات المنزلية",
  "محل الساعة الدقيقة",
];
