/**
 * The zod pieces of a coordinate pair typed by a person or filled in by the browser's geolocation, for the
 * areas' schemas. Apart from lib/kernel/geo.ts so that a client component needing only the geometry does not
 * ship zod (decision 042).
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { insideSaudiArabia } from "@/lib/kernel/geo";

/** "26.43", "٢٦٫٤٣" → 26.43; empty → undefined (so "required" can be told from "badly typed"). Idempotent. */
function toCoordinate(v: unknown): unknown {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || v.trim() === "") return undefined;
  const s = toLatinDigits(v).trim().replace("\u066b", ".");
  return /^-?\d{1,3}(\.\d{1,8})?$/.test(s) ? Number(s) : v;
}

/** A required decimal coordinate; `formatKey` is the area's message for a badly typed one. */
export function zCoordinate(formatKey: string) {
  return z.preprocess(toCoordinate, z.number({ error: (iss) => (iss.input === undefined ? "validation:required" : formatKey) }));
}

/** An optional decimal coordinate (empty → undefined). */
export function zOptionalCoordinate(formatKey: string) {
  return z.preprocess(toCoordinate, z.number({ error: formatKey }).optional());
}

/** superRefine for an object with latitude/longitude: both fields get "validation:coordinates" outside the Kingdom. */
export function refineInSaudiArabia(v: { latitude?: number; longitude?: number }, ctx: z.RefinementCtx): void {
  if (typeof v.latitude !== "number" || typeof v.longitude !== "number") return;
  if (!insideSaudiArabia(v.latitude, v.longitude)) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "validation:coordinates" });
    ctx.addIssue({ code: "custom", path: ["longitude"], message: "validation:coordinates" });
  }
}
