/**
 * Permit fees from the schedule kept as data (PermitFeeRule rows, prisma/seed/permits.ts): per kind, per area
 * band and per municipality (a municipality's own rule wins over the default rule, municipalityId null).
 * Pure (integer halalas only); the lines are what issueBill takes.
 */
export type PermitFeeRuleRow = {
  municipalityId: string | null;
  minAreaM2: number;
  maxAreaM2: number | null;
  baseHalalas: number;
  perSquareMeterHalalas: number;
};
export type PermitFeeLine = { kind: "FEE"; descriptionAr: string; descriptionEn: string; amountHalalas: number };
export type PermitFee = { lines: PermitFeeLine[]; totalHalalas: number };

const MAX_AREA_M2 = 1_000_000;

/** The rule for this municipality and area: the municipality's own band first, else the default band; null if none. */
export function pickFeeRule<R extends PermitFeeRuleRow>(rules: readonly R[], municipalityId: string, areaM2: number): R | null {
  const inBand = (r: R) => areaM2 >= r.minAreaM2 && (r.maxAreaM2 === null || areaM2 < r.maxAreaM2);
  return rules.find((r) => r.municipalityId === municipalityId && inBand(r)) ?? rules.find((r) => r.municipalityId === null && inBand(r)) ?? null;
}

export function computePermitFee(rule: PermitFeeRuleRow, kind: { nameAr: string; nameEn: string }, areaM2: number): PermitFee {
  if (!Number.isSafeInteger(areaM2) || areaM2 < 1 || areaM2 > MAX_AREA_M2) throw new RangeError(`area must be an integer in 1..${MAX_AREA_M2}, got ${areaM2}`);
  const lines: PermitFeeLine[] = [];
  if (rule.baseHalalas > 0) lines.push({ kind: "FEE", descriptionAr: `رسم إصدار ${kind.nameAr}`, descriptionEn: `${kind.nameEn} issuance fee`, amountHalalas: rule.baseHalalas });
  const perArea = areaM2 * rule.perSquareMeterHalalas;
  if (perArea > 0) lines.push({ kind: "FEE", descriptionAr: `رسم المساحة (${areaM2} م²)`, descriptionEn: `Area fee (${areaM2} m²)`, amountHalalas: perArea });
  return { lines, totalHalalas: lines.reduce((s, l) => s + l.amountHalalas, 0) };
}

/** The area the fee is measured on: the built-up area for building and restoration, the land for demolition. */
export function feeAreaOf(category: "BUILDING" | "DEMOLITION" | "RESTORATION", p: { landAreaM2: number | null; builtUpAreaM2: number | null }): number {
  const area = category === "DEMOLITION" ? p.landAreaM2 : (p.builtUpAreaM2 ?? p.landAreaM2);
  return area ?? 0;
}
