import { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { bucketStart, eachDay, type Period } from "@/lib/domain/insights/days";
import type { Better, Label, Name } from "@/lib/domain/insights/types";

/** Bilingual names of the things a breakdown groups by (ids from the daily rows). */
const TABLES = {
  municipality: `SELECT id, "nameAr", "nameEn" FROM "Municipality"`,
  district: `SELECT id, "nameAr", "nameEn" FROM "District"`,
  category: `SELECT id, "nameAr", "nameEn" FROM "ComplaintCategory"`,
  department: `SELECT id, "nameAr", "nameEn" FROM "Department"`,
  office: `SELECT id, "nameAr", "nameEn" FROM "LicensingOffice"`,
  article: `SELECT id, "titleAr" AS "nameAr", "titleEn" AS "nameEn" FROM "ViolationArticle"`,
  permitKind: `SELECT id, "nameAr", "nameEn" FROM "PermitKind"`,
  service: `SELECT id, "nameAr", "nameEn" FROM "AppointmentService"`,
  kiosk: `SELECT id, "nameAr", "nameEn" FROM "KioskDevice"`,
} as const;

export async function namesOf(db: DbOrTx, table: keyof typeof TABLES, ids: string[]): Promise<Map<string, Name>> {
  const wanted = [...new Set(ids.filter(Boolean))];
  if (!wanted.length) return new Map();
  const rows = await db.$queryRaw<(Name & { id: string })[]>`${Prisma.raw(TABLES[table])} WHERE id = ANY(${wanted}::text[])`;
  return new Map(rows.map((r) => [r.id, { nameAr: r.nameAr, nameEn: r.nameEn }]));
}

/** A name, or the dictionary's "not set" (a complaint without a district …). */
export function nameOr(names: Map<string, Name>, id: string): Label {
  return names.get(id) ?? { key: "insights:unknown" };
}

export const key = (k: string, params?: Record<string, string | number>): Label => (params ? { key: k, params } : { key: k });

/** The first day of every trend bucket of the period, in order. */
export function bucketsOf(p: Period, bucket: "day" | "week" | "month"): string[] {
  return [...new Set(eachDay(p).map((d) => bucketStart(d, bucket)))];
}

/**
 * Whether a change of `pct` percent is good news for a figure that should move `better`: "good", "bad", or
 * "neutral" (no change, nothing to compare, or a figure that is neither).
 */
export function changeTone(pct: number | null, better: Better = "up"): "good" | "bad" | "neutral" {
  if (pct === null || pct === 0 || better === "neither") return "neutral";
  return (pct > 0) === (better === "up") ? "good" : "bad";
}

/** Change in percent from `previous` to `value`; null when there is nothing to compare. */
export function changePercent(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return Math.round(((value - previous) / previous) * 1000) / 10;
}
