/**
 * Geography every area shares (pure, client-safe, no zod: the complaint map imports it): Saudi Arabia's bounding
 * box and great-circle distance. The zod pieces of a coordinate pair are in lib/kernel/geo-schemas.ts.
 */

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
