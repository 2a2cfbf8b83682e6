/**
 * Permit volume for the permit search's speed checks: `seedManyPermits` inserts N issued permits in one
 * INSERT … SELECT FROM generate_series (about 1 million in a minute or two), spread over every district, the
 * kinds, three years of issue dates, ~2,000 plan numbers per district and 400,000 owners; `explainSearch`
 * captures the SQL Prisma really sends for a search (query events of a logging client) and returns
 * PostgreSQL's plan for it, so a test and the bench can check that an index serves it.
 * Used by scripts/bench.ts (1 million) and lib/domain/permits/electricity/search.int.test.ts (a few thousand).
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { searchWhere, SEARCH_ORDER } from "../../lib/domain/permits/electricity/search";
import type { PermitSearch } from "../../lib/domain/permits/electricity/search-criteria";

export async function seedManyPermits(url: string, n: number, opts: { batch?: number } = {}): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ owner: string; office: string; auth: string }>(
      `SELECT a."ownerId" AS owner, a."officeId" AS office, a.id AS auth FROM "PermitAuthorization" a ORDER BY a."createdAt" LIMIT 1`,
    );
    if (!rows[0]) throw new Error("seedManyPermits: no PermitAuthorization to hang the permits on (seed the demo data first)");
    const { owner, office, auth } = rows[0];
    const batch = opts.batch ?? 250_000;
    for (let from = 1; from <= n; from += batch) {
      const to = Math.min(n, from + batch - 1);
      await client.query(
        `WITH d AS (SELECT id, "municipalityId", (row_number() OVER (ORDER BY id)) - 1 AS rn, count(*) OVER () AS nd FROM "District"),
              k AS (SELECT id, (row_number() OVER (ORDER BY id)) - 1 AS rn, count(*) OVER () AS nk FROM "PermitKind")
         INSERT INTO "Permit" (id, number, "kindId", status, "ownerId", "ownerNationalId", "ownerName", "officeId", "authorizationId",
                               "municipalityId", "districtId", "deedNo", "planNo", "parcelNo", "issuedAt", "stateEnteredAt", "updatedAt")
         SELECT 'vol' || i, 'V' || lpad(i::text, 9, '0'), k.id, 'ISSUED', $1, '1' || lpad((i % 400000)::text, 9, '0'), 'مالك ' || i, $2, $3,
                d."municipalityId", d.id, lpad(i::text, 12, '0'), ((i / d.nd) % 2000)::text, (i % 997)::text,
                now() - ((i % 1095) * interval '1 day') - ((i % 86400) * interval '1 second'), now(), now()
           FROM generate_series($4::int, $5::int) AS i
           JOIN d ON d.rn = i % d.nd
           JOIN k ON k.rn = i % k.nk`,
        [owner, office, auth, from, to],
      );
    }
    await client.query(`ANALYZE "Permit"`);
  } finally {
    await client.end();
  }
}

type Plan = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: Plan[] };

/** Every (node type, relation, index) of a plan tree. */
function nodes(plan: Plan, out: Plan[] = []): Plan[] {
  out.push(plan);
  for (const p of plan.Plans ?? []) nodes(p, out);
  return out;
}

/**
 * The plans of the two statements a search runs on Permit (the page and the count), from the SQL Prisma sends.
 * `indexed` is true when Permit is read through an index in both and never by a sequential scan.
 */
export async function explainSearch(url: string, s: PermitSearch): Promise<{ indexed: boolean; indexes: string[]; plans: unknown[] }> {
  const captured: { query: string; params: string }[] = [];
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => captured.push({ query: e.query, params: e.params }));
  try {
    const where = await searchWhere(prisma, s);
    captured.length = 0;
    await prisma.permit.findMany({ where, orderBy: SEARCH_ORDER, skip: (s.page - 1) * s.pageSize, take: s.pageSize, select: { id: true } });
    await prisma.permit.count({ where });
  } finally {
    await prisma.$disconnect();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plans: unknown[] = [];
    let indexed = captured.length === 2;
    const indexes: string[] = [];
    for (const c of captured) {
      const params = JSON.parse(c.params) as unknown[];
      const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: Plan }] }>(`EXPLAIN (FORMAT JSON) ${c.query}`, params);
      const plan = rows[0]!["QUERY PLAN"][0].Plan;
      plans.push(plan);
      const onPermit = nodes(plan).filter((p) => p["Relation Name"] === "Permit" || (p["Index Name"] ?? "").startsWith("Permit_"));
      if (onPermit.some((p) => p["Node Type"] === "Seq Scan")) indexed = false;
      const used = onPermit.filter((p) => /Index/.test(p["Node Type"])).map((p) => p["Index Name"]!);
      if (used.length === 0) indexed = false;
      indexes.push(...used);
    }
    return { indexed, indexes: [...new Set(indexes)], plans };
  } finally {
    await client.end();
  }
}
