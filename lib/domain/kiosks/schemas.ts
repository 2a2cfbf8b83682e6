/** zod schemas of the kiosk channel, shared by the kiosk screens and the server (issue 14). */
import { z, zNationalId } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { KIOSK_SERVICES, LOCATION_KINDS } from "@/lib/domain/kiosks/rules";

export const ZIdentify = z.object({ nationalId: zNationalId, locale: z.enum(["ar", "en"]).optional().default("ar") });
export const ZVerifyKioskCode = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? toLatinDigits(v).replace(/\s+/g, "") : v), z.string().regex(/^\d{6}$/, { error: "kiosks:identify.errors.codeFormat" })),
});
export const ZKioskPay = z.object({
  billNumber: z.string().trim().regex(/^\d{10}$/, { error: "kiosks:pay.errors.billUnknown" }),
  /** One per payment attempt, made by the kiosk screen when the person taps "pay"; sent again on a retry. */
  idempotencyKey: z.string().trim().regex(/^[A-Za-z0-9-]{16,64}$/, { error: "validation:required" }),
});
export const ZReceiptSms = z.object({ receiptCode: z.string().trim().regex(/^R\d{4,14}$/, { error: "kiosks:pay.errors.receiptUnknown" }) });
export const ZHeartbeat = z.object({
  paper: z.enum(["OK", "LOW", "OUT"]),
  printer: z.enum(["OK", "ERROR", "OFFLINE"]),
  appVersion: z.string().trim().max(32).regex(/^[A-Za-z0-9._-]*$/).optional(),
});
export const ZDeviceKey = z.object({ key: z.string().trim().min(10).max(120) });

const coordinate = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === "string" ? Number(toLatinDigits(v).trim()) : v), z.number({ error: "validation:coordinates" }).min(min, { error: "validation:coordinates" }).max(max, { error: "validation:coordinates" }));

/** Staff register a kiosk (the fleet page's form). */
export const ZRegisterKiosk = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.string().regex(/^[A-Z0-9-]{2,16}$/, { error: "kiosks:fleet.errors.codeFormat" })),
  nameAr: z.string().trim().min(2, { error: "validation:required" }).max(120),
  nameEn: z.string().trim().min(2, { error: "validation:required" }).max(120),
  locationKind: z.enum(LOCATION_KINDS, { error: "validation:required" }),
  addressAr: z.string().trim().min(2, { error: "validation:required" }).max(200),
  addressEn: z.string().trim().min(2, { error: "validation:required" }).max(200),
  latitude: coordinate(16, 33),
  longitude: coordinate(34, 56),
  municipalityId: z.string().trim().min(1, { error: "validation:required" }).max(40),
});
export type RegisterKioskInput = z.input<typeof ZRegisterKiosk>;
export const ZKioskId = z.object({ kioskId: z.string().trim().min(1).max(40) });
export const ZSetKioskStatus = z.object({ kioskId: z.string().trim().min(1).max(40), status: z.enum(["ACTIVE", "DISABLED"]), reason: z.string().trim().max(200).optional().default("") });
export const ZKioskService = z.enum(KIOSK_SERVICES);
