import { z } from "@/lib/validation";
import { riyadhDay, riyadhInstant } from "@/lib/kernel/riyadh-days";

/**
 * Filters of the audit log page, parsed from URL search params. The URL is typed by people and
 * shared around, so a bad value falls back to its default instead of failing the page.
 */
export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_AUDIT_PAGE_SIZE = 50;

/** Next's searchParams shape: a repeated key arrives as an array; we use its first value. */
export type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

const optionalText = z.preprocess(
  (v) => {
    const s = first(v);
    return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
  },
  z.string().max(100).optional(),
).catch(undefined);

const DAY_MS = 24 * 60 * 60 * 1000;

function riyadhDayStart(v: unknown): Date | undefined {
  const s = first(v);
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = riyadhInstant(s);
  // Rejects impossible dates such as 2025-02-30 (which Date would roll over).
  if (Number.isNaN(d.getTime()) || riyadhDay(d) !== s) return undefined;
  return d;
}

const positiveInt = (fallback: number, max: number) =>
  z.preprocess(first, z.coerce.number().int().min(1).max(max)).catch(fallback);

export const ZAuditFilters = z
  .object({
    entityType: optionalText,
    action: optionalText,
    /** Matches the actor's label (username / national ID / system:<job>) or exact user id. */
    actor: optionalText,
    /** Calendar days in Asia/Riyadh, inclusive, as typed in <input type="date">: YYYY-MM-DD. */
    from: z.unknown().optional().transform(riyadhDayStart),
    to: z.unknown().optional().transform(riyadhDayStart),
    page: positiveInt(1, 100_000),
    pageSize: z
      .preprocess(first, z.coerce.number().pipe(z.union(AUDIT_PAGE_SIZES.map((n) => z.literal(n)))))
      .catch(DEFAULT_AUDIT_PAGE_SIZE),
  })
  .transform((f) => ({
    entityType: f.entityType,
    action: f.action,
    actorQuery: f.actor,
    from: f.from,
    // The day named in "to" is included: the bound is the start of the next day (exclusive).
    to: f.to ? new Date(f.to.getTime() + DAY_MS) : undefined,
    page: f.page,
    pageSize: f.pageSize,
  }));

export type AuditFilters = z.output<typeof ZAuditFilters>;

/** Never throws: every field has a fallback. */
export function parseAuditFilters(params: SearchParams): AuditFilters {
  return ZAuditFilters.parse(params ?? {});
}
