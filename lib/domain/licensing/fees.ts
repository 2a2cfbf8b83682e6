import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * License fees from the schedule kept as data (LicenseFeeRule rows, seeded in prisma/seed/licensing.ts):
 * a base fee, a fee per square metre of the shop, a fee per square metre of its sign, a supplement when
 * the activity requires a health license; a renewal is a percentage of that, plus a late fee for every
 * started month after expiry. Pure functions (integer halalas only) plus one loader.
 * The lines are exactly what issueBill takes, so the citizen sees before submitting what the bill will say.
 */
export type FeeRule = {
  activityGroupEn: string | null;
  baseHalalas: number;
  perSquareMeterHalalas: number;
  signPerSquareMeterHalalas: number;
  healthSupplementHalalas: number;
  renewalPercent: number;
  lateRenewalPerMonthHalalas: number;
};

export type FeeInput = { areaM2: number; signAreaM2: number; needsHealth: boolean };
export type FeeLine = { kind: "FEE" | "LATE_FEE"; descriptionAr: string; descriptionEn: string; amountHalalas: number };
export type FeeBreakdown = { lines: FeeLine[]; totalHalalas: number };

const MAX_AREA_M2 = 100_000;

function checkInput(input: FeeInput): void {
  for (const v of [input.areaM2, input.signAreaM2]) {
    if (!Number.isSafeInteger(v) || v < 0 || v > MAX_AREA_M2) throw new RangeError(`area must be an integer in 0..${MAX_AREA_M2}, got ${v}`);
  }
  if (input.areaM2 < 1) throw new RangeError("the shop area must be at least 1 m²");
}

function total(lines: FeeLine[]): FeeBreakdown {
  return { lines, totalHalalas: lines.reduce((s, l) => s + l.amountHalalas, 0) };
}

/** The fee of a new license. Lines of zero are left out (a bill line must be positive). */
export function computeLicenseFee(rule: FeeRule, input: FeeInput): FeeBreakdown {
  checkInput(input);
  const lines: FeeLine[] = [];
  const push = (descriptionAr: string, descriptionEn: string, amountHalalas: number) => {
    if (amountHalalas > 0) lines.push({ kind: "FEE", descriptionAr, descriptionEn, amountHalalas });
  };
  push("رسم إصدار رخصة المحل", "Shop license issuance fee", rule.baseHalalas);
  push(`رسم مساحة المحل (${input.areaM2} م²)`, `Shop area fee (${input.areaM2} m²)`, input.areaM2 * rule.perSquareMeterHalalas);
  push(`رسم اللوحة التجارية (${input.signAreaM2} م²)`, `Shop sign fee (${input.signAreaM2} m²)`, input.signAreaM2 * rule.signPerSquareMeterHalalas);
  if (input.needsHealth) push("رسم الرخصة الصحية", "Health license supplement", rule.healthSupplementHalalas);
  return total(lines);
}

/** Adds calendar months in UTC, clamping the day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsUtc(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()));
}

/** Started months between expiry and now: 0 before or at expiry, 1 from the first instant after it, … */
export function lateMonths(expiresAt: Date, now: Date): number {
  if (now.getTime() <= expiresAt.getTime()) return 0;
  let n = 1;
  while (addMonthsUtc(expiresAt, n).getTime() < now.getTime()) n++;
  return n;
}

/** The fee of a renewal: the new-license fee × renewalPercent, plus one LATE_FEE line per started month after expiry. */
export function computeRenewalFee(rule: FeeRule, input: FeeInput & { expiresAt: Date; now: Date }): FeeBreakdown {
  const base = computeLicenseFee(rule, input);
  const lines: FeeLine[] = base.lines
    .map((l) => ({
      ...l,
      descriptionAr: l.descriptionAr.replace("رسم إصدار", "رسم تجديد"),
      descriptionEn: l.descriptionEn.replace("issuance", "renewal"),
      amountHalalas: Math.round((l.amountHalalas * rule.renewalPercent) / 100),
    }))
    .filter((l) => l.amountHalalas > 0);
  const months = lateMonths(input.expiresAt, input.now);
  if (months > 0 && rule.lateRenewalPerMonthHalalas > 0) {
    lines.push({
      kind: "LATE_FEE",
      descriptionAr: `غرامة تأخر التجديد (${months} شهر)`,
      descriptionEn: `Late renewal fee (${months} month${months === 1 ? "" : "s"})`,
      amountHalalas: months * rule.lateRenewalPerMonthHalalas,
    });
  }
  return total(lines);
}

const FEE_SELECT = {
  activityGroupEn: true,
  baseHalalas: true,
  perSquareMeterHalalas: true,
  signPerSquareMeterHalalas: true,
  healthSupplementHalalas: true,
  renewalPercent: true,
  lateRenewalPerMonthHalalas: true,
} as const;

/** The rule of an activity group, else the default rule (group null). INVALID_STATE when the schedule is empty. */
export async function loadFeeRule(tx: DbOrTx, activityGroupEn: string | null | undefined): Promise<FeeRule> {
  if (activityGroupEn) {
    const own = await tx.licenseFeeRule.findUnique({ where: { activityGroupEn }, select: FEE_SELECT });
    if (own) return own;
  }
  const fallback = await tx.licenseFeeRule.findFirst({ where: { activityGroupEn: null }, select: FEE_SELECT });
  if (!fallback) throw new AppError("INVALID_STATE", { message: "licensing:errors.noFeeRule" });
  return fallback;
}
