import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { createLimiter } from "@/lib/auth/rate-limit";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/domain/audit/record";
import { consumeQuota } from "@/lib/domain/identity/quota";
import { requestOtp, verifyOtp } from "@/lib/domain/identity/otp";
import type { KioskDeviceContext } from "@/lib/domain/kiosks/device-auth";
import { IDENTIFICATIONS_PER_DEVICE_HOUR, sessionAlive, sessionExpiry } from "@/lib/domain/kiosks/rules";
import { ZIdentify, ZVerifyKioskCode } from "@/lib/domain/kiosks/schemas";
import { recordUsage } from "@/lib/domain/kiosks/usage";
import { fromZodError } from "@/lib/action-result";
import { transaction } from "@/lib/kernel/transaction";

/**
 * The person at a kiosk (docs/decisions/021-kiosk-channel.md). NOT the web session: a random token in its own httpOnly
 * cookie, stored only as a hash, bound to the device that opened it (another device's request with the same token
 * is refused), opened by national ID + one-time SMS code (the identity area's OTP machinery), ended by "finish", by
 * the screen's idle timer, by the server's idle limit, or by a hard limit. Its actor is the person's account reduced
 * to the CITIZEN role, marked channel KIOSK, so the web's own commands run for it unchanged.
 */
export const KIOSK_OTP_PURPOSE = "kiosk";
const perDevice = createLimiter("kiosk_identify", IDENTIFICATIONS_PER_DEVICE_HOUR, 60 * 60);

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: import("zod").ZodError } }, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new AppError("VALIDATION", { fieldErrors: fromZodError(r.error).fieldErrors });
  return r.data;
}

/**
 * Step 1: a national ID. Ends whatever session the device still had, opens a new one waiting for its code, and
 * sends the code to the account's mobile. The answer is the same whether or not the ID has an account (a
 * passer-by learns nothing about who is registered); an ID without one simply never receives a code.
 */
export async function startIdentification(device: KioskDeviceContext, raw: unknown, now: Date = new Date()): Promise<{ token: string }> {
  const input = parse(ZIdentify, raw);
  await consumeQuota(perDevice, device.id, "kiosks:identify.errors.tooMany");
  const token = randomBytes(32).toString("base64url");
  await transaction(async (tx) => {
    await tx.kioskSession.updateMany({ where: { deviceId: device.id, endedAt: null }, data: { endedAt: now, endReason: "REPLACED" } });
    const user = await tx.user.findUnique({ where: { nationalId: input.nationalId }, select: { id: true, active: true, mobile: true } });
    const holder = user?.active ? user : null;
    await tx.kioskSession.create({ data: { deviceId: device.id, tokenHash: hashToken(token), userId: holder?.id ?? null, lastActiveAt: now, expiresAt: sessionExpiry(now) } });
    if (holder) {
      // Per-address OTP limits are keyed by kiosk + person: a mall kiosk is one address serving many people; the
      // device's own quota above stops one kiosk cycling through IDs, the per-mobile quotas protect each phone.
      await requestOtp(tx, { mobile: holder.mobile, purpose: KIOSK_OTP_PURPOSE, ip: `kiosk:${device.code}:${input.nationalId}`, locale: input.locale }, now);
    }
  });
  return { token };
}

type OpenSession = { id: string; userId: string | null; verifiedAt: Date | null; lastActiveAt: Date; expiresAt: Date; endedAt: Date | null };

async function openSession(device: KioskDeviceContext, token: string | null | undefined, now: Date): Promise<OpenSession | null> {
  if (!token) return null;
  const s = await db.kioskSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, deviceId: true, userId: true, verifiedAt: true, lastActiveAt: true, expiresAt: true, endedAt: true },
  });
  if (!s || s.deviceId !== device.id || !sessionAlive(s, now)) return null;
  return s;
}

/** Step 2: the six-digit code. A wrong code counts an attempt (committed) and is refused; a right one opens the session. */
export async function verifyIdentification(device: KioskDeviceContext, token: string | null | undefined, raw: unknown, now: Date = new Date()): Promise<{ nameAr: string; nameEn: string }> {
  const input = parse(ZVerifyKioskCode, raw);
  const session = await openSession(device, token, now);
  if (!session || session.verifiedAt) throw new AppError("UNAUTHENTICATED", { message: "kiosks:identify.errors.expired" });
  const result = await transaction(async (tx) => {
    const user = session.userId ? await tx.user.findUnique({ where: { id: session.userId }, select: { id: true, mobile: true, nameAr: true, nameEn: true, nationalId: true } }) : null;
    if (!user) return { error: "kiosks:identify.errors.wrongCode" } as const;
    const check = await verifyOtp(tx, { mobile: user.mobile, purpose: KIOSK_OTP_PURPOSE, code: input.code }, now);
    if (!check.ok) return { error: check.error.startsWith("complaints:otp.errors.wrongCode") ? "kiosks:identify.errors.wrongCode" : "kiosks:identify.errors.expired" } as const;
    const { count } = await tx.kioskSession.updateMany({ where: { id: session.id, verifiedAt: null, endedAt: null }, data: { verifiedAt: now, lastActiveAt: now } });
    if (count !== 1) return { error: "kiosks:identify.errors.expired" } as const;
    await recordUsage(tx, device.id, "IDENTIFY");
    await recordAudit(tx, { system: `kiosk:${device.code}` }, { action: "kiosk.identify", entityType: "User", entityId: user.id, after: { kiosk: device.code, sessionId: session.id } });
    return { nameAr: user.nameAr, nameEn: user.nameEn } as const;
  });
  // The attempt is committed either way (CommitThenFail semantics): a guesser cannot retry for free.
  if ("error" in result) {
    // A wrong code keeps the session (the person types it again); an expired one ends it (the cookie goes).
    if (result.error === "kiosks:identify.errors.wrongCode") throw new AppError("VALIDATION", { message: result.error, fieldErrors: { code: result.error } });
    throw new AppError("UNAUTHENTICATED", { message: result.error });
  }
  return result;
}

export type KioskPerson = { actor: Actor; sessionId: string };

/**
 * The identified person of this request, or UNAUTHENTICATED (no session, another device's, idle, ended, not yet
 * verified). Touches the session (the server's idle limit counts from the last request).
 */
export async function requireKioskPerson(device: KioskDeviceContext, token: string | null | undefined, now: Date = new Date()): Promise<KioskPerson> {
  const session = await openSession(device, token, now);
  if (!session?.verifiedAt || !session.userId) throw new AppError("UNAUTHENTICATED", { message: "kiosks:errors.sessionEnded" });
  const account = await loadActor(db, session.userId);
  if (!account || !account.roles.includes("CITIZEN")) throw new AppError("UNAUTHENTICATED", { message: "kiosks:errors.sessionEnded" });
  await db.kioskSession.update({ where: { id: session.id }, data: { lastActiveAt: now } });
  const actor: Actor = {
    ...account,
    // At a public machine the person acts only as a citizen, whatever else their account may do.
    roles: ["CITIZEN"],
    amanahIds: [],
    municipalityIds: [],
    officeId: null,
    medicalCenterId: null,
    officeBlock: null,
    pendingStep: null,
    label: `${account.label} @kiosk:${device.code}`,
    channel: "KIOSK",
  };
  return { actor, sessionId: session.id };
}

/** "Finish", the idle wipe, or a new person: the session ends now (idempotent; an unknown token changes nothing). */
export async function endKioskSession(device: KioskDeviceContext, token: string | null | undefined, reason: "FINISHED" | "IDLE", now: Date = new Date()): Promise<void> {
  if (!token) return;
  await db.kioskSession.updateMany({ where: { tokenHash: hashToken(token), deviceId: device.id, endedAt: null }, data: { endedAt: now, endReason: reason } });
}
