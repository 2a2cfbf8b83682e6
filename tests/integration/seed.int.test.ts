/**
 * The seed against a real PostgreSQL (DATABASE_URL, a migrated database per test worker).
 * The database may already be seeded (template); seed() is idempotent, so that is fine.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { OFFICE_ROLES, STAFF_ROLES, type Role } from "../../lib/auth/roles";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { isValidNationalId } from "../../lib/domain/identity/national-id";
import { normalizeSaudiMobile } from "../../lib/domain/identity/mobile";
import { SEED_USERS, seed, type SeedSummary } from "../../prisma/seed";
import { ACTIVITIES } from "../../prisma/seed/activities";
import { ENGINEERING_OFFICE } from "../../prisma/seed/permits";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { ESERVICES } from "../../prisma/seed/eservices";
import { OFFICES } from "../../prisma/seed/offices";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "../../prisma/seed/places";

const SLOW = 60_000;

let prisma: PrismaClient;

async function rowCounts() {
  const [amanahs, municipalities, districts, users, staffAssignments, offices, coverage, officeMembers, activities, eservices] =
    await Promise.all([
      prisma.amanah.count(),
      prisma.municipality.count(),
      prisma.district.count(),
      prisma.user.count(),
      prisma.staffAssignment.count(),
      prisma.licensingOffice.count(),
      prisma.officeCoverage.count(),
      prisma.officeMember.count(),
      prisma.activity.count(),
      prisma.eService.count(),
    ]);
  return { amanahs, municipalities, districts, users, staffAssignments, offices, coverage, officeMembers, activities, eservices };
}

let afterFirst: Awaited<ReturnType<typeof rowCounts>>;
let second: SeedSummary;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (the integration test setup provides a migrated database)");
  prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await seed(prisma, { demo: true });
  afterFirst = await rowCounts();
  second = await seed(prisma, { demo: true });
}, SLOW);

afterAll(async () => {
  await prisma?.$disconnect();
});

describe("seed", () => {
  it("is idempotent: a second run inserts nothing and hashes nothing", async () => {
    expect(second.alreadySeeded).toBe(true);
    expect(second.inserted).toBe(0);
    expect(second.hashedPassword).toBe(false);
    expect(await rowCounts()).toEqual(afterFirst);
  });

  it("repairs a partially seeded database without duplicating or overwriting", async () => {
    // A whole-Amanah assignment (municipalityId NULL) is the case the unique index cannot guard.
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "staff.admin" }, include: { staffAssignments: true } });
    const removed = await prisma.staffAssignment.deleteMany({ where: { userId: admin.id } });
    const pending = await prisma.licensingOffice.findUniqueOrThrow({ where: { code: "OFF-AFAQ" } });
    const uncovered = await prisma.officeCoverage.deleteMany({ where: { officeId: pending.id } });
    expect(removed.count).toBeGreaterThan(0);
    expect(uncovered.count).toBeGreaterThan(0);

    const result = await seed(prisma, { demo: true });
    expect(result.alreadySeeded).toBe(false);
    expect(result.inserted).toBe(removed.count + uncovered.count);
    expect(result.hashedPassword).toBe(false);
    expect(await rowCounts()).toEqual(afterFirst);
    const again = await prisma.user.findUniqueOrThrow({ where: { username: "staff.admin" } });
    expect(again.passwordHash).toBe(admin.passwordHash);
  }, SLOW);

  it("creates the real places with stable codes", async () => {
    const eastern = await prisma.amanah.findUniqueOrThrow({
      where: { code: AMANAH_CODES.EASTERN },
      include: { municipalities: { include: { districts: true } } },
    });
    expect(eastern.nameAr).toBe("أمانة المنطقة الشرقية");
    const easternCodes = eastern.municipalities.map((m) => m.code);
    for (const code of [
      MUNICIPALITY_CODES.DAMMAM_CENTRAL,
      MUNICIPALITY_CODES.DAMMAM_EAST,
      MUNICIPALITY_CODES.DAMMAM_WEST,
      MUNICIPALITY_CODES.DHAHRAN,
      MUNICIPALITY_CODES.KHOBAR,
      MUNICIPALITY_CODES.QATIF,
    ]) {
      expect(easternCodes).toContain(code);
    }
    const ahsa = await prisma.amanah.findUniqueOrThrow({
      where: { code: AMANAH_CODES.AHSA },
      include: { municipalities: { include: { districts: true } } },
    });
    expect(ahsa.municipalities.map((m) => m.code)).toEqual(
      expect.arrayContaining([MUNICIPALITY_CODES.HOFUF, MUNICIPALITY_CODES.MUBARRAZ]),
    );
    for (const m of [...eastern.municipalities, ...ahsa.municipalities]) {
      expect(m.districts.length, `${m.code} districts`).toBeGreaterThanOrEqual(4);
    }
    const central = eastern.municipalities.find((m) => m.code === MUNICIPALITY_CODES.DAMMAM_CENTRAL);
    expect(central?.nameAr).toBe("بلدية وسط الدمام");
  });

  it("creates at least 30 activities, food ones needing a health license", async () => {
    const activities = await prisma.activity.findMany({ where: { isicCode: { in: ACTIVITIES.map((a) => a.isicCode) } } });
    expect(activities.length).toBe(ACTIVITIES.length);
    expect(activities.length).toBeGreaterThanOrEqual(30);
    for (const a of activities) {
      expect(a.isicCode).toMatch(/^\d{6}$/);
      expect(a.nameAr && a.nameEn && a.groupAr && a.groupEn).toBeTruthy();
    }
    const byCode = new Map(activities.map((a) => [a.isicCode, a]));
    expect(byCode.get("561001")?.requiresHealthLicense).toBe(true); // restaurant
    expect(byCode.get("960201")?.requiresHealthLicense).toBe(true); // barber
    expect(byCode.get("452001")?.requiresHealthLicense).toBe(false); // car repair workshop
  });

  it("creates the e-services catalogue in all four categories", async () => {
    const services = await prisma.eService.findMany({ where: { code: { in: ESERVICES.map((s) => s.code) } } });
    expect(services.length).toBe(ESERVICES.length);
    expect(services.length).toBeGreaterThanOrEqual(16);
    expect(new Set(services.map((s) => s.category))).toEqual(new Set(["INFORMATIONAL", "INTERACTIVE", "TRANSACTIONAL", "INTEGRATIVE"]));
    for (const s of services) {
      expect(s.nameAr && s.nameEn && s.descriptionAr && s.descriptionEn).toBeTruthy();
      if (s.livePath !== null) expect(s.livePath).toMatch(/^\//);
    }
  });

  it("creates active licensing offices, each fully staffed with verified specialists", async () => {
    const offices = await prisma.licensingOffice.findMany({
      where: { code: { in: OFFICES.map((o) => o.code) } },
      include: { members: true, coverage: true },
    });
    const active = offices.filter((o) => o.status === "ACTIVE");
    expect(active.length).toBeGreaterThanOrEqual(3);
    expect(offices.some((o) => o.status === "PENDING")).toBe(true);
    for (const o of offices) {
      expect(o.commercialRegNo).toMatch(/^\d{10}$/);
      expect(o.phone).toMatch(/^966[15]\d{8}$/);
      expect(o.coverage.length).toBeGreaterThan(0);
    }
    for (const o of active) {
      const roles = new Set(o.members.map((m) => m.role));
      expect([...roles].sort(), o.code).toEqual(["AGENT", "HEALTH_SPECIALIST", "MANAGER", "TECH_INSPECTOR"]);
      for (const m of o.members.filter((m) => m.role === "HEALTH_SPECIALIST")) {
        expect(m.qualificationNo).toBeTruthy();
        expect(m.verifiedAt).not.toBeNull();
      }
    }
  });

  it("creates every demo account with its role wiring and the demo password", async () => {
    const firstOffice = await prisma.licensingOffice.findUniqueOrThrow({ where: { code: OFFICES[0]!.code } });
    const eastern = await prisma.amanah.findUniqueOrThrow({ where: { code: AMANAH_CODES.EASTERN } });
    const verified = new Map<string, boolean>(); // the seed hashes once, so verify each distinct hash once
    for (const acc of DEMO_ACCOUNTS) {
      const user = await prisma.user.findUnique({
        where: acc.loginKind === "nationalId" ? { nationalId: acc.login } : { username: acc.login },
        include: { staffAssignments: true, officeMembers: { include: { office: true } }, medicalCenters: { include: { center: true } }, utilityMemberships: { include: { company: true } } },
      });
      expect(user, acc.login).not.toBeNull();
      if (!user) continue;
      expect(user.nameAr).toBe(acc.nameAr);
      expect(user.mobile).toBe(acc.mobile);
      expect(user.active).toBe(true);

      if (acc.role === "CITIZEN") {
        expect(isValidNationalId(user.nationalId ?? ""), acc.login).toBe(true);
        expect(user.staffAssignments).toEqual([]);
        expect(user.officeMembers).toEqual([]);
      } else if ((OFFICE_ROLES as readonly Role[]).includes(acc.role)) {
        const officeRole = acc.role.replace(/^OFFICE_/, "");
        // The engineering office's accounts (issue 12) work in OFF-BINA; the other office accounts in the first office.
        const office = acc.login.startsWith("eng.") ? await prisma.licensingOffice.findUniqueOrThrow({ where: { code: ENGINEERING_OFFICE.code } }) : firstOffice;
        expect(user.officeMembers.map((m) => [m.officeId, m.role, m.office.status])).toEqual([[office.id, officeRole, "ACTIVE"]]);
        expect(user.staffAssignments).toEqual([]);
      } else if (acc.role === "ELECTRICITY_EMPLOYEE") {
        expect(user.utilityMemberships.map((m) => [m.company.code, m.company.active, m.active])).toEqual([["SEC", true, true]]);
        expect(user.staffAssignments).toEqual([]);
        expect(user.officeMembers).toEqual([]);
      } else if (acc.role === "MEDICAL_EXAMINER") {
        expect(user.medicalCenters.map((m) => [m.center.active, m.active])).toEqual([[true, true]]);
        expect(user.staffAssignments).toEqual([]);
        expect(user.officeMembers).toEqual([]);
      } else {
        expect((STAFF_ROLES as readonly Role[]).includes(acc.role)).toBe(true);
        expect(user.staffAssignments.map((s) => [s.role, s.amanahId])).toEqual([[acc.role, eastern.id]]);
        expect(user.officeMembers).toEqual([]);
      }

      const hash = user.passwordHash ?? "";
      if (!verified.has(hash)) verified.set(hash, await verifyPassword(hash, DEMO_PASSWORD));
      expect(verified.get(hash), `${acc.login} password`).toBe(true);
    }
  }, SLOW);

  it("gives every seeded user a valid national ID (if any) and a normalized Saudi mobile", async () => {
    const users = await prisma.user.findMany({
      where: {
        OR: [
          { username: { in: SEED_USERS.flatMap((u) => (u.username ? [u.username] : [])) } },
          { nationalId: { in: SEED_USERS.flatMap((u) => (u.nationalId ? [u.nationalId] : [])) } },
        ],
      },
      select: { nationalId: true, mobile: true, username: true },
    });
    expect(users.length).toBe(SEED_USERS.length);
    for (const u of users) {
      if (u.nationalId !== null) expect(isValidNationalId(u.nationalId), u.nationalId).toBe(true);
      expect(normalizeSaudiMobile(u.mobile), u.username ?? u.nationalId ?? "").toBe(u.mobile);
    }
  });
});
