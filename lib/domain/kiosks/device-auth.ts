import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deviceCodeOf, hashDeviceKey } from "@/lib/domain/kiosks/device-key";

/**
 * Who is asking, for every kiosk request: the DEVICE, by its key (Authorization: Kiosk <key> from its agent, or the
 * httpOnly device cookie of its screen). Checked on every request against the database, so a kiosk disabled on the
 * fleet page is refused at its very next request. Missing, malformed or unknown key → UNAUTHENTICATED; disabled → FORBIDDEN.
 */
export type KioskDeviceContext = {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
  municipalityId: string;
  paperState: "OK" | "LOW" | "OUT" | null;
  printerState: "OK" | "ERROR" | "OFFLINE" | null;
};

export async function authenticateDevice(key: string | null | undefined, client: DbOrTx = db): Promise<KioskDeviceContext> {
  if (!key || !deviceCodeOf(key)) throw new AppError("UNAUTHENTICATED", { message: "kiosks:errors.deviceUnknown" });
  const device = await client.kioskDevice.findUnique({
    where: { keyHash: hashDeviceKey(key.trim()) },
    select: { id: true, code: true, nameAr: true, nameEn: true, municipalityId: true, status: true, paperState: true, printerState: true },
  });
  // The code inside the key must be the device's own: a key is never valid for another kiosk.
  if (!device || device.code !== deviceCodeOf(key)) throw new AppError("UNAUTHENTICATED", { message: "kiosks:errors.deviceUnknown" });
  if (device.status !== "ACTIVE") throw new AppError("FORBIDDEN", { message: "kiosks:errors.deviceDisabled" });
  const { status: _status, ...ctx } = device;
  return ctx;
}
