/**
 * Seed data of the building permits area (issue 12).
 *
 * Reference data (always): the review departments (planning/zoning, building control, public safety) with
 * their SLA per hop, the permit kinds with their required documents and their departments' route, the fee
 * schedule, and the certificate prerequisite rule (completion requires insulation).
 *
 * Demo data (only for a demo): one ACTIVE engineering office in Dammam (OFF-BINA, manager eng.manager and
 * engineer eng.engineer), its accreditation and contract, and the permit reviewers' department memberships
 * (staff.planning, staff.building, staff.safety). The accounts themselves are in demo-accounts.ts.
 * Insert-only and idempotent.
 */
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import { CONTRACT_MONTHS, STANDARD_CLAUSES, STANDARD_SERVICE_LEVELS } from "../../lib/domain/offices/clause-set";
import type { SeedPart } from "./parts";
import { AMANAH_CODES, MUNICIPALITY_CODES as M } from "./places";

export const PERMIT_DEPARTMENTS = [
  { code: "PERMIT_PLANNING", nameAr: "إدارة التخطيط العمراني", nameEn: "Urban Planning and Zoning", permitSlaDays: 5 },
  { code: "PERMIT_BUILDING", nameAr: "إدارة الرقابة على البناء", nameEn: "Building Control", permitSlaDays: 5 },
  { code: "PERMIT_SAFETY", nameAr: "إدارة السلامة العامة", nameEn: "Public Safety", permitSlaDays: 3 },
] as const;

type KindSeed = {
  code: string;
  category: "BUILDING" | "DEMOLITION" | "RESTORATION";
  nameAr: string;
  nameEn: string;
  requiredDocuments: string[];
  validityMonths: number;
  route: string[];
};

export const PERMIT_KINDS: readonly KindSeed[] = [
  {
    code: "NEW_HOUSE",
    category: "BUILDING",
    nameAr: "رخصة بناء جديد (مسكن / فيلا)",
    nameEn: "New building permit (house / villa)",
    requiredDocuments: ["DEED", "SURVEY_REPORT", "ARCH_DRAWINGS", "STRUCT_DRAWINGS", "OWNER_ID"],
    validityMonths: 36,
    route: ["PERMIT_PLANNING", "PERMIT_BUILDING"],
  },
  {
    code: "DEMOLITION",
    category: "DEMOLITION",
    nameAr: "رخصة هدم",
    nameEn: "Demolition permit",
    requiredDocuments: ["DEED", "SURVEY_REPORT", "DEMOLITION_PLAN", "OWNER_ID"],
    validityMonths: 6,
    route: ["PERMIT_BUILDING", "PERMIT_SAFETY"],
  },
  {
    code: "RESTORATION",
    category: "RESTORATION",
    nameAr: "رخصة ترميم",
    nameEn: "Restoration permit",
    requiredDocuments: ["DEED", "ARCH_DRAWINGS", "OWNER_ID"],
    validityMonths: 12,
    route: ["PERMIT_BUILDING"],
  },
];

/** Fees (halalas) per kind and area band; municipality null = every municipality without its own rule. */
export const PERMIT_FEE_RULES = [
  { kind: "NEW_HOUSE", minAreaM2: 0, maxAreaM2: 400, baseHalalas: 50_000, perSquareMeterHalalas: 200 },
  { kind: "NEW_HOUSE", minAreaM2: 400, maxAreaM2: null, baseHalalas: 100_000, perSquareMeterHalalas: 300 },
  { kind: "DEMOLITION", minAreaM2: 0, maxAreaM2: null, baseHalalas: 30_000, perSquareMeterHalalas: 100 },
  { kind: "RESTORATION", minAreaM2: 0, maxAreaM2: null, baseHalalas: 20_000, perSquareMeterHalalas: 0 },
] as const;

export const CERTIFICATE_PREREQUISITES = [{ certificateType: "COMPLETION", requiresType: "INSULATION" }] as const;

export const PERMITS_SEED: SeedPart = {
  name: "permits",
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "Department" WHERE code = ANY($1::text[])) AS departments,
              (SELECT count(*)::int FROM "PermitKind" WHERE code = ANY($2::text[])) AS kinds,
              (SELECT count(*)::int FROM "PermitKindDepartment") AS routes,
              (SELECT count(*)::int FROM "PermitFeeRule" WHERE "municipalityId" IS NULL) AS fees,
              (SELECT count(*)::int FROM "CertificatePrerequisite") AS prerequisites`,
      [PERMIT_DEPARTMENTS.map((d) => d.code), PERMIT_KINDS.map((k) => k.code)],
    );
    const r = rows[0] ?? {};
    return (
      Number(r.departments) !== PERMIT_DEPARTMENTS.length ||
      Number(r.kinds) !== PERMIT_KINDS.length ||
      Number(r.routes) < PERMIT_KINDS.reduce((n, k) => n + k.route.length, 0) ||
      Number(r.fees) < PERMIT_FEE_RULES.length ||
      Number(r.prerequisites) < CERTIFICATE_PREREQUISITES.length
    );
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
    if (!amanahId) throw new Error(`seed: unknown amanah ${AMANAH_CODES.EASTERN}`);
    let inserted = (await tx.department.createMany({ data: PERMIT_DEPARTMENTS.map((d) => ({ ...d, amanahId })), skipDuplicates: true })).count;
    const departments = new Map(
      (await tx.department.findMany({ where: { code: { in: PERMIT_DEPARTMENTS.map((d) => d.code) } }, select: { id: true, code: true } })).map((d) => [d.code, d.id]),
    );
    inserted += (
      await tx.permitKind.createMany({
        data: PERMIT_KINDS.map(({ route: _route, ...k }, i) => ({ ...k, sortOrder: (i + 1) * 10 })),
        skipDuplicates: true,
      })
    ).count;
    const kinds = new Map((await tx.permitKind.findMany({ select: { id: true, code: true } })).map((k) => [k.code, k.id]));
    const id = (map: Map<string, string>, code: string) => {
      const v = map.get(code);
      if (!v) throw new Error(`seed: unknown ${code}`);
      return v;
    };
    inserted += (
      await tx.permitKindDepartment.createMany({
        data: PERMIT_KINDS.flatMap((k) => k.route.map((d, position) => ({ kindId: id(kinds, k.code), departmentId: id(departments, d), position: position + 1 }))),
        skipDuplicates: true,
      })
    ).count;
    for (const f of PERMIT_FEE_RULES) {
      const kindId = id(kinds, f.kind);
      // NULL municipality: the unique index does not deduplicate it, so look first.
      if (await tx.permitFeeRule.count({ where: { kindId, municipalityId: null, minAreaM2: f.minAreaM2 } })) continue;
      await tx.permitFeeRule.create({ data: { kindId, municipalityId: null, minAreaM2: f.minAreaM2, maxAreaM2: f.maxAreaM2, baseHalalas: f.baseHalalas, perSquareMeterHalalas: f.perSquareMeterHalalas } });
      inserted++;
    }
    inserted += (await tx.certificatePrerequisite.createMany({ data: CERTIFICATE_PREREQUISITES.map((p) => ({ ...p })), skipDuplicates: true })).count;
    return inserted;
  },
};

// ───────────────────────────── demo ─────────────────────────────

export const ENGINEERING_OFFICE = {
  code: "OFF-BINA",
  nameAr: "مكتب البناء المتقن للاستشارات الهندسية",
  nameEn: "Precise Build Engineering Consultants",
  commercialRegNo: "2050177320",
  phone: "966138177320",
  email: "info@bina-eng.example",
  engineeringLicenseNo: "EO-120417",
  engineeringClass: "SECOND" as const,
  coverage: [M.DAMMAM_CENTRAL, M.DAMMAM_EAST, M.DAMMAM_WEST],
  manager: "eng.manager",
  engineer: { username: "eng.engineer", qualificationNo: "SCE-152093", discipline: "ARCHITECTURAL" as const, grade: "PROFESSIONAL" as const },
};

/** Permit reviewers' departments (the accounts and their PERMITS_REVIEWER assignment come from demo-accounts.ts). */
export const PERMIT_REVIEWERS = [
  { username: "staff.planning", department: "PERMIT_PLANNING" },
  { username: "staff.building", department: "PERMIT_BUILDING" },
  { username: "staff.safety", department: "PERMIT_SAFETY" },
] as const;

const LICENSE_VALID_UNTIL = new Date("2028-06-30T00:00:00.000Z");
const CONTRACT_START = new Date("2025-09-15T00:00:00.000Z");

export const PERMITS_DEMO_SEED: SeedPart = {
  name: "permits-demo",
  demo: true,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "LicensingOffice" o JOIN "OfficeMember" m ON m."officeId" = o.id WHERE o.code = $1) AS members,
              (SELECT count(*)::int FROM "OfficeContract" c JOIN "LicensingOffice" o ON o.id = c."officeId" WHERE o.code = $1) AS contracts,
              (SELECT count(*)::int FROM "DepartmentMember" dm JOIN "Department" d ON d.id = dm."departmentId" JOIN "User" u ON u.id = dm."userId"
                WHERE d.code || '|' || u.username = ANY($2::text[])) AS reviewers`,
      [ENGINEERING_OFFICE.code, PERMIT_REVIEWERS.map((r) => `${r.department}|${r.username}`)],
    );
    const r = rows[0] ?? {};
    return Number(r.members) < 2 || Number(r.contracts) < 1 || Number(r.reviewers) !== PERMIT_REVIEWERS.length;
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
    if (!amanahId) throw new Error(`seed: unknown amanah ${AMANAH_CODES.EASTERN}`);
    const user = (u: string) => {
      const v = ctx.userIds.get(u);
      if (!v) throw new Error(`seed: unknown user ${u}`);
      return v;
    };
    const municipalityIds = ENGINEERING_OFFICE.coverage.map((m) => {
      const v = ctx.municipalityIds.get(m);
      if (!v) throw new Error(`seed: unknown municipality ${m}`);
      return v;
    });
    let inserted = 0;
    const o = ENGINEERING_OFFICE;
    let office = await tx.licensingOffice.findUnique({ where: { code: o.code }, select: { id: true } });
    if (!office) {
      office = await tx.licensingOffice.create({
        data: {
          code: o.code, nameAr: o.nameAr, nameEn: o.nameEn, commercialRegNo: o.commercialRegNo, phone: o.phone, email: o.email,
          status: "ACTIVE", amanahId, serviceTypes: ["ENGINEERING"],
          engineeringLicenseNo: o.engineeringLicenseNo, engineeringClass: o.engineeringClass, engineeringLicenseExpiresAt: LICENSE_VALID_UNTIL,
          coverage: { create: municipalityIds.map((municipalityId) => ({ municipalityId })) },
        },
        select: { id: true },
      });
      inserted++;
    }
    const verifiedAt = new Date("2025-09-14T07:30:00.000Z");
    inserted += (
      await tx.officeMember.createMany({
        data: [
          { officeId: office.id, userId: user(o.manager), role: "MANAGER" },
          {
            officeId: office.id, userId: user(o.engineer.username), role: "ENGINEER", qualificationNo: o.engineer.qualificationNo,
            discipline: o.engineer.discipline, grade: o.engineer.grade, verifiedAt,
          },
        ],
        skipDuplicates: true,
      })
    ).count;
    if ((await tx.officeContract.count({ where: { officeId: office.id } })) === 0) {
      const committee = await tx.user.findUnique({ where: { username: "staff.committee" }, select: { id: true } });
      const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('contract_number_seq') AS n`;
      const endsAt = new Date(CONTRACT_START);
      endsAt.setUTCMonth(endsAt.getUTCMonth() + CONTRACT_MONTHS);
      await tx.officeContract.create({
        data: {
          number: checkDigitNumber("CT", n), officeId: office.id, status: "ACTIVE", startsAt: CONTRACT_START, endsAt,
          municipalityIds, serviceTypes: ["ENGINEERING"], ...STANDARD_SERVICE_LEVELS, createdById: committee?.id ?? user(o.manager),
          clauses: { create: STANDARD_CLAUSES.map((c) => ({ ...c })) },
        },
      });
      inserted += 1 + STANDARD_CLAUSES.length;
    }
    const departments = new Map(
      (await tx.department.findMany({ where: { code: { in: PERMIT_REVIEWERS.map((r) => r.department) } }, select: { id: true, code: true } })).map((d) => [d.code, d.id]),
    );
    const dammam = ctx.municipalityIds.get(M.DAMMAM_CENTRAL) ?? null;
    inserted += (
      await tx.departmentMember.createMany({
        data: PERMIT_REVIEWERS.map((r) => {
          const departmentId = departments.get(r.department);
          if (!departmentId) throw new Error(`seed: unknown department ${r.department}`);
          return { departmentId, userId: user(r.username), municipalityId: dammam };
        }),
        skipDuplicates: true,
      })
    ).count;
    return inserted;
  },
};
