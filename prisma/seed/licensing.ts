import type { SeedPart } from "./parts";

/**
 * Seed data of the licensing area: the accredited medical centers whose examiners record workers'
 * health examinations (the demo account medical.examiner works in the first one).
 * The fee schedule and demo licenses are added by the licensing issue.
 */
export const MEDICAL_CENTERS = [
  { code: "MC-DMM-01", nameAr: "مجمع الشفاء الطبي - الدمام", nameEn: "Al-Shifa Medical Complex, Dammam", amanahCode: "EP", members: ["medical.examiner"] },
] as const;

export const LICENSING_SEED: SeedPart = {
  name: "licensing",
  users: [],
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
