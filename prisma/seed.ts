/**
 * Seeds the reference data — places, activities, the e-services catalogue, the violations schedule,
 * the fee schedule, complaint departments and categories — and, ONLY when a demo is asked for, the demo
 * data: demo accounts (published password), demo offices and their staff, demo agency API keys, demo
 * bills, applications and records (docs/decisions/010-demo-data-and-invitations.md).
 *
 *   DATABASE_URL=… tsx prisma/seed.ts            reference data only (also `prisma db seed`)
 *   DATABASE_URL=… tsx prisma/seed.ts --demo     reference + demo data (AMANAH_DEMO=1 does the same);
 *                                                refused when NODE_ENV=production
 *
 * Idempotent and insert-only: every table is filled with INSERT … ON CONFLICT DO NOTHING on its
 * natural key (codes, isicCode, username, nationalId, composite uniques), so a re-run adds only
 * what is missing and never overwrites a row — an administrator's later edit (a deactivated
 * activity, a changed password) survives re-seeding. The demo password is hashed at most once per
 * run, and only when some user is missing. Everything runs in one transaction under an advisory
 * lock, so two concurrent seeds of the same database cannot interleave and a failure leaves nothing.
 *
 * Fast path: one raw query first counts the natural keys of every row the seed owns; when all are
 * present nothing else runs (no transaction, no hashing). The CLI does that check with plain
 * node-postgres, before loading Prisma's client at all.
 *
 * Deliberately does not import lib/db.ts (which relies on the `@/` path alias).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/auth/password";
import { ACTIVITIES } from "./seed/activities";
import { BILLER_CODES } from "./seed/biller-codes";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./seed/demo-accounts";
import { sealSecret } from "../lib/auth/secret-box";
import { ESERVICES } from "./seed/eservices";
import { OFFICE_USERS, OFFICES, QUALIFICATION_VERIFIED_AT } from "./seed/offices";
import { AMANAHS } from "./seed/places";
import { STAFF_ASSIGNMENTS } from "./seed/staff";
import { ESTABLISHMENTS, VIOLATION_ARTICLES } from "./seed/violations";
import { DEMO_BILLS } from "./seed/demo-bills";
import { SEED_PARTS, seedParts } from "./seed/all-parts";

export type SeedSummary = {
  amanahs: number;
  municipalities: number;
  districts: number;
  activities: number;
  eservices: number;
  offices: number;
  users: number;
  staffAssignments: number;
  officeMembers: number;
  /** Every row the seed owns existed before this run, which therefore did nothing. */
  alreadySeeded: boolean;
  /** Rows this run inserted (0 when everything already existed). */
  inserted: number;
  /** Whether demo data was asked for (otherwise only reference data is seeded). */
  demo: boolean;
  /** Whether this run hashed the demo password (only when a user was missing). */
  hashedPassword: boolean;
  ms: number;
};

type Tx = Prisma.TransactionClient;

/** Arbitrary constant key for pg_advisory_xact_lock: serialises concurrent seeds of one database. */
const SEED_LOCK_KEY = 727_001;

type UserSeed = { username: string | null; nationalId: string | null; nameAr: string; nameEn: string; mobile: string; email: string | null };

/** Every user the demo seed owns: the demo accounts and the extra office members (never seeded without a demo). */
export const SEED_USERS: readonly UserSeed[] = [
  ...DEMO_ACCOUNTS.map((acc) => ({
    username: acc.loginKind === "username" ? acc.login : null,
    nationalId: acc.loginKind === "nationalId" ? acc.login : null,
    nameAr: acc.nameAr,
    nameEn: acc.nameEn,
    mobile: acc.mobile,
    email: null,
  })),
  ...OFFICE_USERS.map((u) => ({ username: u.username, nationalId: null, nameAr: u.nameAr, nameEn: u.nameEn, mobile: u.mobile, email: u.email ?? null })),
  ...SEED_PARTS.flatMap((p) => p.users ?? []),
];

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${key}"`);
  return value;
}

/** The natural key of every row the seed owns, per table. */
function seedKeys() {
  const municipalities = AMANAHS.flatMap((a) => a.municipalities);
  return {
    amanahs: AMANAHS.map((a) => a.code),
    municipalities: municipalities.map((m) => m.code),
    districts: municipalities.flatMap((m) => m.districts.map((d) => `${m.code}|${d.nameEn}`)),
    activities: ACTIVITIES.map((a) => a.isicCode),
    eservices: ESERVICES.map((e) => e.code),
    offices: OFFICES.map((o) => o.code),
    coverage: OFFICES.flatMap((o) => o.coverage.map((m) => `${o.code}|${m}`)),
    usernames: SEED_USERS.flatMap((u) => (u.username ? [u.username] : [])),
    nationalIds: SEED_USERS.flatMap((u) => (u.nationalId ? [u.nationalId] : [])),
    staff: STAFF_ASSIGNMENTS.map((s) => `${s.username}|${s.role}|${s.amanahCode}|${s.municipalityCode ?? ""}`),
    members: OFFICES.flatMap((o) => o.members.map((m) => `${o.code}|${m.username}|${m.role}`)),
    violationArticles: VIOLATION_ARTICLES.map((a) => a.code),
    establishments: ESTABLISHMENTS.map((e) => e.commercialRegNo),
    bills: DEMO_BILLS.map((b) => b.number),
  };
}

/** The core tables holding reference data (the others hold demo data). */
const REFERENCE_TABLES = new Set(["amanahs", "municipalities", "billerCodes", "districts", "activities", "eservices", "violationArticles"]);

/** Runs one SQL statement with $1… parameters and returns its rows (Prisma or plain node-postgres). */
type RawQuery = (sql: string, params: unknown[]) => Promise<Array<Record<string, unknown>>>;

/**
 * One round trip that tells which tables miss some row the seed owns (empty: fully seeded).
 * Counts distinct natural keys, so a partial seed (or a row deleted later) is detected and repaired.
 */
export async function missingSeedData(query: RawQuery, opts: { demo?: boolean } = {}): Promise<string[]> {
  const demo = opts.demo ?? false;
  const k = seedKeys();
  const rows = await query(
    `SELECT
      (SELECT count(DISTINCT code)::int FROM "Amanah" WHERE code = ANY($1::text[])) AS amanahs,
      (SELECT count(DISTINCT code)::int FROM "Municipality" WHERE code = ANY($2::text[])) AS municipalities,
      (SELECT count(DISTINCT code)::int FROM "Municipality" WHERE code = ANY($2::text[]) AND "billerCode" IS NOT NULL) AS "billerCodes",
      (SELECT count(DISTINCT m.code || '|' || d."nameEn")::int FROM "District" d JOIN "Municipality" m ON m.id = d."municipalityId"
        WHERE m.code || '|' || d."nameEn" = ANY($3::text[])) AS districts,
      (SELECT count(DISTINCT "isicCode")::int FROM "Activity" WHERE "isicCode" = ANY($4::text[])) AS activities,
      (SELECT count(DISTINCT code)::int FROM "EService" WHERE code = ANY($5::text[])) AS eservices,
      (SELECT count(DISTINCT code)::int FROM "LicensingOffice" WHERE code = ANY($6::text[])) AS offices,
      (SELECT count(DISTINCT o.code || '|' || m.code)::int FROM "OfficeCoverage" c
        JOIN "LicensingOffice" o ON o.id = c."officeId" JOIN "Municipality" m ON m.id = c."municipalityId"
        WHERE o.code || '|' || m.code = ANY($7::text[])) AS coverage,
      (SELECT count(DISTINCT id)::int FROM "User"
        WHERE username = ANY($8::text[]) OR "nationalId" = ANY($9::text[])) AS users,
      (SELECT count(DISTINCT u.username || '|' || s.role::text || '|' || a.code || '|' || coalesce(m.code, ''))::int
        FROM "StaffAssignment" s JOIN "User" u ON u.id = s."userId" JOIN "Amanah" a ON a.id = s."amanahId"
        LEFT JOIN "Municipality" m ON m.id = s."municipalityId"
        WHERE u.username || '|' || s.role::text || '|' || a.code || '|' || coalesce(m.code, '') = ANY($10::text[])) AS staff,
      (SELECT count(DISTINCT o.code || '|' || u.username || '|' || om.role::text)::int FROM "OfficeMember" om
        JOIN "LicensingOffice" o ON o.id = om."officeId" JOIN "User" u ON u.id = om."userId"
        WHERE o.code || '|' || u.username || '|' || om.role::text = ANY($11::text[])) AS members,
      (SELECT count(DISTINCT code)::int FROM "ViolationArticle" WHERE code = ANY($12::text[])) AS "violationArticles",
      (SELECT count(DISTINCT "commercialRegNo")::int FROM "Establishment" WHERE "commercialRegNo" = ANY($13::text[])) AS establishments,
      (SELECT count(DISTINCT number)::int FROM "Bill" WHERE number = ANY($14::text[])) AS bills`,
    [k.amanahs, k.municipalities, k.districts, k.activities, k.eservices, k.offices, k.coverage, k.usernames, k.nationalIds, k.staff, k.members, k.violationArticles, k.establishments, k.bills],
  );
  const found = rows[0] ?? {};
  const expected: Record<string, number> = {
    amanahs: k.amanahs.length,
    municipalities: k.municipalities.length,
    billerCodes: k.municipalities.length,
    districts: k.districts.length,
    activities: k.activities.length,
    eservices: k.eservices.length,
    offices: k.offices.length,
    coverage: k.coverage.length,
    users: k.usernames.length + k.nationalIds.length,
    staff: k.staff.length,
    members: k.members.length,
    violationArticles: k.violationArticles.length,
    establishments: k.establishments.length,
    bills: k.bills.length,
  };
  const checked = Object.entries(expected).filter(([name]) => demo || REFERENCE_TABLES.has(name));
  const missingCore = checked.flatMap(([name, n]) => (Number(found[name]) === n ? [] : [name]));
  const missingParts: string[] = [];
  for (const part of seedParts(demo)) if (await part.missing(query)) missingParts.push(part.name);
  return [...missingCore, ...missingParts];
}

export async function seed(prisma: PrismaClient, opts: { demo?: boolean } = {}): Promise<SeedSummary> {
  const demo = opts.demo ?? false;
  const started = performance.now();
  let inserted = 0;
  let hashedPassword = false;

  // Fast path: nothing to do, so no transaction, no lock, no password hashing.
  const missingTables = await missingSeedData((sql, params) => prisma.$queryRawUnsafe(sql, ...params), { demo });
  const alreadySeeded = missingTables.length === 0;
  // Users are missing: hash the demo password (slow by design) while the other tables are filled.
  let pendingHash: Promise<string> | undefined;
  const demoPasswordHash = () => (pendingHash ??= hashPassword(DEMO_PASSWORD));
  if (missingTables.includes("users")) demoPasswordHash().catch(() => {}); // awaited (and its error thrown) below

  if (!alreadySeeded) await prisma.$transaction(
    async (tx: Tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);

      // ── Places ──
      inserted += (
        await tx.amanah.createMany({
          data: AMANAHS.map(({ code, nameAr, nameEn }) => ({ code, nameAr, nameEn })),
          skipDuplicates: true,
        })
      ).count;
      const amanahIds = new Map(
        (await tx.amanah.findMany({ where: { code: { in: AMANAHS.map((a) => a.code) } }, select: { code: true, id: true } })).map(
          (a) => [a.code, a.id] as const,
        ),
      );

      const municipalities = AMANAHS.flatMap((a) => a.municipalities.map((m) => ({ ...m, amanahCode: a.code })));
      inserted += (
        await tx.municipality.createMany({
          data: municipalities.map((m) => ({
            code: m.code,
            nameAr: m.nameAr,
            nameEn: m.nameEn,
            amanahId: must(amanahIds, m.amanahCode, "amanah"),
          })),
          skipDuplicates: true,
        })
      ).count;
      const municipalityIds = new Map(
        (
          await tx.municipality.findMany({ where: { code: { in: municipalities.map((m) => m.code) } }, select: { code: true, id: true } })
        ).map((m) => [m.code, m.id] as const),
      );

      // Biller codes: filled where still empty (a later change by an administrator is kept).
      const billers = Object.entries(BILLER_CODES);
      await tx.$executeRawUnsafe(
        `UPDATE "Municipality" m SET "billerCode" = b.biller FROM unnest($1::text[], $2::text[]) AS b(code, biller)
          WHERE m.code = b.code AND m."billerCode" IS NULL`,
        billers.map(([code]) => code),
        billers.map(([, biller]) => biller),
      );

      inserted += (
        await tx.district.createMany({
          data: municipalities.flatMap((m) =>
            m.districts.map((d) => ({ municipalityId: must(municipalityIds, m.code, "municipality"), nameAr: d.nameAr, nameEn: d.nameEn })),
          ),
          skipDuplicates: true,
        })
      ).count;

      // ── Catalogues ──
      inserted += (await tx.activity.createMany({ data: [...ACTIVITIES], skipDuplicates: true })).count;
      inserted += (await tx.eService.createMany({ data: [...ESERVICES], skipDuplicates: true })).count;

      // ── Violations schedule (reference) ──
      inserted += (await tx.violationArticle.createMany({ data: [...VIOLATION_ARTICLES], skipDuplicates: true })).count;

      // ── Demo data: only when a demo is asked for (docs/decisions/010-demo-data-and-invitations.md) ──
      if (demo) {
        // ── Licensing offices ──
        inserted += (
          await tx.licensingOffice.createMany({
            data: OFFICES.map((o) => ({
              code: o.code,
              nameAr: o.nameAr,
              nameEn: o.nameEn,
              commercialRegNo: o.commercialRegNo,
              phone: o.phone,
              email: o.email,
              status: o.status,
              amanahId: must(amanahIds, o.amanahCode, "amanah"),
            })),
            skipDuplicates: true,
          })
        ).count;
        const officeIds = new Map(
          (await tx.licensingOffice.findMany({ where: { code: { in: OFFICES.map((o) => o.code) } }, select: { code: true, id: true } })).map(
            (o) => [o.code, o.id] as const,
          ),
        );
        inserted += (
          await tx.officeCoverage.createMany({
            data: OFFICES.flatMap((o) =>
              o.coverage.map((code) => ({
                officeId: must(officeIds, o.code, "office"),
                municipalityId: must(municipalityIds, code, "municipality"),
              })),
            ),
            skipDuplicates: true,
          })
        ).count;

        // ── Users ── (hash only if someone is missing; never touch existing users)
        const usernames = SEED_USERS.flatMap((u) => (u.username ? [u.username] : []));
        const nationalIds = SEED_USERS.flatMap((u) => (u.nationalId ? [u.nationalId] : []));
        const findUsers = () =>
          tx.user.findMany({
            where: { OR: [{ username: { in: usernames } }, { nationalId: { in: nationalIds } }] },
            select: { id: true, username: true, nationalId: true },
          });
        let users = await findUsers();
        const existing = new Set(users.flatMap((u) => [u.username, u.nationalId]).filter((k): k is string => k !== null));
        const missing = SEED_USERS.filter((u) => !existing.has((u.username ?? u.nationalId)!));
        if (missing.length > 0) {
          const passwordHash = await demoPasswordHash();
          inserted += (await tx.user.createMany({ data: missing.map((u) => ({ ...u, passwordHash })), skipDuplicates: true })).count;
          users = await findUsers();
        }
        const userIds = new Map<string, string>();
        for (const u of users) {
          if (u.username) userIds.set(u.username, u.id);
          if (u.nationalId) userIds.set(u.nationalId, u.id);
        }

        // ── Municipality staff ──
        // The unique key (userId, role, amanahId, municipalityId) does not stop duplicates when
        // municipalityId is NULL (NULLs are distinct in PostgreSQL), so compare in code.
        const wanted = STAFF_ASSIGNMENTS.map((s) => ({
          userId: must(userIds, s.username, "user"),
          role: s.role,
          amanahId: must(amanahIds, s.amanahCode, "amanah"),
          municipalityId: s.municipalityCode === null ? null : must(municipalityIds, s.municipalityCode, "municipality"),
        }));
        const key = (s: { userId: string; role: string; amanahId: string; municipalityId: string | null }) =>
          `${s.userId}|${s.role}|${s.amanahId}|${s.municipalityId ?? ""}`;
        const have = new Set(
          (
            await tx.staffAssignment.findMany({
              where: { userId: { in: [...new Set(wanted.map((w) => w.userId))] } },
              select: { userId: true, role: true, amanahId: true, municipalityId: true },
            })
          ).map(key),
        );
        const newAssignments = wanted.filter((w) => !have.has(key(w)));
        if (newAssignments.length > 0) inserted += (await tx.staffAssignment.createMany({ data: newAssignments })).count;

        // ── Demo two-factor ── (docs/decisions/009) the demo accounts whose role requires TOTP get the published
        // demo secret, sealed with the server's key, when they have none yet: a person can add it to an app.
        const totpUsernames = STAFF_ASSIGNMENTS.filter((s) => ["ADMIN", "COMMITTEE_MEMBER", "FINANCE"].includes(s.role)).map((s) => s.username);
        await tx.user.updateMany({
          where: { username: { in: totpUsernames }, totpSecret: null },
          data: { totpSecret: sealSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() },
        });

        // ── Office members ──
        inserted += (
          await tx.officeMember.createMany({
            data: OFFICES.flatMap((o) =>
              o.members.map((m) => ({
                officeId: must(officeIds, o.code, "office"),
                userId: must(userIds, m.username, "user"),
                role: m.role,
                qualificationNo: m.qualificationNo ?? null,
                verifiedAt: m.qualificationNo ? QUALIFICATION_VERIFIED_AT : null,
              })),
            ),
            skipDuplicates: true,
          })
        ).count;

        // ── Demo establishments ──
        const activityIds = new Map(
          (await tx.activity.findMany({ select: { isicCode: true, id: true } })).map((a) => [a.isicCode, a.id] as const),
        );
        inserted += (
          await tx.establishment.createMany({
            data: ESTABLISHMENTS.map(({ municipalityCode, activityIsic, ...e }) => ({
              ...e,
              municipalityId: must(municipalityIds, municipalityCode, "municipality"),
              activityId: activityIsic === null ? null : must(activityIds, activityIsic, "activity"),
            })),
            skipDuplicates: true,
          })
        ).count;

        // ── Demo bills (numbers below the sequences' ranges; existing bills are never touched) ──
        const haveBills = new Set((await tx.bill.findMany({ where: { number: { in: DEMO_BILLS.map((b) => b.number) } }, select: { number: true } })).map((b) => b.number));
        const billerOf = new Map((await tx.municipality.findMany({ select: { code: true, billerCode: true } })).map((m) => [m.code, m.billerCode] as const));
        const day = 86_400_000;
        const now = Date.now();
        for (const b of DEMO_BILLS.filter((x) => !haveBills.has(x.number))) {
          const total = b.lines.reduce((n, l) => n + l.amountHalalas, 0);
          const paidAt = b.payment ? new Date(now - b.payment.paidDaysAgo * day) : null;
          const issuedAt = new Date(now - b.issuedDaysAgo * day);
          const created = await tx.bill.create({
            data: {
              number: b.number,
              billerCode: billerOf.get(b.municipalityCode) ?? "000",
              municipalityId: must(municipalityIds, b.municipalityCode, "municipality"),
              subjectType: "Demo",
              subjectId: b.number,
              payerNationalId: b.payerNationalId,
              payerName: b.payerName,
              payerMobile: b.payerMobile,
              totalHalalas: total,
              status: b.payment ? "PAID" : "UNPAID",
              issuedAt,
              dueAt: new Date(issuedAt.getTime() + (b.issuedDaysAgo + b.dueInDays) * day),
              expiresAt: new Date(issuedAt.getTime() + (b.issuedDaysAgo + b.expiresInDays) * day),
              paidAt,
              lines: { create: b.lines.map((l, i) => ({ ...l, sortOrder: i })) },
            },
          });
          inserted += 1 + b.lines.length;
          if (b.payment && paidAt) {
            await tx.payment.create({ data: { billId: created.id, bankTxnId: b.payment.bankTxnId, bankCode: b.payment.bankCode, amountHalalas: total, paidAt, receiptCode: b.payment.receiptCode } });
            inserted += 1;
          }
        }
      }

      // ── Later areas' seed parts (prisma/seed/all-parts.ts) ──
      const seededUsers = await tx.user.findMany({
        where: { OR: [{ username: { in: SEED_USERS.flatMap((u) => (u.username ? [u.username] : [])) } }, { nationalId: { in: SEED_USERS.flatMap((u) => (u.nationalId ? [u.nationalId] : [])) } }] },
        select: { id: true, username: true, nationalId: true },
      });
      const partUserIds = new Map<string, string>();
      for (const u of seededUsers) partUserIds.set((u.username ?? u.nationalId)!, u.id);
      const allMunicipalityIds = new Map(
        (await tx.municipality.findMany({ select: { code: true, id: true } })).map((m) => [m.code, m.id] as const),
      );
      for (const part of seedParts(demo)) inserted += await part.run(tx, { amanahIds, municipalityIds: allMunicipalityIds, userIds: partUserIds });
    },
    // The demo history (a year of daily insight rows and their roll-ups) makes the demo seed the longest part: on a
    // loaded 2-core machine it came within seconds of a minute. One transaction keeps a seed all-or-nothing.
    { maxWait: 30_000, timeout: 240_000 },
  );
  if (pendingHash) {
    await pendingHash; // surfaces a hashing error even if no user ended up needing it
    hashedPassword = true;
  }

  return {
    amanahs: AMANAHS.length,
    municipalities: AMANAHS.reduce((n, a) => n + a.municipalities.length, 0),
    districts: AMANAHS.reduce((n, a) => n + a.municipalities.reduce((k, m) => k + m.districts.length, 0), 0),
    activities: ACTIVITIES.length,
    eservices: ESERVICES.length,
    offices: demo ? OFFICES.length : 0,
    users: demo ? SEED_USERS.length : 0,
    staffAssignments: demo ? STAFF_ASSIGNMENTS.length : 0,
    officeMembers: demo ? OFFICES.reduce((n, o) => n + o.members.length, 0) : 0,
    alreadySeeded,
    demo,
    inserted,
    hashedPassword,
    ms: Math.round(performance.now() - started),
  };
}

export function formatSummary(s: SeedSummary): string {
  return (
    `seed (${s.demo ? "reference + DEMO data" : "reference data only, no demo data"}): ${s.amanahs} amanahs, ${s.municipalities} municipalities, ${s.districts} districts, ${s.activities} activities, ` +
    `${s.eservices} e-services, ${s.offices} offices, ${s.users} users (${s.staffAssignments} staff assignments, ` +
    `${s.officeMembers} office members) — ${s.inserted === 0 ? "already seeded, nothing inserted" : `${s.inserted} rows inserted`} in ${s.ms} ms`
  );
}

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("seed: DATABASE_URL is not set");
    process.exit(1);
  }
  const demo = process.argv.includes("--demo") || process.env.AMANAH_DEMO === "1";
  if (demo && process.env.NODE_ENV === "production") {
    console.error("seed: refusing to seed demo data (published demo accounts and keys) with NODE_ENV=production");
    process.exit(1);
  }
  const started = performance.now();

  // Already seeded? Answer with plain node-postgres: starting Prisma's client costs more than the check.
  const { default: pg } = await import("pg");
  const probe = new pg.Client({ connectionString });
  await probe.connect();
  let seeded: boolean;
  try {
    seeded = (await missingSeedData(async (sql, params) => (await probe.query(sql, params)).rows, { demo })).length === 0;
  } catch {
    seeded = false; // e.g. tables missing: let Prisma report it properly
  } finally {
    await probe.end();
  }
  if (seeded) {
    console.log(`seed: already seeded${demo ? " (with demo data)" : " (reference data; no demo data)"}, nothing to do (${Math.round(performance.now() - started)} ms)`);
    return;
  }

  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import("../lib/generated/prisma/client"), import("@prisma/adapter-pg")]);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    console.log(formatSummary(await seed(prisma, { demo })));
  } finally {
    await prisma.$disconnect();
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((err: unknown) => {
    console.error("seed failed:", err);
    process.exit(1);
  });
}
