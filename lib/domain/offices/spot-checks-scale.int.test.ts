/**
 * Issue 16: drawing a spot-check sample failed ("unexpected error": the 5 s transaction timed out) once the
 * database held 500,000 licenses. The draw must scale with the office's licenses of the period, not the table:
 * here the table holds 60,000 other licenses and the office 2,000 of its own in the period, and the draw of
 * 10 % (200 spot checks) finishes inside the command's transaction, samples each license once, and its
 * candidate query reads the office's licenses through the (officeId, issuedAt) index.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { riyadhDay } from "@/lib/kernel/riyadh-days";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { sampleSpotChecks } from "@/lib/domain/offices/commands/spot-checks";
import { actorOf, DAY, makeLicense, makeOffice, type FixtureOffice } from "@/lib/domain/offices/test-support";

// Sizes that keep the suite quick yet give the planner a real choice (3 % of the table is the office's); the
// 500,000-license case is measured by `npm run bench` (scripts/lib/bench-public.ts seeds that many).
const OTHERS = Number(process.env.SC_OTHERS || 60_000);
const MINE = 2_000;
// The command reads "from" and "to" as Riyadh calendar days: after 21:00 UTC, the UTC date would end "today" early.
const iso = riyadhDay;
let office: FixtureOffice;
let other: FixtureOffice;
let committee: Actor;

/** `n` licenses of `officeId` issued over the last 60 days, by one INSERT … SELECT (a template row gives the references). */
async function manyLicenses(officeId: string, templateId: string, n: number, prefix: string) {
  await db.$executeRawUnsafe(
    `INSERT INTO "License" (id, number, "verifyCode", kind, status, "establishmentId", "officeId", "municipalityId", "activityId",
       "holderNationalId", "holderName", "holderMobile", "tradeNameAr", "areaM2", "signAreaM2", "issuedAt", "validFrom", "expiresAt", "updatedAt")
     SELECT '${prefix}' || g, '${prefix.toUpperCase()}' || g, substr(md5('${prefix}' || g), 1, 24), t.kind, t.status, t."establishmentId", $1, t."municipalityId", t."activityId",
       t."holderNationalId", t."holderName", t."holderMobile", t."tradeNameAr", t."areaM2", t."signAreaM2",
       now() - (g % 60) * interval '1 day', now() - (g % 60) * interval '1 day', now() + interval '300 days', now()
     FROM generate_series(1, $2::int) g, "License" t WHERE t.id = $3`,
    officeId,
    n,
    templateId,
  );
}

beforeAll(async () => {
  office = await makeOffice({ spotCheckPercent: 10 });
  other = await makeOffice();
  committee = await actorOf((await db.user.findFirstOrThrow({ where: { username: "staff.committee" } })).id);
  const template = await makeLicense({ officeId: other.id, municipalityId: other.municipalityId, issuedAt: new Date(Date.now() - 400 * DAY) });
  await manyLicenses(other.id, template.id, OTHERS, "so");
  await manyLicenses(office.id, template.id, MINE, "sm");
  await db.$executeRawUnsafe(`ANALYZE "License"`);
}, 180_000);

describe("drawing a spot-check sample at scale", () => {
  it("samples the contract's 10 % of the office's licenses inside the command's transaction", async () => {
    const from = iso(new Date(Date.now() - 90 * DAY));
    const to = iso(new Date());
    // The command runs in a transaction with a 5 s limit: before, one INSERT per license and a Prisma relation filter
    // made it time out ("unexpected error"); now it must simply succeed.
    const r = await sampleSpotChecks.execute(committee, { officeId: office.id, from, to, inspectorId: "auto" });
    expect(r).toEqual({ sampled: MINE / 10, issued: MINE, percent: 10 });
    const rows = await db.spotCheck.findMany({ where: { officeId: office.id }, select: { licenseId: true, license: { select: { officeId: true } } } });
    expect(rows).toHaveLength(MINE / 10);
    expect(new Set(rows.map((x) => x.licenseId)).size).toBe(MINE / 10);
    expect(rows.every((x) => x.license.officeId === office.id)).toBe(true);

    // Again: only the never-sampled are candidates.
    const again = await sampleSpotChecks.execute(committee, { officeId: office.id, from, to, inspectorId: "auto" });
    expect(again).toEqual({ sampled: (MINE - MINE / 10) / 10, issued: MINE - MINE / 10, percent: 10 });
  }, 60_000);

  it("reads the office's licenses through the (officeId, issuedAt) index, never the whole table", async () => {
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT l.id, l."municipalityId" FROM "License" l
       WHERE l."officeId" = $1 AND l."issuedAt" >= $2 AND l."issuedAt" < $3
         AND NOT EXISTS (SELECT 1 FROM "SpotCheck" s WHERE s."licenseId" = l.id) ORDER BY l.id`,
      office.id,
      new Date(Date.now() - 90 * DAY),
      new Date(),
    );
    const text = plan.map((p) => p["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/License_officeId_issuedAt_idx/);
    expect(text).not.toMatch(/Seq Scan on "License"/);
  });
});
