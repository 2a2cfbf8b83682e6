/**
 * Geography every area shares (pure, client-safe): Saudi Arabia's bounding box, great-circle distance,
 * and the zod pieces of a coordinate pair typed by a person or filled in by the browser's geolocation.
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";

/** Saudi Arabia's bounding box (generous at the edges; the inspector is at the shop). */
export const SAUDI_BOUNDS = { minLat: 16.0, maxLat: 32.2, minLng: 34.4, maxLng: 55.7 } as const;

export function insideSaudiArabia(lat: number, lng: number): boolean {
  return lat >= SAUDI_BOUNDS.minLat && lat <= SAUDI_BOUNDS.maxLat && lng >= SAUDI_BOUNDS.minLng && lng <= SAUDI_BOUNDS.maxLng;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres (haversine). complaints/duplicates.ts computes the same formula in SQL. */
export function distanceMeters(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
