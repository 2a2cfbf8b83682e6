import type { Tx } from "@/lib/db";
import type { KioskServiceName } from "@/lib/domain/kiosks/rules";

/** One use of a service at a kiosk (no personal data: the fleet page counts these per kiosk and per service). */
export async function recordUsage(tx: Tx, deviceId: string, service: KioskServiceName): Promise<void> {
  await tx.kioskUsage.create({ data: { deviceId, service } });
}
