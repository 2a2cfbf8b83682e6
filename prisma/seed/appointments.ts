/**
 * Seed data of the working-day calendar and appointments (issue 13).
 * - HOLIDAYS_SEED (reference data, every mode): the official holidays of 2026 and 2027 (lib/kernel/working-days.ts).
 * - APPOINTMENTS_DEMO_SEED (demo only): two branches, four bookable services and their slots for the coming
 *   working days (none on a weekend or a holiday); re-running the seed tops the slots up to SLOT_DAYS ahead.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { DEFAULT_HOLIDAYS, WORK_CLOSE_MINUTE, WORK_OPEN_MINUTE, isWorkingDay } from "../../lib/kernel/working-days";
import { riyadhDay, riyadhInstant } from "../../lib/kernel/riyadh-days";
import type { SeedPart } from "./parts";
import { AMANAH_CODES, MUNICIPALITY_CODES } from "./places";

export const HOLIDAYS_SEED: SeedPart = {
  name: "holidays",
  async missing(query) {
    const rows = await query(`SELECT count(*)::int AS n FROM "Holiday" WHERE code = ANY($1::text[])`, [DEFAULT_HOLIDAYS.map((h) => h.code)]);
    return Number(rows[0]?.n) !== DEFAULT_HOLIDAYS.length;
  },
  async run(tx) {
    return (
      await tx.holiday.createMany({
        data: DEFAULT_HOLIDAYS.map((h) => ({ code: h.code, nameAr: h.nameAr, nameEn: h.nameEn, startDate: new Date(`${h.startDate}T00:00:00Z`), endDate: new Date(`${h.endDate}T00:00:00Z`) })),
        skipDuplicates: true,
      })
    ).count;
  },
};

type BranchSeed = { code: string; nameAr: string; nameEn: string; addressAr: string; addressEn: string; municipalityCode: string | null };
export const DEMO_BRANCHES: readonly BranchSeed[] = [
  { code: "HQ-DAMMAM", nameAr: "المبنى الرئيسي لأمانة المنطقة الشرقية", nameEn: "Eastern Province Amanah headquarters", addressAr: "طريق الملك سعود، حي الشاطئ، الدمام", addressEn: "King Saud Road, Al Shati, Dammam", municipalityCode: null },
  { code: "DMM-CENTRAL", nameAr: "بلدية وسط الدمام", nameEn: "Central Dammam Municipality", addressAr: "شارع الملك خالد، حي العدامة، الدمام", addressEn: "King Khalid Street, Al Adamah, Dammam", municipalityCode: MUNICIPALITY_CODES.DAMMAM_CENTRAL },
];

type ServiceSeed = { code: string; branch: string; department: string | null; slotMinutes: number; capacity: number; nameAr: string; nameEn: string; descriptionAr: string; descriptionEn: string };
export const DEMO_APPOINTMENT_SERVICES: readonly ServiceSeed[] = [
  { code: "APT-LICENSE", branch: "DMM-CENTRAL", department: "ENV_HEALTH", slotMinutes: 30, capacity: 3, nameAr: "مراجعة طلب رخصة تجارية", nameEn: "Commercial license application visit", descriptionAr: "لمراجعة طلب رخصة قائم أو تسليم مستندات ناقصة لدى موظف الرخص.", descriptionEn: "Follow up an open license application or hand in missing documents to a licensing officer." },
  { code: "APT-VIOLATION", branch: "DMM-CENTRAL", department: null, slotMinutes: 20, capacity: 2, nameAr: "مراجعة مخالفة أو بلاغ", nameEn: "Violation or complaint visit", descriptionAr: "لمناقشة مخالفة مسجلة على منشأتك أو متابعة بلاغ قدمته.", descriptionEn: "Discuss a violation recorded against your establishment or follow up a complaint you filed." },
  { code: "APT-BUILDING", branch: "HQ-DAMMAM", department: "BUILDING", slotMinutes: 30, capacity: 2, nameAr: "استشارة رخص البناء", nameEn: "Building permit consultation", descriptionAr: "لقاء مهندس إدارة رقابة البناء قبل التقديم على رخصة بناء أو ترميم.", descriptionEn: "Meet a Building Control engineer before applying for a building or restoration permit." },
  { code: "APT-CUSTOMER", branch: "HQ-DAMMAM", department: null, slotMinutes: 15, capacity: 4, nameAr: "خدمة العملاء", nameEn: "Customer service", descriptionAr: "للاستفسارات العامة عن خدمات الأمانة والمعاملات الإلكترونية.", descriptionEn: "General questions about the Amanah's services and online transactions." },
];

/** Slots are kept published this many days ahead. */
export const SLOT_DAYS = 21;
const DAY_MS = 86_400_000;

export const APPOINTMENTS_DEMO_SEED: SeedPart = {
  name: "appointments-demo",
  demo: true,
  async missing(query) {
    const rows = await query(
      `SELECT (SELECT count(*)::int FROM "Branch" WHERE code = ANY($1::text[])) AS branches,
              (SELECT count(*)::int FROM "AppointmentService" WHERE code = ANY($2::text[])) AS services,
              (SELECT count(*)::int FROM "AppointmentSlot" s JOIN "AppointmentService" v ON v.id = s."serviceId"
                WHERE v.code = ANY($2::text[]) AND s."startsAt" > now() + interval '${SLOT_DAYS - 7} days') AS ahead`,
      [DEMO_BRANCHES.map((b) => b.code), DEMO_APPOINTMENT_SERVICES.map((s) => s.code)],
    );
    const r = rows[0] ?? {};
    return Number(r.branches) !== DEMO_BRANCHES.length || Number(r.services) !== DEMO_APPOINTMENT_SERVICES.length || Number(r.ahead) === 0;
  },
  async run(tx, ctx) {
    const amanahId = ctx.amanahIds.get(AMANAH_CODES.EASTERN);
    if (!amanahId) throw new Error(`seed: unknown amanah ${AMANAH_CODES.EASTERN}`);
    let inserted = (
      await tx.branch.createMany({
        data: DEMO_BRANCHES.map(({ municipalityCode, ...b }) => ({ ...b, amanahId, municipalityId: municipalityCode ? (ctx.municipalityIds.get(municipalityCode) ?? null) : null })),
        skipDuplicates: true,
      })
    ).count;
    const branches = new Map((await tx.branch.findMany({ where: { code: { in: DEMO_BRANCHES.map((b) => b.code) } }, select: { id: true, code: true } })).map((b) => [b.code, b.id]));
    const departments = new Map((await tx.department.findMany({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
    inserted += (
      await tx.appointmentService.createMany({
        data: DEMO_APPOINTMENT_SERVICES.map(({ branch, department, ...s }) => ({ ...s, branchId: branches.get(branch)!, departmentId: department ? (departments.get(department) ?? null) : null })),
        skipDuplicates: true,
      })
    ).count;
    inserted += await publishDemoSlots(tx, new Date());
    return inserted;
  },
};

/** Slots for the demo services from today (Riyadh) for SLOT_DAYS days: office hours of working days only. */
async function publishDemoSlots(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  const services = await tx.appointmentService.findMany({ where: { code: { in: DEMO_APPOINTMENT_SERVICES.map((s) => s.code) } }, select: { id: true, slotMinutes: true, capacity: true } });
  const data: Prisma.AppointmentSlotCreateManyInput[] = [];
  const today = riyadhDay(now);
  for (let i = 0; i < SLOT_DAYS; i++) {
    const day = new Date(Date.parse(`${today}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10);
    if (!isWorkingDay(riyadhInstant(day, 12 * 60))) continue;
    for (const s of services) {
      for (let m = WORK_OPEN_MINUTE; m + s.slotMinutes <= WORK_CLOSE_MINUTE; m += s.slotMinutes) {
        data.push({ serviceId: s.id, startsAt: riyadhInstant(day, m), endsAt: riyadhInstant(day, m + s.slotMinutes), capacity: s.capacity });
      }
    }
  }
  return (await tx.appointmentSlot.createMany({ data, skipDuplicates: true })).count;
}
