/**
 * Settings the browser needs. Next inlines `process.env.NEXT_PUBLIC_*` written literally, at build time,
 * so these are constants in client bundles (nothing secret here). Apart from lib/env.ts, whose zod schema of the
 * server's settings would otherwise come along into every page that shows a map (≈ 35 kB compressed; decision 042).
 */
export const publicEnv = {
  MAP_TILE_URL: process.env.NEXT_PUBLIC_MAP_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  MAP_TILE_ATTRIBUTION: process.env.NEXT_PUBLIC_MAP_TILE_ATTRIBUTION || "© OpenStreetMap contributors",
} as const;
