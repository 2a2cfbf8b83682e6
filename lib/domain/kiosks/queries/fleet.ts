import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { rolesAllow } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { KIOSK_SERVICES, kioskHealth, type KioskHealth, type KioskServiceName } from "@/lib/domain/kiosks/rules";

export type FleetKioskDTO = {
  id: string;
  code: string;
  nameAr: string;
  nameEn: string;
  locationKind: "GOVERNMENT_OFFICE" | "MALL" | "HOTEL";
  addressAr: string;
  addressEn: string;
  latitude: number;
  longitude: number;
  municipality: { nameAr: string; nameEn: string };
  status: "ACTIVE" | "DISABLED";
  health: KioskHealth;
  lastSeenAt: Date | null;
  paperState: "OK" | "LOW" | "OUT" | null;
  printerState: "OK" | "ERROR" | "OFFLINE" | null;
  usage: Record<KioskServiceName, number>;
  usageTotal: number;
  /** What the page may offer (from the status). */
  canDisable: boolean;
  canEnable: boolean;
};

export const USAGE_WINDOW_DAYS = 30;

/** The whole fleet (run centrally by administrators), with their health and their use per service over 30 days. */
export async function fleet(actor: Actor, now: Date = new Date()): Promise<{ kiosks: FleetKioskDTO[]; perService: Record<KioskServiceName, number>; municipalities: { id: string; nameAr: string; nameEn: string }[] }> {
  if (!rolesAllow(actor.roles, "kiosks.manage")) throw new AppError("FORBIDDEN");
  const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
  const [rows, usage, municipalities] = await Promise.all([
    db.kioskDevice.findMany({
            orderBy: { code: "asc" },
      select: { id: true, code: true, nameAr: true, nameEn: true, locationKind: true, addressAr: true, addressEn: true, latitude: true, longitude: true, status: true, lastSeenAt: true, paperState: true, printerState: true, municipality: { select: { nameAr: true, nameEn: true } } },
    }),
    db.kioskUsage.groupBy({ by: ["deviceId", "service"], where: { at: { gte: since } }, _count: { _all: true } }),
    db.municipality.findMany({ orderBy: { code: "asc" }, select: { id: true, nameAr: true, nameEn: true } }),
  ]);
  const empty = () => Object.fromEntries(KIOSK_SERVICES.map((s) => [s, 0])) as Record<KioskServiceName, number>;
  const perService = empty();
  const perKiosk = new Map<string, Record<KioskServiceName, number>>();
  for (const u of usage) {
    const m = perKiosk.get(u.deviceId) ?? empty();
    m[u.service] += u._count._all;
    perService[u.service] += u._count._all;
    perKiosk.set(u.deviceId, m);
  }
  const kiosks = rows.map((k): FleetKioskDTO => {
    const u = perKiosk.get(k.id) ?? empty();
    return { ...k, health: kioskHealth(k, now), usage: u, usageTotal: Object.values(u).reduce((a, b) => a + b, 0), canDisable: k.status === "ACTIVE", canEnable: k.status === "DISABLED" };
  });
  return { kiosks, perService, municipalities };
}
