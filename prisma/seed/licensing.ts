import type { SeedPart } from "./parts";

/**
 * Seed data of the licensing area: the accredited medical centers whose examiners record workers'
 * health examinations (the demo account medical.examiner works in the first one).
 * And the license fee schedule (LicenseFeeRule: data, not code; read by lib/domain/licensing/fees.ts),
 * in halalas: one row per activity group with its own prices, plus the default row (group null).
 */
export const MEDICAL_CENTERS = [
  { code: "MC-DMM-01", nameAr: "مجمع الشفاء الطبي - الدمام", nameEn: "Al-Shifa Medical Complex, Dammam", amanahCode: "EP", members: ["medical.examiner"] },
] as const;

type FeeRuleSeed = {
  activityGroupEn: string | null;
  baseHalalas: number;
  perSquareMeterHalalas: number;
  signPerSquareMeterHalalas: number;
  healthSupplementHalalas: number;
  renewalPercent: number;
  lateRenewalPerMonthHalalas: number;
};
const SAR = 100;
/** Realistic municipal amounts: a 60 m² grocery with a 4 m² sign ≈ 300 + 60×5 + 4×50 + 200 = 1,000 SAR a year. */
export const FEE_RULES: readonly FeeRuleSeed[] = [
  { activityGroupEn: null, baseHalalas: 300 * SAR, perSquareMeterHalalas: 5 * SAR, signPerSquareMeterHalalas: 50 * SAR, healthSupplementHalalas: 200 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 100 * SAR },
  { activityGroupEn: "Food & restaurants", baseHalalas: 500 * SAR, perSquareMeterHalalas: 8 * SAR, signPerSquareMeterHalalas: 60 * SAR, healthSupplementHalalas: 300 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 150 * SAR },
  { activityGroupEn: "Food production", baseHalalas: 600 * SAR, perSquareMeterHalalas: 6 * SAR, signPerSquareMeterHalalas: 60 * SAR, healthSupplementHalalas: 400 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 150 * SAR },
  { activityGroupEn: "Food retail", baseHalalas: 300 * SAR, perSquareMeterHalalas: 5 * SAR, signPerSquareMeterHalalas: 50 * SAR, healthSupplementHalalas: 200 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 100 * SAR },
  { activityGroupEn: "Retail", baseHalalas: 300 * SAR, perSquareMeterHalalas: 4 * SAR, signPerSquareMeterHalalas: 50 * SAR, healthSupplementHalalas: 0, renewalPercent: 90, lateRenewalPerMonthHalalas: 100 * SAR },
  { activityGroupEn: "Personal services", baseHalalas: 250 * SAR, perSquareMeterHalalas: 4 * SAR, signPerSquareMeterHalalas: 40 * SAR, healthSupplementHalalas: 200 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 75 * SAR },
  { activityGroupEn: "Vehicles", baseHalalas: 500 * SAR, perSquareMeterHalalas: 3 * SAR, signPerSquareMeterHalalas: 50 * SAR, healthSupplementHalalas: 0, renewalPercent: 100, lateRenewalPerMonthHalalas: 150 * SAR },
  { activityGroupEn: "Accommodation", baseHalalas: 1000 * SAR, perSquareMeterHalalas: 2 * SAR, signPerSquareMeterHalalas: 80 * SAR, healthSupplementHalalas: 500 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 250 * SAR },
  { activityGroupEn: "Health", baseHalalas: 800 * SAR, perSquareMeterHalalas: 5 * SAR, signPerSquareMeterHalalas: 60 * SAR, healthSupplementHalalas: 500 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 200 * SAR },
  { activityGroupEn: "Sport & recreation", baseHalalas: 500 * SAR, perSquareMeterHalalas: 3 * SAR, signPerSquareMeterHalalas: 50 * SAR, healthSupplementHalalas: 300 * SAR, renewalPercent: 100, lateRenewalPerMonthHalalas: 100 * SAR },
  { activityGroupEn: "Business & office services", baseHalalas: 300 * SAR, perSquareMeterHalalas: 3 * SAR, signPerSquareMeterHalalas: 40 * SAR, healthSupplementHalalas: 0, renewalPercent: 80, lateRenewalPerMonthHalalas: 75 * SAR },
];

/** Reference data (always seeded): the license fee schedule. */
export const LICENSING_SEED: SeedPart = {
  name: "licensing",
  async missing(query) {
    const rows = await query(`SELECT count(*)::int AS fees FROM "LicenseFeeRule"`, []);
    return Number(rows[0]?.fees) < FEE_RULES.length;
  },
  async run(tx) {
    // The fee schedule: insert-only (an edited price in the database is never overwritten by the seed).
    // The default row's group is null, which a unique index does not deduplicate: check it first.
    const hasDefault = (await tx.licenseFeeRule.count({ where: { activityGroupEn: null } })) > 0;
    return (
      await tx.licenseFeeRule.createMany({ data: FEE_RULES.filter((r) => r.activityGroupEn !== null || !hasDefault).map((r) => ({ ...r })), skipDuplicates: true })
    ).count;
  },
};

/** Demo data (only when a demo is asked for): the demo medical center and its examiner. */
export const MEDICAL_CENTERS_SEED: SeedPart = {
  name: "medical-centers",
  demo: true,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(DISTINCT c.code)::int FROM "MedicalCenter" c WHERE c.code = ANY($1::text[])) AS centers,
              (SELECT count(*)::int FROM "MedicalCenterMember" m JOIN "MedicalCenter" c ON c.id = m."centerId" JOIN "User" u ON u.id = m."userId"
                WHERE c.code || '|' || u.username = ANY($2::text[])) AS members`,
      [MEDICAL_CENTERS.map((c) => c.code), MEDICAL_CENTERS.flatMap((c) => c.members.map((u) => `${c.code}|${u}`))],
    );
    return Number(rows[0]?.centers) !== MEDICAL_CENTERS.length || Number(rows[0]?.members) !== MEDICAL_CENTERS.reduce((n, c) => n + c.members.length, 0);
  },
  async run(tx, ctx) {
    let inserted = 0;
    for (const c of MEDICAL_CENTERS) {
      const amanahId = ctx.amanahIds.get(c.amanahCode);
      if (!amanahId) throw new Error(`seed: unknown amanah ${c.amanahCode}`);
      inserted += (await tx.medicalCenter.createMany({ data: [{ code: c.code, nameAr: c.nameAr, nameEn: c.nameEn, amanahId }], skipDuplicates: true })).count;
      const center = await tx.medicalCenter.findUniqueOrThrow({ where: { code: c.code }, select: { id: true } });
      for (const username of c.members) {
        const userId = ctx.userIds.get(username);
        if (!userId) throw new Error(`seed: unknown user ${username}`);
        inserted += (await tx.medicalCenterMember.createMany({ data: [{ centerId: center.id, userId }], skipDuplicates: true })).count;
      }
    }
    return inserted;
  },
};
