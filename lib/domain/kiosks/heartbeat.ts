import "server-only";
import { createLimiter } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { consumeQuota } from "@/lib/domain/identity/quota";
import type { KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { HEARTBEATS_PER_MINUTE } from "@/lib/domain/kiosks/rules";
import { ZHeartbeat } from "@/lib/domain/kiosks/schemas";
import { fromZodError } from "@/lib/action-result";

const perDevice = createLimiter("kiosk_heartbeat", HEARTBEATS_PER_MINUTE, 60);

/** A kiosk's agent reports it is online, and its paper and printer state (rate-limited per device). */
export async function recordHeartbeat(device: KioskDeviceContext, raw: unknown, now: Date = new Date()): Promise<{ receivedAt: string }> {
  await consumeQuota(perDevice, device.id, "kiosks:errors.heartbeatTooFast");
  const parsed = ZHeartbeat.safeParse(raw);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fromZodError(parsed.error).fieldErrors });
  await db.kioskDevice.update({
    where: { id: device.id },
    data: { lastSeenAt: now, paperState: parsed.data.paper, printerState: parsed.data.printer, appVersion: parsed.data.appVersion ?? null },
  });
  return { receivedAt: now.toISOString() };
}
