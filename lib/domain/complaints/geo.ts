/**
 * Pure geography of the complaints area: distances on the Earth and the municipalities' centre points
 * (used to route a complaint filed with coordinates but no district to the nearest municipality).
 */
import { distanceMeters } from "@/lib/kernel/geo";

/** Approximate centre of each seeded municipality (code → point), from its main districts. */
export const MUNICIPALITY_CENTRES: Readonly<Record<string, { lat: number; lng: number }>> = {
  "EP-DMM-C": { lat: 26.4330, lng: 50.1040 },
  "EP-DMM-E": { lat: 26.4680, lng: 50.1480 },
  "EP-DMM-W": { lat: 26.4020, lng: 50.0480 },
  "EP-DHR": { lat: 26.2900, lng: 50.1200 },
  "EP-KHB": { lat: 26.2790, lng: 50.2080 },
  "EP-QTF": { lat: 26.5560, lng: 50.0080 },
  "AHS-HOF": { lat: 25.3790, lng: 49.5860 },
  "AHS-MUB": { lat: 25.4110, lng: 49.5800 },
};

/** A point farther than this from every municipality centre is outside the area the Amanah serves. */
export const SERVICE_RADIUS_M = 60_000;

/** The code of the nearest municipality among `codes` (those with a known centre), or null beyond SERVICE_RADIUS_M. */
export function nearestMunicipalityCode(point: { lat: number; lng: number }, codes: readonly string[]): string | null {
  let best: { code: string; d: number } | null = null;
  for (const code of codes) {
    const c = MUNICIPALITY_CENTRES[code];
    if (!c) continue;
    const d = distanceMeters(point, c);
    if (!best || d < best.d) best = { code, d };
  }
  return best && best.d <= SERVICE_RADIUS_M ? best.code : null;
}

/** Where the map opens when nothing is chosen yet: Dammam's corniche. */
export const DEFAULT_MAP_CENTRE = { lat: 26.4330, lng: 50.1040 } as const;
