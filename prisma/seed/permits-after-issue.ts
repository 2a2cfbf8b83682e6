/**
 * Seed data of the after-issue part and the electricity company (issue 12).
 *
 * Reference data (always): the certificate prerequisite rule "the building completion certificate requires a
 * valid thermal insulation certificate" (data: the municipality adds rules without code), and the Saudi
 * Electricity Company (UtilityCompany SEC) linked to the SEC agency client when that client exists.
 *
 * Demo data (only for a demo): the company's employees (sec.employee, sec.planner, sec.connections: the
 * ELECTRICITY_EMPLOYEE role comes from their membership), and one ISSUED building permit of the demo citizen
 * (1087654321) in Al-Adamah, Central Dammam, supervised by the demo office OFF-INJAZ, with the road it took (its
 * review by each department, its paid fee bill, the signatory's issue) and its foundation,
 * skeleton and finishing inspections passed — and no insulation yet, so the completion certificate is refused
 * until the insulation inspection and certificate (the e2e journey). Insert-only and idempotent.
 */
import { checkDigitNumber } from "../../lib/kernel/check-digits";
import { demoOfficeTime, seedIssuedPermitPath } from "./permit-review-path";
import type { SeedPart, SeedUser } from "./parts";
import { MUNICIPALITY_CODES } from "./places";

export const SEC_COMPANY = { code: "SEC", nameAr: "الشركة السعودية للكهرباء", nameEn: "Saudi Electricity Company" } as const;

/** Employees of the company besides the demo account sec.employee (demo-accounts.ts). */
export const SEC_EXTRA_USERS: readonly SeedUser[] = [
  { username: "sec.planner", nationalId: null, nameAr: "م. سلمان بن فهد الشمري", nameEn: "Eng. Salman F. Al-Shammari", mobile: "966505000002", email: null },
  { username: "sec.connections", nationalId: null, nameAr: "هيا بنت خالد العنزي", nameEn: "Haya K. Al-Anazi", mobile: "966505000003", email: null },
];
export const SEC_EMPLOYEES = ["sec.employee", ...SEC_EXTRA_USERS.map((u) => u.username!)] as const;

/** The kind the demo permit is of (the core permits seed holds the full list; this insert is a no-op when it exists). */
const NEW_HOUSE = {
  code: "NEW_HOUSE",
  category: "BUILDING" as const,
  nameAr: "رخصة بناء جديد (مسكن / فيلا)",
  nameEn: "New building permit (house / villa)",
  requiredDocuments: ["DEED", "SURVEY_REPORT", "ARCH_DRAWINGS", "STRUCT_DRAWINGS", "OWNER_ID"],
  validityMonths: 36,
};

export const DEMO_AFTER_ISSUE_PERMIT = {
  deedNo: "310115004471",
  planNo: "2/145",
  parcelNo: "733",
  districtEn: "Al-Adamah",
  municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL,
  ownerNationalId: "1087654321",
  officeCode: "OFF-INJAZ",
  /** Issued this long before the seed runs. */
  issuedDaysAgo: 200,
  latitude: 26.4367,
  longitude: 50.0998,
  /** Its review path and paid fee bill (prisma/seed/permit-review-path.ts). */
  path: { billSerial: 999_051, receiptSerial: 99_051, bankTxnId: "DEMO-SEED-PERMIT-AI" },
} as const;

const DAY = 86_400_000;

export const PERMITS_AFTER_ISSUE_SEED: SeedPart = {
  name: "permits-after-issue",
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "CertificatePrerequisite" WHERE "certificateType" = 'COMPLETION' AND "requiresType" = 'INSULATION') AS rules,
              (SELECT count(*)::int FROM "UtilityCompany" WHERE code = $1) AS companies`,
      [SEC_COMPANY.code],
    );
    return Number(rows[0]?.rules) !== 1 || Number(rows[0]?.companies) !== 1;
  },
  async run(tx) {
    let inserted = (await tx.certificatePrerequisite.createMany({ data: [{ certificateType: "COMPLETION", requiresType: "INSULATION" }], skipDuplicates: true })).count;
    if (!(await tx.utilityCompany.findUnique({ where: { code: SEC_COMPANY.code }, select: { id: true } }))) {
      const client = await tx.agencyClient.findUnique({ where: { code: SEC_COMPANY.code }, select: { id: true } });
      await tx.utilityCompany.create({ data: { ...SEC_COMPANY, agencyClientId: client?.id ?? null } });
      inserted += 1;
    }
    return inserted;
  },
};

export const PERMITS_AFTER_ISSUE_DEMO_SEED: SeedPart = {
  name: "permits-after-issue-demo",
  demo: true,
  users: SEC_EXTRA_USERS,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "UtilityCompanyMember" m JOIN "User" u ON u.id = m."userId" WHERE u.username = ANY($1::text[])) AS members,
              (SELECT count(*)::int FROM "Permit" WHERE "deedNo" = $2) AS permits,
              (SELECT count(*)::int FROM "UtilityCompany" WHERE code = $3 AND "agencyClientId" IS NULL) AS unlinked`,
      [[...SEC_EMPLOYEES], DEMO_AFTER_ISSUE_PERMIT.deedNo, SEC_COMPANY.code],
    );
    return Number(rows[0]?.members) !== SEC_EMPLOYEES.length || Number(rows[0]?.permits) !== 1 || Number(rows[0]?.unlinked) !== 0;
  },
  async run(tx, ctx) {
    let inserted = 0;
    // The company's API client (demo key) is demo data: link it now that it exists.
    const company = await tx.utilityCompany.findUniqueOrThrow({ where: { code: SEC_COMPANY.code }, select: { id: true, agencyClientId: true } });
    if (!company.agencyClientId) {
      const client = await tx.agencyClient.findUnique({ where: { code: SEC_COMPANY.code }, select: { id: true } });
      if (client) await tx.utilityCompany.update({ where: { id: company.id }, data: { agencyClientId: client.id } });
    }
    const members = SEC_EMPLOYEES.map((u) => ctx.userIds.get(u)).filter((id): id is string => !!id);
    inserted += (await tx.utilityCompanyMember.createMany({ data: members.map((userId) => ({ companyId: company.id, userId })), skipDuplicates: true })).count;

    const d = DEMO_AFTER_ISSUE_PERMIT;
    if (await tx.permit.findFirst({ where: { deedNo: d.deedNo }, select: { id: true } })) return inserted;
    const owner = await tx.user.findUniqueOrThrow({ where: { nationalId: d.ownerNationalId }, select: { id: true, nameAr: true } });
    const office = await tx.licensingOffice.findUniqueOrThrow({ where: { code: d.officeCode }, select: { id: true } });
    const municipalityId = ctx.municipalityIds.get(d.municipalityCode)!;
    const district = await tx.district.findUniqueOrThrow({ where: { municipalityId_nameEn: { municipalityId, nameEn: d.districtEn } }, select: { id: true } });
    const inspector = await tx.user.findUniqueOrThrow({ where: { username: "staff.inspector" }, select: { id: true } });
    await tx.permitKind.createMany({ data: [NEW_HOUSE], skipDuplicates: true });
    const kind = await tx.permitKind.findUniqueOrThrow({ where: { code: NEW_HOUSE.code }, select: { id: true, validityMonths: true } });
    const auth = await tx.permitAuthorization.create({
      data: { ownerId: owner.id, ownerNationalId: d.ownerNationalId, officeId: office.id, municipalityId, districtId: district.id, deedNo: d.deedNo, planNo: d.planNo, parcelNo: d.parcelNo },
      select: { id: true },
    });
    const [{ n }] = await tx.$queryRawUnsafe<[{ n: bigint }]>(`SELECT nextval('permit_number_seq') AS n`);
    const issuedAt = demoOfficeTime(new Date(Date.now() - d.issuedDaysAgo * DAY), 0, "09:50");
    /** A site visit about `days` after the issue, in the morning of a working day. */
    const at = (daysAfterIssue: number) => demoOfficeTime(new Date(issuedAt.getTime() + daysAfterIssue * DAY), 0, "10:30");
    const permit = await tx.permit.create({
      data: {
        number: checkDigitNumber("P", n),
        kindId: kind.id,
        status: "ISSUED",
        ownerId: owner.id,
        ownerNationalId: d.ownerNationalId,
        ownerName: owner.nameAr,
        officeId: office.id,
        authorizationId: auth.id,
        municipalityId,
        districtId: district.id,
        deedNo: d.deedNo,
        planNo: d.planNo,
        parcelNo: d.parcelNo,
        latitude: d.latitude,
        longitude: d.longitude,
        landAreaM2: 450,
        floors: 2,
        use: "RESIDENTIAL",
        builtUpAreaM2: 520,
        setbackFrontM: 6,
        setbackRearM: 2,
        setbackSideM: 2,
        feeHalalas: 256_000,
        issuedAt,
        stateEnteredAt: issuedAt,
        expiresAt: new Date(issuedAt.getTime() + kind.validityMonths * 30 * DAY),
        verifyCode: `demoAI${n.toString()}`,
      },
      select: { id: true },
    });
    inserted += await seedIssuedPermitPath(tx, { permitId: permit.id, issuedAt, ...DEMO_AFTER_ISSUE_PERMIT.path });
    for (const [stage, day] of [["FOUNDATION", 30], ["SKELETON", 90], ["FINISHING", 170]] as const) {
      await tx.permitInspection.create({
        data: { permitId: permit.id, stage, inspectorKind: "MUNICIPALITY", inspectorId: inspector.id, result: "PASS", latitude: d.latitude, longitude: d.longitude, accuracyM: 8, recordedAt: at(day), notes: null },
      });
      await tx.permitHistory.create({ data: { permitId: permit.id, at: at(day), actorId: inspector.id, actorLabel: "staff.inspector", actorRole: "FIELD_INSPECTOR", event: `inspection.${stage}.PASS`, fromStatus: "ISSUED", toStatus: "ISSUED" } });
    }
    return inserted + 1;
  },
};
