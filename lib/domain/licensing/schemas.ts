/**
 * Zod schemas of the citizen's side of licensing, shared by the wizard's forms and the commands.
 * The files of the documents step are kept by the page outside react-hook-form (like the violations
 * area): ZDocumentsStepForm is what the form validates, ZDocumentsStep is what the command receives.
 * Every preprocess is idempotent: the server parses again what the browser's resolver produced.
 * The office's steps have their own schemas in office-schemas.ts.
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia as inSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { MAX_SHOP_PHOTOS } from "@/lib/domain/licensing/limits";

export const WIZARD_STEPS = [1, 2, 3, 4] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
// The photo limits are in a module without zod: the documents step's form reads one (decision 042).
export { MAX_SHOP_PHOTOS, MIN_SHOP_PHOTOS } from "@/lib/domain/licensing/limits";
export const MAX_AREA_M2 = 100_000;
export const MAX_SIGN_AREA_M2 = 500;
/** Document purposes on StoredFile. */
export const DOC_PURPOSES = { lease: "LEASE", crCopy: "CR_COPY", shopPhotos: "SHOP_PHOTO" } as const;

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);
const optionalId = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(40).optional());

/** Digits typed in Arabic-Indic or Latin, spaces removed. */
const digitsOnly = (v: unknown) => (typeof v === "string" ? toLatinDigits(v).replace(/[\s-]/g, "") : v);

/** A whole number of square metres typed by a person (Arabic digits accepted). */
const squareMeters = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      if (typeof v === "number") return v;
      if (typeof v !== "string" || v.trim() === "") return undefined;
      const s = toLatinDigits(v).trim();
      return /^\d{1,6}$/.test(s) ? Number(s) : v;
    },
    z
      .number({ error: (iss) => (iss.input === undefined ? "validation:required" : "licensing:errors.wholeNumber") })
      .int({ error: "licensing:errors.wholeNumber" })
      .min(min, { error: `validation:tooSmall?minimum=${min}` })
      .max(max, { error: `validation:tooBig?maximum=${max}` }),
  );

/** A decimal coordinate typed or filled in by the browser's geolocation. */
const coordinate = zCoordinate("licensing:errors.coordinateFormat");

const establishmentShape = {
  tradeNameAr: z.string().trim().min(2, { error: "validation:required" }).max(120),
  tradeNameEn: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(120).optional().default("")),
  commercialRegNo: z.preprocess(digitsOnly, z.string().min(1, { error: "validation:required" }).regex(/^\d{10}$/, { error: "validation:crNumber" })),
  activityId: z.string().trim().min(1, { error: "licensing:errors.chooseActivity" }).max(40),
  municipalityId: z.string().trim().min(1, { error: "licensing:errors.chooseMunicipality" }).max(40),
  districtId: z.string().trim().min(1, { error: "licensing:errors.chooseDistrict" }).max(40),
  addressAr: z.string().trim().min(5, { error: "validation:tooShort?minimum=5" }).max(300),
  latitude: coordinate,
  longitude: coordinate,
  areaM2: squareMeters(1, MAX_AREA_M2),
  signAreaM2: squareMeters(0, MAX_SIGN_AREA_M2),
};

/** Step 1 — the establishment. No applicationId: a new draft is created. */
export const ZEstablishmentStep = z.object({ applicationId: optionalId, ...establishmentShape }).superRefine(inSaudiArabia);
export type EstablishmentStepInput = z.input<typeof ZEstablishmentStep>;

/** Step 2 — the documents. The form holds no fields of its own: only the draft's ID. */
export const ZDocumentsStepForm = z.object({ applicationId: id });
export const ZDocumentsStep = z.object({
  applicationId: id,
  /** A new lease contract replaces the stored one; absent = keep it. */
  lease: zUpload.optional(),
  crCopy: zUpload.optional(),
  /** Photos to add. */
  shopPhotos: z.array(zUpload).max(MAX_SHOP_PHOTOS, { error: `licensing:errors.tooManyPhotos?max=${MAX_SHOP_PHOTOS}` }).optional().default([]),
  /** Stored photos to remove (their StoredFile IDs). */
  removeFileIds: z.array(z.string().max(40)).max(20).optional().default([]),
});

/** Step 3 — the accredited office: one of the offered offices, or "auto" (the least loaded). */
export const ZOfficeChoiceStep = z.object({
  applicationId: id,
  officeId: z.string().trim().min(1, { error: "licensing:errors.chooseOffice" }).max(40),
});
export type OfficeChoiceStepInput = z.input<typeof ZOfficeChoiceStep>;

/** Step 4 — the review: submit (the citizen confirms the data and the fee). */
export const ZSubmitApplication = z.object({
  applicationId: id,
  confirm: z.literal(true, { error: "licensing:errors.confirmRequired" }),
});
export type SubmitApplicationInput = z.input<typeof ZSubmitApplication>;

/** A returned application goes back to the office with the citizen's reply (what was changed). */
export const ZResubmitApplication = z.object({
  applicationId: id,
  note: z.string().trim().min(1, { error: "validation:required" }).min(5, { error: "validation:tooShort?minimum=5" }).max(2000),
});
export type ResubmitApplicationInput = z.input<typeof ZResubmitApplication>;

export const ZWithdrawApplication = z.object({ applicationId: id, reason: z.string().trim().max(500).optional().default("") });

export const ZRenewLicense = z.object({ licenseId: id });

export const ZCancelLicense = z.object({
  licenseId: id,
  reason: z.string().trim().min(1, { error: "validation:required" }).min(5, { error: "validation:tooShort?minimum=5" }).max(500),
  confirm: z.literal(true, { error: "licensing:errors.confirmRequired" }),
});
export type CancelLicenseInput = z.input<typeof ZCancelLicense>;
