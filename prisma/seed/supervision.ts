import type { DemoAccount } from "./demo-accounts";
import type { SeedPart, SeedUser } from "./parts";
import { withCheckDigit } from "../../lib/domain/identity/national-id";
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import { CONTRACT_MONTHS, STANDARD_CLAUSES, STANDARD_SERVICE_LEVELS, type ServiceTypeCode } from "../../lib/domain/offices/clause-set";
import { OFFICES } from "./offices";

/**
 * Seed data of office supervision (issue 6):
 * - the license types each seeded office may issue (LicensingOffice.serviceTypes, set only while empty);
 * - an ACTIVE contract with the standard penalty clauses for every ACTIVE seeded office (one of them
 *   ends within 60 days, so the committee dashboard has a renewal to show);
 * - a past LICENSING_BASICS workshop attended by every seeded office AGENT, with a certificate each
 *   (agents need it to accept applications — the enforcement rule), and an upcoming workshop;
 * - a pending accreditation request of OFF-AFAQ by its future manager (and its health specialist).
 */
/** Citizens (not demo accounts) who apply to accredit new offices in the e2e journeys. */
export const FOUNDER_CITIZENS = [
  { role: "CITIZEN", login: withCheckDigit("110452320"), loginKind: "nationalId", nameAr: "فهد بن عادل الشمري", nameEn: "Fahad A. Al-Shammari", mobile: "966547781292", home: "/my" },
  { role: "CITIZEN", login: withCheckDigit("110452321"), loginKind: "nationalId", nameAr: "ريما بنت خالد العنزي", nameEn: "Reema K. Al-Anazi", mobile: "966547781293", home: "/my" },
] as const satisfies readonly DemoAccount[];

export const SUPERVISION_USERS: readonly SeedUser[] = [
  { username: null, nationalId: withCheckDigit("110452317"), nameAr: "سعد بن مبارك الخالدي", nameEn: "Saad M. Al-Khalidi", mobile: "966547781290", email: "afaq.office@afaq-sharqiya.example" },
  { username: null, nationalId: withCheckDigit("110452318"), nameAr: "د. هالة بنت راشد المري", nameEn: "Dr. Hala R. Al-Marri", mobile: "966547781291", email: null },
  // Citizens who found new offices in the journeys (tests/e2e): never members of a seeded office, so applying
  // does not change what the demo citizens see.
  ...FOUNDER_CITIZENS.map((f) => ({ username: null, nationalId: f.login, nameAr: f.nameAr, nameEn: f.nameEn, mobile: f.mobile, email: null })),
];

export const SERVICE_TYPES: Record<string, ServiceTypeCode[]> = {
  "OFF-INJAZ": ["COMMERCIAL", "HEALTH", "ENGINEERING"],
  "OFF-NAJAH": ["COMMERCIAL", "HEALTH"],
  "OFF-WAHA": ["COMMERCIAL", "HEALTH"],
  "OFF-NAKHLA": ["COMMERCIAL", "HEALTH", "ENGINEERING"],
  "OFF-AFAQ": ["COMMERCIAL", "HEALTH"],
};

export const BASICS_WORKSHOP = {
  topic: "LICENSING_BASICS",
  titleAr: "أساسيات إصدار الرخص التجارية عبر بوابة الأمانة",
  titleEn: "Licensing basics on the Amanah portal",
  startsAt: new Date("2025-09-10T06:00:00.000Z"),
  location: "مقر أمانة المنطقة الشرقية - قاعة التدريب، الدمام",
  capacity: 40,
};
export const UPCOMING_WORKSHOP = {
  topic: "HEALTH_REQUIREMENTS",
  titleAr: "الاشتراطات الصحية للمنشآت الغذائية - دورة تحديث",
  titleEn: "Health requirements for food establishments (refresher)",
  location: "مقر أمانة المنطقة الشرقية - قاعة التدريب، الدمام",
  capacity: 30,
};
const CERTIFIED_AT = new Date("2025-09-10T12:00:00.000Z");
const CONTRACT_START = new Date("2025-09-15T00:00:00.000Z");
const DAY = 86_400_000;

function addMonths(d: Date, months: number): Date {
  const x = new Date(d);
  x.setUTCMonth(x.getUTCMonth() + months);
  return x;
}

const ACTIVE_CODES = OFFICES.filter((o) => o.status === "ACTIVE").map((o) => o.code);
const AGENT_KEYS = OFFICES.flatMap((o) => o.members.filter((m) => m.role === "AGENT").map((m) => `${o.code}|${m.username}`));

export const SUPERVISION_SEED: SeedPart = {
  name: "supervision",
  demo: true,
  users: SUPERVISION_USERS,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(DISTINCT o.code)::int FROM "OfficeContract" c JOIN "LicensingOffice" o ON o.id = c."officeId" WHERE o.code = ANY($1::text[])) AS contracts,
              (SELECT count(*)::int FROM "Workshop" w WHERE w."titleEn" = ANY($2::text[])) AS workshops,
              (SELECT count(*)::int FROM "WorkshopAttendance" a JOIN "Workshop" w ON w.id = a."workshopId" JOIN "OfficeMember" m ON m.id = a."memberId"
                 JOIN "LicensingOffice" o ON o.id = m."officeId" JOIN "User" u ON u.id = m."userId"
                WHERE w."titleEn" = $3 AND o.code || '|' || u.username = ANY($4::text[])) AS certified,
              (SELECT count(*)::int FROM "AccreditationRequest" r JOIN "LicensingOffice" o ON o.id = r."officeId" WHERE o.code = 'OFF-AFAQ') AS accreditations,
              (SELECT count(*)::int FROM "LicensingOffice" o WHERE o.code = ANY($5::text[]) AND cardinality(o."serviceTypes") = 0) AS untyped`,
      [ACTIVE_CODES, [BASICS_WORKSHOP.titleEn, UPCOMING_WORKSHOP.titleEn], BASICS_WORKSHOP.titleEn, AGENT_KEYS, Object.keys(SERVICE_TYPES)],
    );
    const r = rows[0] ?? {};
    return (
      Number(r.contracts) !== ACTIVE_CODES.length ||
      Number(r.workshops) !== 2 ||
      Number(r.certified) !== AGENT_KEYS.length ||
      Number(r.accreditations) === 0 ||
      Number(r.untyped) !== 0
    );
  },
  async run(tx, ctx) {
    let inserted = 0;
    const offices = new Map(
      (await tx.licensingOffice.findMany({ where: { code: { in: OFFICES.map((o) => o.code) } }, select: { id: true, code: true, serviceTypes: true } })).map((o) => [o.code, o]),
    );
    const office = (code: string) => {
      const o = offices.get(code);
      if (!o) throw new Error(`seed: unknown office ${code}`);
      return o;
    };
    const committeeId = ctx.userIds.get("staff.committee");
    if (!committeeId) throw new Error("seed: unknown user staff.committee");

    // License types: only filled while empty (a value edited later is never overwritten).
    for (const [code, types] of Object.entries(SERVICE_TYPES)) {
      const o = office(code);
      if (o.serviceTypes.length === 0) {
        await tx.licensingOffice.update({ where: { id: o.id }, data: { serviceTypes: types } });
        inserted += 1;
      }
    }

    // Contracts of the active offices.
    const now = Date.now();
    for (const seedOffice of OFFICES.filter((o) => o.status === "ACTIVE")) {
      const o = office(seedOffice.code);
      if ((await tx.officeContract.count({ where: { officeId: o.id } })) > 0) continue;
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('contract_number_seq') AS n`;
      // OFF-WAHA's contract ends within 60 days: a renewal for the committee's dashboard.
      const endsAt = seedOffice.code === "OFF-WAHA" ? new Date(now + 45 * DAY) : addMonths(CONTRACT_START, CONTRACT_MONTHS);
      await tx.officeContract.create({
        data: {
          number: checkDigitNumber("CT", n),
          officeId: o.id,
          status: "ACTIVE",
          startsAt: seedOffice.code === "OFF-WAHA" ? addMonths(endsAt, -CONTRACT_MONTHS) : CONTRACT_START,
          endsAt,
          municipalityIds: seedOffice.coverage.map((m) => {
            const id = ctx.municipalityIds.get(m);
            if (!id) throw new Error(`seed: unknown municipality ${m}`);
            return id;
          }),
          serviceTypes: SERVICE_TYPES[seedOffice.code] ?? ["COMMERCIAL"],
          ...STANDARD_SERVICE_LEVELS,
          createdById: committeeId,
          clauses: { create: STANDARD_CLAUSES.map((c) => ({ ...c })) },
        },
      });
      inserted += 1 + STANDARD_CLAUSES.length;
    }

    // Workshops (found by their English title).
    const ensureWorkshop = async (w: { topic: string; titleAr: string; titleEn: string; startsAt: Date; location: string; capacity: number }) => {
      const existing = await tx.workshop.findFirst({ where: { titleEn: w.titleEn }, select: { id: true } });
      if (existing) return existing.id;
      inserted += 1;
      return (await tx.workshop.create({ data: { ...w, createdById: committeeId }, select: { id: true } })).id;
    };
    const basicsId = await ensureWorkshop(BASICS_WORKSHOP);
    await ensureWorkshop({ ...UPCOMING_WORKSHOP, startsAt: new Date(Math.ceil((now + 14 * DAY) / DAY) * DAY + 6 * 3_600_000) });

    const agents = await tx.officeMember.findMany({
      where: { role: "AGENT", office: { code: { in: OFFICES.map((o) => o.code) } }, user: { username: { not: null } } },
      select: { id: true, office: { select: { code: true } }, user: { select: { username: true } } },
      orderBy: [{ office: { code: "asc" } }, { createdAt: "asc" }],
    });
    const have = new Set((await tx.workshopAttendance.findMany({ where: { workshopId: basicsId }, select: { memberId: true } })).map((a) => a.memberId));
    for (const a of agents) {
      if (have.has(a.id) || !AGENT_KEYS.includes(`${a.office.code}|${a.user.username}`)) continue;
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('training_certificate_seq') AS n`;
      await tx.workshopAttendance.create({
        data: { workshopId: basicsId, memberId: a.id, attended: true, certificateNo: checkDigitNumber("TC", n), certifiedAt: CERTIFIED_AT },
      });
      inserted += 1;
    }

    // OFF-AFAQ's pending accreditation: its future manager applied, listing a health specialist.
    const afaq = office("OFF-AFAQ");
    if ((await tx.accreditationRequest.count({ where: { officeId: afaq.id } })) === 0) {
      const [manager, health] = SUPERVISION_USERS.map((u) => {
        const id = ctx.userIds.get(u.nationalId as string);
        if (!id) throw new Error(`seed: unknown user ${u.nationalId}`);
        return id;
      }) as [string, string];
      inserted += (
        await tx.officeMember.createMany({
          data: [
            { officeId: afaq.id, userId: manager, role: "MANAGER" },
            { officeId: afaq.id, userId: manager, role: "AGENT" },
            { officeId: afaq.id, userId: health, role: "HEALTH_SPECIALIST", qualificationNo: "SCFHS-22-R-0071358" },
          ],
          skipDuplicates: true,
        })
      ).count;
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('accreditation_number_seq') AS n`;
      await tx.accreditationRequest.create({
        data: {
          number: checkDigitNumber("AC", n),
          officeId: afaq.id,
          applicantId: manager,
          status: "SUBMITTED",
          serviceTypes: SERVICE_TYPES["OFF-AFAQ"],
          municipalityIds: OFFICES.find((o) => o.code === "OFF-AFAQ")!.coverage.map((m) => ctx.municipalityIds.get(m) as string),
          notes: "نرغب في خدمة أحياء شرق الدمام والقطيف، ولدينا مقر مجهز في حي الفيصلية.",
          submittedAt: new Date(now - 3 * DAY),
        },
      });
      inserted += 1;
    }
    return inserted;
  },
};
