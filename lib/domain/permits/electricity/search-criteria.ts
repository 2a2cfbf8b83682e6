/**
 * The electricity company's permit search criteria (web form and agency API v1 share this schema).
 * Four criteria: issued within a date range (at most one year), plan number within a district, the owner's
 * national ID, the permit number. At least one is required; given together they narrow the search (AND).
 * Every search states its purpose (kept in PermitAccessLog). Pages hold at most MAX_PAGE_SIZE rows.
 * Pure: no database; unit-tested beside it (search-criteria.test.ts).
 */
import { isValidNationalId } from "@/lib/domain/identity/national-id";
import { toLatinDigits } from "@/lib/kernel/digits";
import { MAX_PAGE, noControlChars, z } from "@/lib/validation";
import { riyadhDaySpan } from "@/lib/kernel/riyadh-days";

export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
/** The longest date range: one year (a leap year's 366 days included). */
export const MAX_RANGE_DAYS = 366;
export const PURPOSE_MIN = 5;
export const PURPOSE_MAX = 300;

const DAY = 86_400_000;
const K = "permitsAfterIssue:search.errors";

/** "", null, undefined (an empty form field, an absent query parameter) → undefined; strings trimmed, Arabic digits Latin. */
const blankToUndefined = (v: unknown) => {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const s = toLatinDigits(v).trim();
  return s === "" ? undefined : s;
};

const isoDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${K}.dateFormat` })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: `${K}.dateFormat` })
    .optional(),
);

/** A plan (مخطط) number as printed on the deed: digits, Latin or Arabic letters, "/" or "-"; 1–20 characters. */
export const PLAN_NO = /^[0-9A-Za-z\u0621-\u064A/-]{1,20}$/;
/** A permit number: letters then digits (the check digit is checked by the lookup: an unknown number finds nothing). */
export const PERMIT_NO = /^[A-Z]{1,3}\d{5,13}$/;

const optional = (schema: z.ZodType<string>) => z.preprocess(blankToUndefined, schema.optional());

const intParam = (def: number, max: number, tooLargeKey: string) =>
  z.preprocess(
    (v) => {
      const b = blankToUndefined(v);
      if (b === undefined) return def;
      if (typeof b === "string" && /^\d{1,7}$/.test(b)) return Number(b);
      return b;
    },
    z.number({ error: `${K}.integer` }).int({ error: `${K}.integer` }).min(1, { error: `${K}.integer` }).max(max, { error: tooLargeKey }),
  );

export const ZPermitSearch = z
  .object({
    issuedFrom: isoDate,
    issuedTo: isoDate,
    districtId: optional(z.string().max(40, { error: `${K}.district` }).regex(/^[A-Za-z0-9_-]+$/, { error: `${K}.district` })),
    planNo: optional(z.string().toUpperCase().regex(PLAN_NO, { error: `${K}.planFormat` })),
    nationalId: optional(z.string().refine(isValidNationalId, { error: "validation:nationalId" })),
    number: optional(z.string().toUpperCase().regex(PERMIT_NO, { error: `${K}.numberFormat` })),
    purpose: z.preprocess(
      blankToUndefined,
      z
        .string({ error: `${K}.purposeRequired` })
        .min(PURPOSE_MIN, { error: `${K}.purposeShort?min=${PURPOSE_MIN}` })
        .max(PURPOSE_MAX, { error: `${K}.purposeLong?max=${PURPOSE_MAX}` })
        .refine(noControlChars, { error: "validation:controlChars" }),
    ),
    page: intParam(1, MAX_PAGE, `${K}.integer`),
    pageSize: intParam(DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, `${K}.pageSizeTooLarge?max=${MAX_PAGE_SIZE}`),
  })
  .superRefine((v, ctx) => {
    const hasRange = v.issuedFrom !== undefined || v.issuedTo !== undefined;
    if (hasRange) {
      if (v.issuedFrom === undefined) ctx.addIssue({ code: "custom", path: ["issuedFrom"], message: `${K}.rangeBoth` });
      if (v.issuedTo === undefined) ctx.addIssue({ code: "custom", path: ["issuedTo"], message: `${K}.rangeBoth` });
      if (v.issuedFrom !== undefined && v.issuedTo !== undefined) {
        const days = (Date.parse(`${v.issuedTo}T00:00:00Z`) - Date.parse(`${v.issuedFrom}T00:00:00Z`)) / DAY;
        if (days < 0) ctx.addIssue({ code: "custom", path: ["issuedTo"], message: `${K}.rangeReversed` });
        else if (days + 1 > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["issuedTo"], message: `${K}.rangeTooLong?max=${MAX_RANGE_DAYS}` });
      }
    }
    if (v.planNo !== undefined && v.districtId === undefined) ctx.addIssue({ code: "custom", path: ["districtId"], message: `${K}.districtRequired` });
    if (v.districtId !== undefined && v.planNo === undefined) ctx.addIssue({ code: "custom", path: ["planNo"], message: `${K}.planRequired` });
    if (!hasRange && v.planNo === undefined && v.districtId === undefined && v.nationalId === undefined && v.number === undefined) {
      ctx.addIssue({ code: "custom", path: ["criteria"], message: `${K}.noCriteria` });
    }
  });

export type PermitSearchInput = z.input<typeof ZPermitSearch>;
export type PermitSearch = z.output<typeof ZPermitSearch>;

/** The criteria as kept in the access log (no purpose, no paging): only what was given. */
export function criteriaOf(s: PermitSearch): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.issuedFrom) out.issuedFrom = s.issuedFrom;
  if (s.issuedTo) out.issuedTo = s.issuedTo;
  if (s.districtId) out.districtId = s.districtId;
  if (s.planNo) out.planNo = s.planNo;
  if (s.nationalId) out.nationalId = s.nationalId;
  if (s.number) out.number = s.number;
  return out;
}

/** The UTC instants of a date range: [from 00:00 Riyadh, to+1 00:00 Riyadh). Dates are Riyadh calendar days (UTC+3, no DST). */
export function rangeInstants(from: string, to: string): { gte: Date; lt: Date } {
  const { start, end } = riyadhDaySpan(from, to);
  return { gte: start, lt: end };
}
