import { z } from "@/lib/validation";

/** Page filters from URL search params; bad values fall back to defaults (never a 500). */
export type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "DEAD"] as const;
export type OutboxStatusFilter = (typeof OUTBOX_STATUSES)[number];

const page = z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1);

export const ZSmsLogFilters = z.object({
  /** Any spelling of a mobile number, or part of one. */
  to: z
    .preprocess((v) => {
      const s = first(v);
      return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
    }, z.string().max(20).optional())
    .catch(undefined),
  page,
});

export const ZOutboxFilters = z.object({
  status: z.preprocess(first, z.enum(OUTBOX_STATUSES).optional()).catch(undefined),
  page,
});

export const ZRetryDead = z.object({ id: z.string().trim().min(1).max(64) });

export function parseSmsLogFilters(params: SearchParams) {
  return ZSmsLogFilters.parse(params ?? {});
}
export function parseOutboxFilters(params: SearchParams) {
  return ZOutboxFilters.parse(params ?? {});
}
