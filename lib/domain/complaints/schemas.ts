/**
 * Zod schemas of the complaints area shared by the citizen's forms (without the files, which the form
 * keeps outside react-hook-form) and the commands (with them). Every preprocess is idempotent: the
 * server parses again what the browser's resolver produced.
 * The staff side's schemas (refer, assign, note, update, resolve, reject, merge) live in staff-schemas.ts.
 */
import { z, zSaudiMobile } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { insideSaudiArabia } from "@/lib/kernel/geo";
import { zOptionalCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { MAX_COMPLAINT_PHOTOS } from "@/lib/domain/complaints/workflow";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);

/** A decimal coordinate typed by a person or set by the map; empty → undefined. */
export const zCoordinate = zOptionalCoordinate("complaints:errors.coordinateFormat");

/** A complaint reference as people type it: "c 1234 5678" → "C12345678". */
export function normalizeReference(v: string): string {
  return toLatinDigits(v).replace(/[\s-]+/g, "").toUpperCase();
}
export const zReference = z.preprocess(
  (v) => (typeof v === "string" ? normalizeReference(v) : v),
  z
    .string()
    .min(1, { error: "validation:required" })
    .regex(/^C\d{5,12}$/, { error: "complaints:errors.referenceFormat" })
    .refine((s) => isValidCheckDigitNumber("C", s), { error: "complaints:errors.referenceFormat" }),
);

export { zUpload };

const fileShape = {
  categoryId: z.string().trim().min(1, { error: "complaints:errors.chooseCategory" }).max(40),
  description: z
    .string()
    .trim()
    .min(10, { error: "complaints:errors.descriptionShort" })
    .max(2000),
  districtId: z.string().trim().max(40).optional().default(""),
  addressText: z.string().trim().max(200).optional().default(""),
  latitude: zCoordinate,
  longitude: zCoordinate,
  /** Only asked of a person without an account (a signed-in citizen's name comes from the account). */
  reporterName: z.string().trim().max(100).optional().default(""),
  locale: z.enum(["ar", "en"]).optional().default("ar"),
};

type Place = { districtId?: string; latitude?: number; longitude?: number };
const placeGiven = (v: Place, ctx: z.RefinementCtx) => {
  const hasLat = typeof v.latitude === "number";
  const hasLng = typeof v.longitude === "number";
  if (hasLat !== hasLng) {
    ctx.addIssue({ code: "custom", path: [hasLat ? "longitude" : "latitude"], message: "validation:required" });
    return;
  }
  if (hasLat && hasLng && !insideSaudiArabia(v.latitude!, v.longitude!)) {
    ctx.addIssue({ code: "custom", path: ["latitude"], message: "validation:coordinates" });
    ctx.addIssue({ code: "custom", path: ["longitude"], message: "validation:coordinates" });
    return;
  }
  if (!hasLat && !v.districtId) {
    ctx.addIssue({ code: "custom", path: ["districtId"], message: "complaints:errors.placeRequired" });
  }
};

/** The filing form (the page adds the photos, see ZFileComplaint). */
export const ZFileComplaintForm = z.object(fileShape).superRefine(placeGiven);
export const ZFileComplaint = z
  .object({ ...fileShape, photos: z.array(zUpload).max(MAX_COMPLAINT_PHOTOS, { error: "complaints:errors.tooManyPhotos" }).optional().default([]) })
  .superRefine(placeGiven);
export type FileComplaintFormInput = z.input<typeof ZFileComplaintForm>;
export type FileComplaintInput = z.output<typeof ZFileComplaint>;

// ── Mobile confirmation by a one-time SMS code (filing and tracking without an account) ──
export const OTP_PURPOSE_COMPLAINT = "complaint";
export const ZRequestOtp = z.object({ mobile: zSaudiMobile });
export const ZVerifyOtp = z.object({
  mobile: zSaudiMobile,
  code: z.preprocess(
    (v) => (typeof v === "string" ? toLatinDigits(v).replace(/\s+/g, "") : v),
    z.string().min(1, { error: "validation:required" }).regex(/^\d{6}$/, { error: "complaints:errors.codeFormat" }),
  ),
});
export type RequestOtpInput = z.input<typeof ZRequestOtp>;
export type VerifyOtpInput = z.input<typeof ZVerifyOtp>;

// ── Tracking without an account: the reference and the mobile it was filed with ──
export const ZTrackComplaint = z.object({ reference: zReference, mobile: zSaudiMobile });
export type TrackComplaintInput = z.input<typeof ZTrackComplaint>;

// ── After the resolution (within 7 days): rate once, or reopen with a reason ──
/** `mobile` is set by the tracking page (a guest proves it with the reference + mobile pair). */
const ownerShape = { reference: zReference, mobile: z.string().trim().max(20).optional().default("") };

export const ZRateComplaintForm = z.object({
  rating: z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? Number(toLatinDigits(v)) : v),
    z.number({ error: "complaints:errors.chooseRating" }).int().min(1, { error: "complaints:errors.chooseRating" }).max(5, { error: "complaints:errors.chooseRating" }),
  ),
  comment: z.string().trim().max(1000).optional().default(""),
});
export const ZRateComplaint = ZRateComplaintForm.extend(ownerShape);
export type RateComplaintFormInput = z.input<typeof ZRateComplaintForm>;

export const ZReopenComplaintForm = z.object({
  reason: z.string().trim().min(10, { error: "complaints:errors.reasonShort" }).max(1000),
});
export const ZReopenComplaint = ZReopenComplaintForm.extend(ownerShape);
export type ReopenComplaintFormInput = z.input<typeof ZReopenComplaintForm>;

export const ZComplaintRef = z.object({ complaintId: id });
