import "server-only";
import { randomInt } from "node:crypto";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { proposePenalty } from "@/lib/domain/offices/penalty-effects";
import { officeScope } from "@/lib/domain/offices/scope";
import { ZRecordSpotCheck, ZSampleSpotChecks } from "@/lib/domain/offices/penalty-schemas";
import { STANDARD_SERVICE_LEVELS } from "@/lib/domain/offices/rules";
import { AppError } from "@/lib/errors";
import { riyadhDaySpan } from "@/lib/kernel/riyadh-days";

/** "2026-11-01" as the start of that day in Riyadh (UTC+3). */

/** How many of `issued` licenses a `percent` sample takes: at least one when any was issued. */
export function sampleSize(issued: number, percent: number): number {
  if (issued <= 0 || percent <= 0) return 0;
  return Math.min(issued, Math.max(1, Math.ceil((issued * percent) / 100)));
}

/** A uniform random sample of k items without repeats (partial Fisher–Yates with a CSPRNG). */
export function randomSample<T>(items: readonly T[], k: number): T[] {
  const a = [...items];
  const n = Math.min(k, a.length);
  for (let i = 0; i < n; i++) {
    const j = i + randomInt(a.length - i);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a.slice(0, n);
}

/**
 * The committee samples the contract's share of the licenses an office issued in a period (never a
 * license sampled before: SpotCheck.licenseId is unique) and assigns each to a municipality field
 * inspector — the one chosen, or the least loaded inspector of the Amanah covering the license's municipality.
 */
export const sampleSpotChecks = defineCommand({
  name: "offices.sampleSpotChecks",
  permission: "offices.committee",
  schema: ZSampleSpotChecks,
  async run(tx, actor, input) {
    const office = await tx.licensingOffice.findFirst({
      where: { id: input.officeId, ...officeScope(actor) },
      select: { id: true, code: true, amanahId: true, contracts: { where: { status: "ACTIVE" }, select: { spotCheckPercent: true }, take: 1 } },
    });
    if (!office) throw new AppError("NOT_FOUND");
    const { start: from, end: to } = riyadhDaySpan(input.from, input.to);
    // Scales with the office, not the table: the office's licenses of the period through the (officeId, issuedAt)
    // index, "never sampled" through SpotCheck's unique licenseId index (NOT EXISTS); only ids travel.
    const candidates = await tx.$queryRaw<{ id: string; municipalityId: string }[]>`
      SELECT l.id, l."municipalityId" FROM "License" l
      WHERE l."officeId" = ${office.id} AND l."issuedAt" >= ${from} AND l."issuedAt" < ${to}
        AND NOT EXISTS (SELECT 1 FROM "SpotCheck" s WHERE s."licenseId" = l.id)
      ORDER BY l.id`;
    const percent = office.contracts[0]?.spotCheckPercent ?? STANDARD_SERVICE_LEVELS.spotCheckPercent;
    const chosen = randomSample(candidates, sampleSize(candidates.length, percent));
    if (chosen.length === 0) throw new AppError("INVALID_STATE", { message: "penalties:errors.nothingToSample" });

    const inspectors = await tx.staffAssignment.findMany({
      where: { role: "FIELD_INSPECTOR", amanahId: office.amanahId, user: { active: true } },
      select: { userId: true, municipalityId: true },
    });
    if (input.inspectorId !== "auto" && !inspectors.some((i) => i.userId === input.inspectorId)) {
      throw new AppError("VALIDATION", { fieldErrors: { inspectorId: "penalties:errors.inspectorNotEligible" } });
    }
    if (inspectors.length === 0) throw new AppError("INVALID_STATE", { message: "penalties:errors.noInspector" });
    const load = new Map<string, number>();
    for (const g of await tx.spotCheck.groupBy({ by: ["inspectorId"], where: { status: "PENDING", inspectorId: { in: inspectors.map((i) => i.userId) } }, _count: { _all: true } })) {
      if (g.inspectorId) load.set(g.inspectorId, g._count._all);
    }
    const pick = (municipalityId: string): string => {
      if (input.inspectorId !== "auto") return input.inspectorId;
      const covering = inspectors.filter((i) => i.municipalityId === null || i.municipalityId === municipalityId);
      const pool = covering.length ? covering : inspectors;
      const best = [...pool].sort((a, b) => (load.get(a.userId) ?? 0) - (load.get(b.userId) ?? 0) || a.userId.localeCompare(b.userId))[0]!;
      load.set(best.userId, (load.get(best.userId) ?? 0) + 1);
      return best.userId;
    };
    // One statement for the whole sample: one INSERT per license (and Prisma's createMany, ≈ 2 ms a row) took the
    // 5 s transaction past its limit at scale.
    const inspectorIds = chosen.map((l) => pick(l.municipalityId));
    const count = await tx.$executeRaw`
      INSERT INTO "SpotCheck" (id, "officeId", "licenseId", "sampledById", "inspectorId")
      SELECT 'sc' || replace(gen_random_uuid()::text, '-', ''), ${office.id}, c.license, ${actor.userId}, c.inspector
      FROM unnest(${chosen.map((l) => l.id)}::text[], ${inspectorIds}::text[]) AS c(license, inspector)`;
    const created = { count };
    await recordAudit(tx, actor, {
      action: "offices.sampleSpotChecks",
      entityType: "LicensingOffice",
      entityId: office.id,
      after: { office: office.code, from: input.from, to: input.to, issued: candidates.length, percent, sampled: created.count },
    });
    return { sampled: created.count, issued: candidates.length, percent };
  },
});

/**
 * The municipality inspector records the re-inspection of a sampled license: PASSED, or FINDING with a
 * note — a finding is recorded against the office and proposes the contract's penalty at once.
 * Only the inspector it is assigned to (inspectorId in the where), only once (status in the where).
 */
export const recordSpotCheck = defineCommand({
  name: "offices.recordSpotCheck",
  permission: "offices.spotcheck.inspect",
  schema: ZRecordSpotCheck,
  async run(tx, actor, input) {
    const check = await tx.spotCheck.findFirst({
      where: { id: input.spotCheckId, inspectorId: actor.userId },
      select: { id: true, status: true, officeId: true, license: { select: { number: true, municipalityId: true } } },
    });
    if (!check) throw new AppError("NOT_FOUND");
    if (check.status !== "PENDING") throw new AppError("INVALID_STATE", { message: "penalties:errors.alreadyRecorded" });
    const now = new Date();
    const note = input.note || null;
    const moved = await tx.spotCheck.updateMany({ where: { id: check.id, status: "PENDING" }, data: { status: input.result, findingNote: note, checkedAt: now } });
    if (moved.count !== 1) throw new AppError("CONFLICT", { message: "penalties:errors.alreadyRecorded" });
    await recordAudit(tx, actor, {
      action: "offices.recordSpotCheck",
      entityType: "SpotCheck",
      entityId: check.id,
      municipalityId: check.license.municipalityId,
      before: { status: "PENDING" },
      after: { status: input.result, note },
    });
    let penalty: { number: string; kind: string } | null = null;
    if (input.result === "FINDING") {
      const p = await proposePenalty(tx, actor, check.officeId, "SPOT_CHECK_FINDING", { reason: `${check.license.number}: ${input.note}`, spotCheckId: check.id, now });
      penalty = { number: p.number, kind: p.kind };
    }
    return { status: input.result, penalty };
  },
});
