import type { Tx } from "@/lib/db";
import { MAX_SHOP_PHOTOS, MIN_SHOP_PHOTOS } from "@/lib/domain/licensing/schemas";
import { AppError } from "@/lib/errors";

/** How many documents of each purpose an application holds (stored with storeFiles, lib/kernel/store-files.ts). */
export async function documentCounts(tx: Tx, applicationId: string): Promise<{ lease: number; crCopy: number; shopPhotos: number }> {
  const rows = await tx.storedFile.groupBy({ by: ["purpose"], where: { applicationId }, _count: { _all: true } });
  const n = (p: string) => rows.find((r) => r.purpose === p)?._count._all ?? 0;
  return { lease: n("LEASE"), crCopy: n("CR_COPY"), shopPhotos: n("SHOP_PHOTO") };
}

type Establishment = {
  id: string;
  tradeNameAr: string | null;
  commercialRegNo: string | null;
  activityId: string | null;
  municipalityId: string | null;
  districtId: string | null;
  addressAr: string | null;
  latitude: number | null;
  longitude: number | null;
  areaM2: number | null;
  signAreaM2: number | null;
};

/** The first incomplete wizard step (1 establishment, 2 documents), or null when both are complete. */
export async function firstIncompleteStep(tx: Tx, app: Establishment): Promise<1 | 2 | null> {
  const fields = [app.tradeNameAr, app.commercialRegNo, app.activityId, app.municipalityId, app.districtId, app.addressAr, app.latitude, app.longitude, app.areaM2, app.signAreaM2];
  if (fields.some((f) => f === null || f === undefined)) return 1;
  const docs = await documentCounts(tx, app.id);
  if (docs.lease < 1 || docs.crCopy < 1 || docs.shopPhotos < MIN_SHOP_PHOTOS || docs.shopPhotos > MAX_SHOP_PHOTOS) return 2;
  return null;
}

export async function assertComplete(tx: Tx, app: Establishment): Promise<void> {
  const step = await firstIncompleteStep(tx, app);
  if (step) throw new AppError("INVALID_STATE", { message: `licensing:errors.stepMissing?step=${step}` });
}
