/**
 * The national-scale data set (issue 16): licenses, complaints and bills — with the establishments the licenses
 * belong to, the renewals the bills pay for, the bills' lines and the payments of the paid ones — spread over every
 * seeded municipality, district, office, activity, complaint category, status and the last three years, generated in
 * Node and streamed into PostgreSQL by COPY FROM STDIN (pg-copy-streams, text format).
 *
 * Every value is a pure function of the row's index (a hash, no shared random state), so each table is generated in
 * its own pass and related rows agree without keeping anything in memory: license i belongs to establishment
 * i mod E, bill i pays the renewal i of license i mod L, payment i pays bill i when that bill is PAID, a merged
 * complaint points at a complaint of its own municipality. Readable numbers (L…, C…, bill numbers, R…) continue the
 * sequences the portal draws from, which are moved past them at the end.
 *
 * Used by `npm run seed:scale` (scripts/seed-scale.ts, SCALE = 1 → 10 M / 20 M / 10 M) and, at a small SCALE, by the
 * EXPLAIN tests (tests/integration/scale-explain.int.test.ts) — the same generator for both.
 *
 * Speed: the secondary indexes of the loaded tables are dropped before the load and rebuilt after it (two at a time),
 * and the load runs with session_replication_role = replica (foreign-key triggers off: the generator keeps the
 * references right; only when the role allows it, otherwise the checks run). VACUUM ANALYZE at the end sets the
 * visibility map (index-only scans) and the planner's statistics.
 */
import { finished } from "node:stream/promises";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { dammDigit } from "../../lib/kernel/check-digits";
import { MUNICIPALITY_CENTRES } from "../../lib/domain/complaints/geo";

export const BASE_COUNTS = { licenses: 10_000_000, complaints: 20_000_000, bills: 10_000_000 } as const;
/** Licenses per establishment (a shop renews every year: its history is several licenses). */
const LICENSES_PER_ESTABLISHMENT = 4;
/** The history spans three years before the load. */
const YEARS = 3;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export type ScaleCounts = { establishments: number; licenses: number; complaints: number; bills: number; applicationsWithoutLicense: number };

export function scaleCounts(scale: number): ScaleCounts {
  const licenses = Math.max(1_000, Math.round(BASE_COUNTS.licenses * scale));
  return {
    licenses,
    establishments: Math.ceil(licenses / LICENSES_PER_ESTABLISHMENT),
    // In progress, rejected, withdrawn, drafts: 3 % of the licenses (the issued ones are the last year's licenses).
    applicationsWithoutLicense: Math.round(licenses * 0.03),
    complaints: Math.max(1_000, Math.round(BASE_COUNTS.complaints * scale)),
    bills: Math.max(1_000, Math.round(BASE_COUNTS.bills * scale)),
  };
}

// ── Deterministic per-row randomness ──

/** A 32-bit hash of (row, salt): splitmix-style mixing, the same on every run. */
function h32(i: number, salt: number): number {
  let x = (Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(salt, 0xc2b2ae35)) | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}
/** Uniform in [0, 1). */
const rnd = (i: number, salt: number) => h32(i, salt) / 4_294_967_296;
const pick = <T>(xs: readonly T[], i: number, salt: number): T => xs[h32(i, salt) % xs.length]!;
/**
 * `new Date(ms).toISOString()`, ten times faster: the day's part is formatted once per day and kept, the time of
 * day from tables of padded numbers. toISOString was two thirds of the generator's time (four to six per row);
 * the unit test checks both agree.
 */
const DAY_PREFIX = new Map<number, string>();
const PAD2 = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
const PAD3 = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, "0"));
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = DAY_PREFIX.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    DAY_PREFIX.set(day, prefix);
  }
  let rest = Math.floor(ms) - day * DAY;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${prefix}${PAD2[h]}:${PAD2[m]}:${PAD2[sec]}.${PAD3[rest - sec * 1000]}Z`;
}
/**
 * checkDigitNumber / billNumberFromSequence of lib/kernel/check-digits.ts on plain numbers (the originals go through
 * BigInt, a third of the generator's time); the EXPLAIN test checks they agree.
 */
export function fastCheckDigitNumber(prefix: string, n: number, width = 6): string {
  const body = String(n).padStart(width, "0");
  return `${prefix}${body}${dammDigit(body)}`;
}
export const fastBillNumber = (n: number) => fastCheckDigitNumber("", n, 9);
const N = "\\N";

// ── Reference data the rows point at ──

type Muni = { id: string; code: string; amanahId: string; billerCode: string; districts: string[]; offices: string[]; lat: number; lng: number };
type Category = { id: string; departmentId: string; slaHours: number };
export type ScaleReference = {
  municipalities: Muni[];
  activities: { id: string; health: boolean }[];
  categoriesByAmanah: Map<string, Category[]>;
  /** Department members per department (assignees of complaints in progress). */
  assignees: Map<string, string[]>;
  /** Citizens with a national ID (a few own establishments, file complaints): the citizen's lists have rows. */
  citizens: { id: string; nationalId: string }[];
  seq: { license: number; complaint: number; bill: number; receipt: number; application: number };
};

export async function readReference(pool: pg.Pool): Promise<ScaleReference> {
  const q = async <T>(sql: string) => (await pool.query(sql)).rows as T[];
  const munis = await q<{ id: string; code: string; amanahId: string; billerCode: string | null }>(`SELECT id, code, "amanahId", "billerCode" FROM "Municipality" ORDER BY code`);
  const districts = await q<{ id: string; municipalityId: string }>(`SELECT id, "municipalityId" FROM "District" ORDER BY id`);
  const coverage = await q<{ officeId: string; municipalityId: string }>(
    `SELECT c."officeId", c."municipalityId" FROM "OfficeCoverage" c JOIN "LicensingOffice" o ON o.id = c."officeId" WHERE o.status IN ('ACTIVE', 'SUSPENDED') ORDER BY c."officeId"`,
  );
  const activities = await q<{ id: string; requiresHealthLicense: boolean }>(`SELECT id, "requiresHealthLicense" FROM "Activity" WHERE active ORDER BY id`);
  const categories = await q<Category & { amanahId: string }>(
    `SELECT c.id, c."departmentId", c."slaHours", d."amanahId" FROM "ComplaintCategory" c JOIN "Department" d ON d.id = c."departmentId" WHERE c.active ORDER BY c.code`,
  );
  const members = await q<{ departmentId: string; userId: string }>(`SELECT "departmentId", "userId" FROM "DepartmentMember" WHERE active ORDER BY id`);
  const citizens = await q<{ id: string; nationalId: string }>(`SELECT id, "nationalId" FROM "User" WHERE "nationalId" IS NOT NULL ORDER BY "nationalId" LIMIT 20`);
  // Numbering continues after the sequence AND after every number already used: the demo seed gives its story's
  // documents fixed numbers high in the range (prisma/seed/citizen-demo.ts: C94000018, L94000018 …), which a load
  // of more than 8.4 M rows would otherwise reach (a duplicate reference at SCALE 0.5).
  const usedMax = (table: string, column: string, prefix: string) =>
    `GREATEST((SELECT last_value FROM ${table === "Complaint" ? "complaint_number_seq" : table === "License" ? "license_number_seq" : table === "Bill" ? "bill_number_seq" : table === "Payment" ? "receipt_code_seq" : "application_number_seq"}),
              COALESCE((SELECT max(substring("${column}" FROM ${prefix.length + 1} FOR length("${column}") - ${prefix.length + 1})::bigint) FROM "${table}" WHERE "${column}" ~ '^${prefix}[0-9]{2,18}$'), 0))`;
  const seqRows = await q<{ l: string; c: string; b: string; r: string; a: string }>(
    `SELECT ${usedMax("License", "number", "L")} AS l, ${usedMax("Complaint", "reference", "C")} AS c, ${usedMax("LicenseApplication", "number", "A")} AS a,
            ${usedMax("Bill", "number", "")} AS b, ${usedMax("Payment", "receiptCode", "R")} AS r`,
  );
  if (munis.length === 0 || activities.length === 0 || categories.length === 0) throw new Error("scale data: the database lacks the reference data (run the seed first)");
  const categoriesByAmanah = new Map<string, Category[]>();
  for (const c of categories) categoriesByAmanah.set(c.amanahId, [...(categoriesByAmanah.get(c.amanahId) ?? []), c]);
  const assignees = new Map<string, string[]>();
  for (const m of members) assignees.set(m.departmentId, [...(assignees.get(m.departmentId) ?? []), m.userId]);
  return {
    municipalities: munis.map((m, k) => {
      const centre = MUNICIPALITY_CENTRES[m.code] ?? { lat: 24 + (k % 7), lng: 46 + (k % 5) };
      return {
        id: m.id,
        code: m.code,
        amanahId: m.amanahId,
        billerCode: m.billerCode ?? "000000",
        districts: districts.filter((d) => d.municipalityId === m.id).map((d) => d.id),
        offices: coverage.filter((c) => c.municipalityId === m.id).map((c) => c.officeId),
        ...centre,
      };
    }),
    activities: activities.map((a) => ({ id: a.id, health: a.requiresHealthLicense })),
    categoriesByAmanah,
    assignees,
    citizens,
    seq: { license: Number(seqRows[0]!.l) + 1, complaint: Number(seqRows[0]!.c) + 1, bill: Number(seqRows[0]!.b) + 1, receipt: Number(seqRows[0]!.r) + 1, application: Number(seqRows[0]!.a) + 1 },
  };
}

// ── Row generators (text COPY lines) ──

const TRADE = ["بقالة", "مطعم", "مغسلة", "صالون", "مكتبة", "ورشة", "صيدلية", "مخبز", "مقهى", "محل عطور", "محل ملابس", "محل جوالات"];
const NAMES = ["محمد", "عبدالله", "فهد", "سارة", "نورة", "خالد", "ريم", "سلطان", "هند", "ماجد", "منيرة", "تركي"];
const FAMILY = ["القحطاني", "الدوسري", "الشمري", "العتيبي", "الغامدي", "الزهراني", "المطيري", "الحربي", "السبيعي", "الهاجري"];
const COMPLAINT_TEXT = [
  "حفرة في الطريق أمام المنزل تسبب خطرًا على السيارات",
  "تراكم النفايات بجوار الحاوية منذ عدة أيام",
  "إنارة الشارع لا تعمل منذ أسبوع",
  "تسرب مياه في الشارع الرئيسي",
  "مخلفات بناء في أرض فضاء",
  "محل يعمل دون لوحة ترخيص ظاهرة",
  "أرصفة مكسورة أمام المدرسة",
  "كلاب ضالة في الحي",
];
const BANKS = ["RJHI", "NCB", "SABB", "RIBL", "ALBI", "BSFR"];

export type ScaleContext = { ref: ScaleReference; counts: ScaleCounts; now: number };

const ownerOf = (ctx: ScaleContext, e: number): { userId: string; nationalId: string; name: string; mobile: string } => {
  const cit = ctx.ref.citizens;
  // About 50 establishments of the whole set belong to each of the first seeded citizens (their lists have rows).
  const step = Math.max(50, Math.floor(ctx.counts.establishments / 50));
  if (cit.length > 0 && e % step === 7) {
    const c = cit[Math.floor(e / step) % Math.min(cit.length, 3)]!;
    return { userId: c.id, nationalId: c.nationalId, name: "صاحب منشأة", mobile: "966500000001" };
  }
  const owner = Math.floor(e / 2); // two establishments per owner
  return {
    userId: `su${owner}`,
    nationalId: ownerNationalId(owner),
    name: ownerName(owner),
    mobile: `9665${String(owner % 100_000_000).padStart(8, "0")}`,
  };
};
const ownerNationalId = (owner: number) => String(2_000_000_000 + (owner % 999_999_999)).padStart(10, "0");
const ownerName = (owner: number) => `${pick(NAMES, owner, 1)} ${pick(FAMILY, owner, 2)}`;
const muniOfEstablishment = (ctx: ScaleContext, e: number) => ctx.ref.municipalities[e % ctx.ref.municipalities.length]!;
/** When establishment e opened: its first license; the history fills up to LICENSES_PER_ESTABLISHMENT years. */
const openedAt = (ctx: ScaleContext, e: number) => ctx.now - (LICENSES_PER_ESTABLISHMENT - 1) * 365 * DAY - Math.floor(rnd(e, 3) * 365 * DAY);

export const ESTABLISHMENT_COLUMNS = ["id", "commercialRegNo", "tradeNameAr", "ownerNationalId", "ownerName", "ownerMobile", "municipalityId", "activityId", "addressAr", "latitude", "longitude", "createdAt"];
export function establishmentRow(ctx: ScaleContext, e: number): string {
  const m = muniOfEstablishment(ctx, e);
  const o = ownerOf(ctx, e);
  const act = pick(ctx.ref.activities, e, 4);
  const lat = (m.lat + (rnd(e, 5) - 0.5) * 0.08).toFixed(5);
  const lng = (m.lng + (rnd(e, 6) - 0.5) * 0.08).toFixed(5);
  return [`se${e}`, `49${String(e).padStart(8, "0")}`, `${pick(TRADE, e, 7)} ${e}`, o.nationalId, o.name, o.mobile, m.id, act.id, `شارع ${1 + (e % 90)}`, lat, lng, iso(openedAt(ctx, e))].join("\t");
}

export const LICENSE_COLUMNS = [
  "id", "number", "verifyCode", "kind", "status", "establishmentId", "officeId", "municipalityId", "activityId", "holderNationalId", "holderName", "holderMobile",
  "tradeNameAr", "areaM2", "signAreaM2", "issuedAt", "validFrom", "expiresAt", "cancelledAt", "cancelReason", "cancelledBy", "createdAt", "updatedAt", "applicationId",
];
/** License i: the (i div E)-th yearly license of establishment i mod E. */
function licenseOf(ctx: ScaleContext, i: number) {
  const E = ctx.counts.establishments;
  const e = i % E;
  const k = Math.floor(i / E);
  const issuedAt = openedAt(ctx, e) + k * 365 * DAY + Math.floor(rnd(i, 8) * 5 * DAY);
  const expiresAt = issuedAt + 365 * DAY;
  const r = rnd(i, 9);
  const status = expiresAt <= ctx.now ? "EXPIRED" : r < 0.02 ? "SUSPENDED" : r < 0.03 ? "CANCELLED" : "ACTIVE";
  return { e, k, issuedAt, expiresAt, status };
}
export function licenseRow(ctx: ScaleContext, i: number): string {
  const { e, issuedAt, expiresAt, status } = licenseOf(ctx, i);
  const m = muniOfEstablishment(ctx, e);
  const o = ownerOf(ctx, e);
  const act = pick(ctx.ref.activities, e, 4);
  const office = m.offices.length ? pick(m.offices, i, 10) : N;
  const cancelled = status === "CANCELLED";
  const cancelledAt = cancelled ? iso(Math.min(ctx.now - HOUR, issuedAt + 100 * DAY)) : N;
  const verify = (h32(i, 11).toString(16).padStart(8, "0") + h32(i, 12).toString(16).padStart(8, "0") + i.toString(36)).slice(0, 24).padEnd(24, "0");
  return [
    `sl${i}`, fastCheckDigitNumber("L", ctx.ref.seq.license + i, 7), verify, act.health && i % 3 === 0 ? "HEALTH" : "COMMERCIAL", status, `se${e}`, office, m.id, act.id,
    o.nationalId, o.name, o.mobile, `${pick(TRADE, e, 7)} ${e}`, String(20 + (h32(i, 13) % 400)), String(h32(i, 14) % 20),
    iso(issuedAt), iso(issuedAt), iso(expiresAt), cancelledAt, cancelled ? "مخالفة اشتراطات" : N, cancelled ? "committee" : N, iso(issuedAt), iso(cancelled ? Date.parse(cancelledAt) : issuedAt),
    viaPortal(ctx, issuedAt) ? `sa${i}` : N,
  ].join("\t");
}

/** Licenses of the last year were applied for on the portal: each has its (ISSUED) application. */
const viaPortal = (ctx: ScaleContext, issuedAt: number) => issuedAt >= ctx.now - 365 * DAY;

export const USER_COLUMNS = ["id", "nationalId", "nameAr", "nameEn", "mobile", "createdAt", "updatedAt"];
/** The owners of the establishments (two establishments each): citizens who sign in by national ID. */
export function userRow(ctx: ScaleContext, owner: number): string {
  const at = iso(ctx.now - YEARS * 365 * DAY);
  return [`su${owner}`, ownerNationalId(owner), ownerName(owner), `Owner ${owner}`, `9665${String(owner % 100_000_000).padStart(8, "0")}`, at, at].join("\t");
}

export const APPLICATION_COLUMNS = [
  "id", "number", "applicantId", "applicantNationalId", "kind", "status", "draftStep", "tradeNameAr", "commercialRegNo", "activityId", "municipalityId", "districtId",
  "latitude", "longitude", "areaM2", "signAreaM2", "officeId", "stateEnteredAt", "slaDueAt", "slaBreachedAt", "slaBreaches", "returnCount", "feeHalalas",
  "submittedAt", "decidedAt", "issuedAt", "createdAt", "updatedAt",
];
const OPEN_APPLICATION_STATES = ["SUBMITTED", "OFFICE_REVIEW", "RETURNED", "FIELD_INSPECTION", "HEALTH_REVIEW", "OFFICE_APPROVAL", "AWAITING_PAYMENT"];
/**
 * Application rows: i < L is the ISSUED application of license i when that license came through the portal (else
 * no row); i ≥ L are applications without a license — in progress (recent), rejected, withdrawn or drafts.
 */
export function applicationRow(ctx: ScaleContext, i: number): string | null {
  const L = ctx.counts.licenses;
  const appNo = fastCheckDigitNumber("A", ctx.ref.seq.application + i);
  if (i < L) {
    const lic = licenseOf(ctx, i);
    if (!viaPortal(ctx, lic.issuedAt)) return null;
    const m = muniOfEstablishment(ctx, lic.e);
    const o = ownerOf(ctx, lic.e);
    const act = pick(ctx.ref.activities, lic.e, 4);
    const office = m.offices.length ? pick(m.offices, i, 10) : N;
    const submittedAt = lic.issuedAt - HOUR - Math.floor(rnd(i, 60) * 12 * DAY);
    const breaches = rnd(i, 61) < 0.12 ? 1 : 0;
    return [
      `sa${i}`, appNo, o.userId, o.nationalId, act.health && i % 3 === 0 ? "HEALTH" : "COMMERCIAL", "ISSUED", "3", `${pick(TRADE, lic.e, 7)} ${lic.e}`, `49${String(lic.e).padStart(8, "0")}`,
      act.id, m.id, m.districts.length ? pick(m.districts, lic.e, 62) : N, N, N, String(20 + (h32(i, 13) % 400)), String(h32(i, 14) % 20), office,
      iso(lic.issuedAt), N, breaches ? iso(submittedAt + 3 * DAY) : N, String(breaches), rnd(i, 63) < 0.15 ? "1" : "0", String(30_000 + (h32(i, 43) % 400) * 500),
      iso(submittedAt), iso(lic.issuedAt - HOUR / 2), iso(lic.issuedAt), iso(submittedAt - DAY), iso(lic.issuedAt),
    ].join("\t");
  }
  const j = i - L;
  const e = h32(j, 64) % ctx.counts.establishments;
  const m = muniOfEstablishment(ctx, e);
  const o = ownerOf(ctx, e);
  const act = pick(ctx.ref.activities, j, 65);
  const r = rnd(j, 66);
  const status = r < 0.35 ? pick(OPEN_APPLICATION_STATES, j, 67) : r < 0.75 ? "REJECTED" : r < 0.9 ? "WITHDRAWN" : "DRAFT";
  const open = OPEN_APPLICATION_STATES.includes(status);
  const createdAt = ctx.now - Math.floor(rnd(j, 68) * (open ? 40 : 365) * DAY) - HOUR;
  const submittedAt = status === "DRAFT" ? null : createdAt + HOUR;
  const stateEnteredAt = submittedAt === null ? createdAt : Math.min(ctx.now - 60_000, submittedAt + Math.floor(rnd(j, 69) * 5 * DAY));
  const slaDueAt = open ? stateEnteredAt + (2 + (h32(j, 70) % 5)) * DAY : null;
  const breached = slaDueAt !== null && slaDueAt < ctx.now;
  const decidedAt = status === "REJECTED" ? stateEnteredAt : null;
  const office = status === "DRAFT" || !m.offices.length ? N : pick(m.offices, j, 71);
  return [
    `sa${i}`, appNo, o.userId, o.nationalId, "COMMERCIAL", status, status === "DRAFT" ? "1" : "3", `${pick(TRADE, e, 7)} ${e}`, `49${String(e).padStart(8, "0")}`,
    act.id, m.id, m.districts.length ? pick(m.districts, e, 62) : N, N, N, String(20 + (h32(j, 72) % 400)), String(h32(j, 73) % 20), office,
    iso(stateEnteredAt), slaDueAt === null ? N : iso(slaDueAt), breached ? iso(slaDueAt! + HOUR) : N, breached ? "1" : "0", "0", N,
    submittedAt === null ? N : iso(submittedAt), decidedAt === null ? N : iso(decidedAt), N, iso(createdAt), iso(stateEnteredAt),
  ].join("\t");
}

export const COMPLAINT_COLUMNS = [
  "id", "reference", "categoryId", "departmentId", "municipalityId", "districtId", "status", "description", "latitude", "longitude", "addressText", "source",
  "reporterUserId", "reporterName", "reporterMobile", "reporterLocale", "assigneeId", "slaDueAt", "overdueAt", "escalationLevel", "resolvedAt", "closedAt",
  "rating", "ratedAt", "reopenCount", "duplicateOfId", "createdAt", "updatedAt",
];
export function complaintRow(ctx: ScaleContext, i: number): string {
  const M = ctx.ref.municipalities;
  const m = M[i % M.length]!;
  const cats = ctx.ref.categoriesByAmanah.get(m.amanahId) ?? [...ctx.ref.categoriesByAmanah.values()][0]!;
  const cat = pick(cats, i, 20);
  const createdAt = ctx.now - Math.floor(rnd(i, 21) * YEARS * 365 * DAY);
  const ageDays = (ctx.now - createdAt) / DAY;
  const slaDueAt = createdAt + cat.slaHours * HOUR;
  const r = rnd(i, 22);
  let status: string;
  if (ageDays > 30) status = r < 0.006 ? "NEW" : r < 0.012 ? "IN_PROGRESS" : r < 0.9 ? "CLOSED" : r < 0.96 ? "REJECTED" : r < 0.98 && i >= M.length ? "MERGED" : "CLOSED";
  else if (ageDays > 8) status = r < 0.15 ? "NEW" : r < 0.4 ? "IN_PROGRESS" : r < 0.85 ? "CLOSED" : r < 0.95 ? "REJECTED" : "RESOLVED";
  else status = r < 0.3 ? "NEW" : r < 0.6 ? "IN_PROGRESS" : r < 0.9 ? "RESOLVED" : "REJECTED";
  const open = status === "NEW" || status === "IN_PROGRESS";
  const resolvedAt = status === "RESOLVED" || status === "CLOSED" ? Math.min(ctx.now - HOUR, createdAt + Math.floor(rnd(i, 23) * cat.slaHours * 1.6 * HOUR) + HOUR) : null;
  const closedAt = status === "CLOSED" && resolvedAt !== null ? Math.min(ctx.now - HOUR, resolvedAt + 7 * DAY) : null;
  const overdueAt = (open && slaDueAt < ctx.now) || (resolvedAt !== null && resolvedAt > slaDueAt) ? slaDueAt + HOUR : null;
  const rated = resolvedAt !== null && rnd(i, 24) < 0.3;
  const ratedAt = rated ? Math.min(ctx.now - HOUR, resolvedAt! + 2 * DAY) : null;
  const hasPoint = rnd(i, 25) < 0.85;
  const citizen = ctx.ref.citizens.length && i % 20_000 === 11 ? ctx.ref.citizens[Math.floor(i / 20_000) % Math.min(3, ctx.ref.citizens.length)]! : null;
  const members = ctx.ref.assignees.get(cat.departmentId) ?? [];
  const assignee = status === "IN_PROGRESS" && members.length && rnd(i, 26) < 0.7 ? pick(members, i, 27) : N;
  const updatedAt = Math.max(createdAt, resolvedAt ?? 0, closedAt ?? 0, ratedAt ?? 0, overdueAt && overdueAt < ctx.now ? overdueAt : 0);
  return [
    `sc${i}`, fastCheckDigitNumber("C", ctx.ref.seq.complaint + i, 7), cat.id, cat.departmentId, m.id, m.districts.length && rnd(i, 28) < 0.9 ? pick(m.districts, i, 29) : N,
    status, pick(COMPLAINT_TEXT, i, 30), hasPoint ? (m.lat + (rnd(i, 31) - 0.5) * 0.1).toFixed(5) : N, hasPoint ? (m.lng + (rnd(i, 32) - 0.5) * 0.1).toFixed(5) : N, N,
    rnd(i, 33) < 0.9 ? "WEB" : "KIOSK", citizen ? citizen.id : N, citizen ? N : `${pick(NAMES, i, 34)} ${pick(FAMILY, i, 35)}`, citizen ? N : `9665${String(h32(i, 36) % 100_000_000).padStart(8, "0")}`, "ar",
    assignee, iso(slaDueAt), overdueAt === null ? N : iso(overdueAt), open && overdueAt !== null ? "1" : "0", resolvedAt === null ? N : iso(resolvedAt), closedAt === null ? N : iso(closedAt),
    rated ? String(1 + (h32(i, 37) % 5)) : N, ratedAt === null ? N : iso(ratedAt), "0", status === "MERGED" ? `sc${i - M.length}` : N, iso(createdAt), iso(updatedAt),
  ].join("\t");
}

/** Bill i pays renewal i of license i mod L: issued a month before that license's start, its fate by age and hash. */
function billOf(ctx: ScaleContext, i: number) {
  const l = i % ctx.counts.licenses;
  const lic = licenseOf(ctx, l);
  const issuedAt = Math.min(ctx.now - HOUR, lic.issuedAt - 20 * DAY + Math.floor(rnd(i, 40) * 10 * DAY));
  const expiresAt = issuedAt + 30 * DAY;
  const r = rnd(i, 41);
  const status = expiresAt > ctx.now ? (r < 0.55 ? "UNPAID" : r < 0.97 ? "PAID" : "CANCELLED") : r < 0.88 ? "PAID" : r < 0.97 ? "EXPIRED" : "CANCELLED";
  const paidAt = status === "PAID" ? Math.min(ctx.now - HOUR, issuedAt + Math.floor(rnd(i, 42) * 10 * DAY) + HOUR) : null;
  const total = 30_000 + (h32(i, 43) % 400) * 500;
  return { l, lic, issuedAt, expiresAt, status, paidAt, total };
}

export const BILL_COLUMNS = ["id", "number", "billerCode", "municipalityId", "subjectType", "subjectId", "payerNationalId", "payerName", "payerMobile", "totalHalalas", "status", "issuedAt", "dueAt", "expiresAt", "paidAt", "cancelledAt", "cancelReason"];
export function billRow(ctx: ScaleContext, i: number): string {
  const b = billOf(ctx, i);
  const m = muniOfEstablishment(ctx, b.lic.e);
  const o = ownerOf(ctx, b.lic.e);
  const cancelled = b.status === "CANCELLED";
  return [
    `sb${i}`, fastBillNumber(ctx.ref.seq.bill + i), m.billerCode, m.id, "LicenseRenewal", `sr${i}`, o.nationalId, o.name, o.mobile, String(b.total), b.status,
    iso(b.issuedAt), iso(b.issuedAt + 15 * DAY), iso(b.expiresAt), b.paidAt === null ? N : iso(b.paidAt), cancelled ? iso(Math.min(ctx.now - HOUR, b.issuedAt + DAY)) : N, cancelled ? "طلب المستفيد" : N,
  ].join("\t");
}

export const BILL_LINE_COLUMNS = ["id", "billId", "kind", "descriptionAr", "descriptionEn", "amountHalalas", "sortOrder"];
export function billLineRow(ctx: ScaleContext, i: number): string {
  const b = billOf(ctx, i);
  return [`sbl${i}`, `sb${i}`, "FEE", "رسوم تجديد رخصة", "License renewal fee", String(b.total), "0"].join("\t");
}

export const RENEWAL_COLUMNS = ["id", "licenseId", "requestedById", "status", "feeHalalas", "lateFeeHalalas", "billId", "previousExpiresAt", "newExpiresAt", "createdAt", "paidAt"];
export function renewalRow(ctx: ScaleContext, i: number): string {
  const b = billOf(ctx, i);
  const status = b.status === "PAID" ? "PAID" : b.status === "UNPAID" ? "AWAITING_PAYMENT" : "CANCELLED";
  return [
    `sr${i}`, `sl${b.l}`, "scale-import", status, String(b.total), "0", `sb${i}`, iso(b.lic.issuedAt), b.status === "PAID" ? iso(b.lic.expiresAt) : N, iso(b.issuedAt), b.paidAt === null ? N : iso(b.paidAt),
  ].join("\t");
}

export const PAYMENT_COLUMNS = ["id", "billId", "bankTxnId", "bankCode", "amountHalalas", "paidAt", "receivedAt", "receiptCode", "verifyCode"];
/** Payment of bill i, or null when bill i is not PAID (the pass skips it). */
export function paymentRow(ctx: ScaleContext, i: number): string | null {
  const b = billOf(ctx, i);
  if (b.status !== "PAID") return null;
  const verify = `${h32(i, 50).toString(16).padStart(8, "0")}-${h32(i, 51).toString(16).padStart(8, "0")}-${i.toString(36)}`;
  return [`sp${i}`, `sb${i}`, `SCALE${i}`, pick(BANKS, i, 52), String(b.total), iso(b.paidAt!), iso(b.paidAt! + 60_000), fastCheckDigitNumber("R", ctx.ref.seq.receipt + i), verify].join("\t");
}

// ── Loading ──

export type TableLoad = { table: string; rows: number; seconds: number };
/** `tables[].seconds` is a table's span (its parts overlap other tables'), `copySeconds` the whole COPY's wall time. */
export type LoadReport = { counts: ScaleCounts; tables: TableLoad[]; copySeconds: number; indexSeconds: number; analyzeSeconds: number; totalSeconds: number };

type Plan = { table: string; columns: string[]; count: number; row: (ctx: ScaleContext, i: number) => string | null };

/** The tables triggers on "LicenseApplication" keep (decision 044), rebuilt after the load. */
export const FIGURE_TABLES = ["OfficeDayFigures", "LicensingDayFigures", "LicensingStatusCounts"] as const;

export const LOADED_TABLES = ["User", "LicenseApplication", "Establishment", "License", "LicenseRenewal", "Bill", "BillLine", "Payment", "Complaint"] as const;

/** Rows [from, to) of a plan, on one connection: a table is loaded as several such parts at once (COPY_LANES). */
async function copyRows(pool: pg.Pool, ctx: ScaleContext, plan: Plan, from: number, to: number): Promise<number> {
  const client = await pool.connect();
  let rows = 0;
  try {
    // Foreign-key triggers off for this session when the role may (a superuser); the generator keeps references right.
    await client.query("SET session_replication_role = replica").catch(() => {});
    const cols = plan.columns.map((c) => `"${c}"`).join(", ");
    const stream = client.query(copyFrom(`COPY "${plan.table}" (${cols}) FROM STDIN`));
    const done = finished(stream);
    let buf: string[] = [];
    const flush = async () => {
      if (buf.length === 0) return;
      const chunk = buf.join("\n") + "\n";
      buf = [];
      if (!stream.write(chunk)) await new Promise<void>((r) => stream.once("drain", () => r()));
    };
    for (let i = from; i < to; i++) {
      const line = plan.row(ctx, i);
      if (line === null) continue;
      buf.push(line);
      rows++;
      if (buf.length >= 4000) await flush();
    }
    await flush();
    stream.end();
    await done;
    await client.query("RESET session_replication_role").catch(() => {});
  } finally {
    client.release();
  }
  return rows;
}

/** Secondary indexes (not the primary key, not backing a constraint) of `table`: name and definition. */
async function secondaryIndexes(pool: pg.Pool, table: string): Promise<{ name: string; def: string }[]> {
  const { rows } = await pool.query<{ name: string; def: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname`,
    [`"${table}"`],
  );
  return rows;
}

/** Runs `tasks` with at most `n` in flight. */
export async function inParallel(n: number, tasks: (() => Promise<void>)[]): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < tasks.length) await tasks[next++]!();
  }));
}

/**
 * Runs the bulk write `fn` with the secondary indexes of `tables` dropped, then builds them again, two at a time
 * with 1 GB of sort memory each: building an index once over millions of rows is several times cheaper than
 * maintaining it row by row. They are rebuilt even when `fn` fails (a database is never left without its
 * indexes); a unique index the written rows break fails its rebuild, so the check still happens. Returns the
 * seconds spent rebuilding.
 */
export async function withoutSecondaryIndexes(pool: pg.Pool, tables: readonly string[], log: (m: string) => void, fn: () => Promise<void>): Promise<number> {
  const dropped: { table: string; name: string; def: string }[] = [];
  for (const table of tables) for (const ix of await secondaryIndexes(pool, table)) dropped.push({ table, ...ix });
  for (const ix of dropped) await pool.query(`DROP INDEX IF EXISTS "${ix.name}"`);
  log(`dropped ${dropped.length} secondary indexes of ${tables.join(", ")}`);
  let seconds = 0;
  try {
    await fn();
  } finally {
    const t = performance.now();
    await inParallel(
      2,
      dropped.map((ix) => async () => {
        const c = await pool.connect();
        try {
          await c.query("SET maintenance_work_mem = '1GB'");
          await c.query(ix.def);
        } finally {
          c.release();
        }
      }),
    );
    seconds = (performance.now() - t) / 1000;
    if (dropped.length) log(`rebuilt ${dropped.length} indexes in ${seconds.toFixed(1)} s`);
  }
  return seconds;
}

/** Connections that COPY at once (SCALE_COPY_LANES): two on the 2-core machines the targets are measured on. */
export const COPY_LANES = Number(process.env.SCALE_COPY_LANES || 2);

export async function loadScaleData(pool: pg.Pool, opts: { scale: number; log?: (m: string) => void; dropIndexes?: boolean; vacuum?: boolean; now?: number; lanes?: number }): Promise<LoadReport> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const counts = scaleCounts(opts.scale);
  const ref = await readReference(pool);
  const ctx: ScaleContext = { ref, counts, now: opts.now ?? Date.now() };
  const existing = Number((await pool.query(`SELECT count(*) AS n FROM "License" WHERE id = 'sl0'`)).rows[0].n);
  if (existing > 0) throw new Error("scale data: this database already holds the scale data set (load it into a fresh database)");

  const plans: Plan[] = [
    { table: "User", columns: USER_COLUMNS, count: Math.ceil(counts.establishments / 2), row: userRow },
    { table: "Establishment", columns: ESTABLISHMENT_COLUMNS, count: counts.establishments, row: establishmentRow },
    { table: "LicenseApplication", columns: APPLICATION_COLUMNS, count: counts.licenses + counts.applicationsWithoutLicense, row: applicationRow },
    { table: "License", columns: LICENSE_COLUMNS, count: counts.licenses, row: licenseRow },
    { table: "Complaint", columns: COMPLAINT_COLUMNS, count: counts.complaints, row: complaintRow },
    { table: "LicenseRenewal", columns: RENEWAL_COLUMNS, count: counts.bills, row: renewalRow },
    { table: "Bill", columns: BILL_COLUMNS, count: counts.bills, row: billRow },
    { table: "BillLine", columns: BILL_LINE_COLUMNS, count: counts.bills, row: billLineRow },
    { table: "Payment", columns: PAYMENT_COLUMNS, count: counts.bills, row: paymentRow },
  ];

  const tables: TableLoad[] = [];
  const lanes = Math.max(1, opts.lanes ?? COPY_LANES);
  let copySeconds = 0;
  const copyAll = async () => {
    const tc = performance.now();
    // Each table in `lanes` equal parts, the parts of all tables taken in order by `lanes` connections: one COPY
    // keeps a core busy parsing while this process generates on the other, so one stream at a time left the
    // server's second core mostly idle. A table's time runs from its first part's start to its last part's end.
    await inParallel(
      lanes,
      plans.flatMap((p) => {
        const progress = { started: 0, partsLeft: lanes, rows: 0 };
        return Array.from({ length: lanes }, (_, k) => async () => {
          progress.started ||= performance.now();
          progress.rows += await copyRows(pool, ctx, p, Math.floor((p.count * k) / lanes), Math.floor((p.count * (k + 1)) / lanes));
          if (--progress.partsLeft === 0) {
            const r = { table: p.table, rows: progress.rows, seconds: (performance.now() - progress.started) / 1000 };
            tables.push(r);
            log(`${r.table.padEnd(18)} ${r.rows.toLocaleString("en").padStart(12)} rows  ${r.seconds.toFixed(1).padStart(7)} s  ${Math.round(r.rows / r.seconds).toLocaleString("en").padStart(9)} rows/s`);
          }
        });
      }),
    );
    copySeconds = (performance.now() - tc) / 1000;
    const all = tables.reduce((n, t) => n + t.rows, 0);
    log(`COPY of ${all.toLocaleString("en")} rows on ${lanes} connection${lanes > 1 ? "s" : ""} in ${copySeconds.toFixed(1)} s (${Math.round(all / copySeconds).toLocaleString("en")} rows/s)`);
  };
  let indexSeconds = 0;
  if (opts.dropIndexes === false) await copyAll();
  else indexSeconds = await withoutSecondaryIndexes(pool, plans.map((p) => p.table), log, copyAll);
  // The portal's sequences continue after the numbers the load used.
  await pool.query(
    `SELECT setval('license_number_seq', $1), setval('complaint_number_seq', $2), setval('bill_number_seq', $3), setval('receipt_code_seq', $4), setval('application_number_seq', $5)`,
    [ref.seq.license + counts.licenses, ref.seq.complaint + counts.complaints, ref.seq.bill + counts.bills, ref.seq.receipt + counts.bills, ref.seq.application + counts.licenses + counts.applicationsWithoutLicense],
  );
  // COPY ran with triggers off (session_replication_role = replica): the figures the triggers keep are rebuilt.
  const tf = performance.now();
  await pool.query(`SELECT "rebuildOfficeDayFigures"()`);
  await pool.query(`SELECT "rebuildLicensingFigures"()`);
  log(`office and licensing figures rebuilt in ${((performance.now() - tf) / 1000).toFixed(1)} s`);
  const ta = performance.now();
  for (const t of FIGURE_TABLES) await pool.query(`ANALYZE "${t}"`);
  for (const p of plans) await pool.query(opts.vacuum === false ? `ANALYZE "${p.table}"` : `VACUUM (ANALYZE) "${p.table}"`);
  const analyzeSeconds = (performance.now() - ta) / 1000;
  log(`${opts.vacuum === false ? "ANALYZE" : "VACUUM (ANALYZE)"} in ${analyzeSeconds.toFixed(1)} s`);
  return { counts, tables, copySeconds, indexSeconds, analyzeSeconds, totalSeconds: (performance.now() - t0) / 1000 };
}
