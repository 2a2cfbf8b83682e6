import "server-only";
import { defineCommand } from "@/lib/domain/command";
import { recordAudit } from "@/lib/domain/audit/record";
import { generateDeviceKey } from "@/lib/domain/kiosks/device-key";
import { ZKioskId, ZRegisterKiosk, ZSetKioskStatus } from "@/lib/domain/kiosks/schemas";
import { AppError } from "@/lib/errors";

/**
 * The fleet is run centrally by the portal's administrators (kiosks.manage is ADMIN only): a kiosk belongs to a
 * municipality for its statistics and map, not for who may manage it (docs/decisions/021-kiosk-channel.md).
 */

/** Registers a kiosk; its device key is returned ONCE (only its hash is stored). */
export const registerKiosk = defineCommand({
  name: "kiosks.register",
  permission: "kiosks.manage",
  schema: ZRegisterKiosk,
  async run(tx, actor, input) {
    const municipality = await tx.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true } });
    if (!municipality) throw new AppError("VALIDATION", { fieldErrors: { municipalityId: "validation:required" } });
    if (await tx.kioskDevice.findUnique({ where: { code: input.code }, select: { id: true } })) throw new AppError("VALIDATION", { fieldErrors: { code: "kiosks:fleet.errors.codeTaken" } });
    const { key, hash } = generateDeviceKey(input.code);
    const kiosk = await tx.kioskDevice.create({ data: { ...input, keyHash: hash }, select: { id: true, code: true } });
    await recordAudit(tx, actor, { action: "kiosk.register", entityType: "KioskDevice", entityId: kiosk.id, municipalityId: input.municipalityId, after: { code: kiosk.code, locationKind: input.locationKind } });
    return { kioskId: kiosk.id, code: kiosk.code, deviceKey: key };
  },
});

/** A new device key (the old one stops working at once); returned ONCE. */
export const rotateKioskKey = defineCommand({
  name: "kiosks.rotateKey",
  permission: "kiosks.manage",
  schema: ZKioskId,
  async run(tx, actor, input) {
    const kiosk = await tx.kioskDevice.findFirst({ where: { id: input.kioskId }, select: { id: true, code: true, municipalityId: true } });
    if (!kiosk) throw new AppError("NOT_FOUND");
    const { key, hash } = generateDeviceKey(kiosk.code);
    await tx.kioskDevice.update({ where: { id: kiosk.id }, data: { keyHash: hash } });
    await tx.kioskSession.updateMany({ where: { deviceId: kiosk.id, endedAt: null }, data: { endedAt: new Date(), endReason: "DEVICE_DISABLED" } });
    await recordAudit(tx, actor, { action: "kiosk.rotateKey", entityType: "KioskDevice", entityId: kiosk.id, municipalityId: kiosk.municipalityId });
    return { kioskId: kiosk.id, code: kiosk.code, deviceKey: key };
  },
});

/** Disable a kiosk at once (its next request is refused, its open session ends), or put it back in service. */
export const setKioskStatus = defineCommand({
  name: "kiosks.setStatus",
  permission: "kiosks.manage",
  schema: ZSetKioskStatus,
  async run(tx, actor, input) {
    const kiosk = await tx.kioskDevice.findFirst({ where: { id: input.kioskId }, select: { id: true, code: true, status: true, municipalityId: true } });
    if (!kiosk) throw new AppError("NOT_FOUND");
    if (kiosk.status === input.status) return { kioskId: kiosk.id, status: kiosk.status };
    const now = new Date();
    await tx.kioskDevice.update({
      where: { id: kiosk.id },
      data: input.status === "DISABLED" ? { status: "DISABLED", disabledAt: now, disabledReason: input.reason || null } : { status: "ACTIVE", disabledAt: null, disabledReason: null },
    });
    if (input.status === "DISABLED") await tx.kioskSession.updateMany({ where: { deviceId: kiosk.id, endedAt: null }, data: { endedAt: now, endReason: "DEVICE_DISABLED" } });
    await recordAudit(tx, actor, { action: input.status === "DISABLED" ? "kiosk.disable" : "kiosk.enable", entityType: "KioskDevice", entityId: kiosk.id, municipalityId: kiosk.municipalityId, before: { status: kiosk.status }, after: { status: input.status, reason: input.reason || undefined } });
    return { kioskId: kiosk.id, status: input.status };
  },
});
