import type { DbOrTx } from "@/lib/db";
import { DUPLICATE_RADIUS_METERS, DUPLICATE_WINDOW_DAYS } from "@/lib/domain/complaints/workflow";

export type LikelyDuplicate = {
  id: string;
  reference: string;
  status: "NEW" | "IN_PROGRESS";
  createdAt: Date;
  distanceMeters: number;
  description: string;
};

/**
 * Complaints that are probably about the same thing as `complaint`: same category, still open
 * (NEW / IN_PROGRESS), filed less than DUPLICATE_WINDOW_DAYS days before it (or after it: the officer
 * looking at the older complaint sees the newer reports too), within DUPLICATE_RADIUS_METERS
 * of its point (haversine on lat/lng in SQL, no PostGIS; a bounding box first so the index on
 * (categoryId, status, createdAt) does the filtering). Never the complaint itself nor one already
 * merged into it. Nearest first. A complaint without coordinates has none.
 *
 * Scope: the caller has already loaded `complaint` within the actor's scope; the candidates are in
 * the same municipality's Amanah by construction (a 50 m radius never crosses Amanahs here), and the
 * staff page shows only references, so this does not widen what the officer sees.
 */
export async function likelyDuplicates(
  db: DbOrTx,
  complaint: { id: string; categoryId: string; latitude: number | null; longitude: number | null; createdAt: Date },
  limit = 10,
): Promise<LikelyDuplicate[]> {
  if (complaint.latitude === null || complaint.longitude === null) return [];
  const lat = complaint.latitude;
  const lng = complaint.longitude;
  const windowMs = DUPLICATE_WINDOW_DAYS * 24 * 60 * 60 * 1000;
  const since = new Date(complaint.createdAt.getTime() - windowMs);
  const until = new Date(complaint.createdAt.getTime() + windowMs);
  // 1° of latitude ≈ 111 km; pad the box a little, the haversine decides.
  const dLat = (DUPLICATE_RADIUS_METERS * 1.2) / 111_000;
  const dLng = dLat / Math.max(0.01, Math.cos((lat * Math.PI) / 180));
  const rows = await db.$queryRaw<Array<{ id: string; reference: string; status: "NEW" | "IN_PROGRESS"; createdAt: Date; description: string; distance: number }>>`
    SELECT * FROM (
      SELECT c.id, c.reference, c.status::text AS status, c."createdAt", c.description,
             2 * 6371008.8 * asin(least(1, sqrt(
               power(sin(radians(c.latitude - ${lat}::float8) / 2), 2)
               + cos(radians(${lat}::float8)) * cos(radians(c.latitude))
                 * power(sin(radians(c.longitude - ${lng}::float8) / 2), 2)
             ))) AS distance
      FROM "Complaint" c
      WHERE c."categoryId" = ${complaint.categoryId}
        AND c.status IN ('NEW', 'IN_PROGRESS')
        AND c.id <> ${complaint.id}
        AND (c."duplicateOfId" IS NULL OR c."duplicateOfId" <> ${complaint.id})
        AND c."createdAt" >= ${since}
        AND c."createdAt" <= ${until}
        AND c.latitude BETWEEN ${lat - dLat}::float8 AND ${lat + dLat}::float8
        AND c.longitude BETWEEN ${lng - dLng}::float8 AND ${lng + dLng}::float8
    ) near
    WHERE near.distance <= ${DUPLICATE_RADIUS_METERS}::float8
    ORDER BY near.distance ASC, near."createdAt" ASC
    LIMIT ${limit}
  `;
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    createdAt: r.createdAt,
    description: r.description,
    distanceMeters: Math.round(Number(r.distance)),
  }));
}
