/**
 * Zod schemas of the after-issue part, shared by the forms and the commands. The inspection photos are added
 * by the page outside react-hook-form (ZRecordPermitInspection = the form + photos), like licensing's visit.
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { CERTIFICATE_TYPES, INSPECTION_STAGES } from "./prerequisites";

export const MIN_PERMIT_PHOTOS = 1;
export const MAX_PERMIT_PHOTOS = 5;
export const NOTES_MAX = 2000;
const K = "permitsAfterIssue:errors";

/** A permit / certificate / request number as typed (spaces and dashes removed, Arabic digits Latin, upper case). */
export const zNumber = z.preprocess(
  (v) => (typeof v === "string" ? toLatinDigits(v).replace(/[\s\u00a0-]+/g, "").toUpperCase() : v),
  z.string().min(1, { error: "validation:required" }).regex(/^[A-Z]{1,3}\d{5,13}$/, { error: `${K}.numberFormat` }),
);

const accuracy = z.preprocess(
  (v) => {
    if (typeof v === "number") return v;
    if (typeof v !== "string" || v.trim() === "") return undefined;
    const s = toLatinDigits(v).trim();
    return /^\d{1,6}(\.\d{1,3})?$/.test(s) ? Number(s) : v;
  },
  z.number({ error: `${K}.accuracyFormat` }).min(0).max(100_000).optional(),
);

const inspectionShape = {
  permitNumber: zNumber,
  stage: z.enum(INSPECTION_STAGES, { error: `${K}.stageRequired` }),
  result: z.enum(["PASS", "FAIL"], { error: `${K}.resultRequired` }),
  notes: z.string().trim().max(NOTES_MAX).optional().default(""),
  latitude: zCoordinate(`${K}.coordinateFormat`),
  longitude: zCoordinate(`${K}.coordinateFormat`),
  accuracyM: accuracy,
};

export const ZPermitInspectionForm = z
  .object(inspectionShape)
  .superRefine(refineInSaudiArabia)
  .superRefine((v, ctx) => {
    if (v.result === "FAIL" && v.notes.trim().length < 10) ctx.addIssue({ code: "custom", path: ["notes"], message: `${K}.failNotes?min=10` });
  });
export type PermitInspectionFormInput = z.input<typeof ZPermitInspectionForm>;

export const ZRecordPermitInspection = z
  .object({
    ...inspectionShape,
    photos: z
      .array(zUpload)
      .min(MIN_PERMIT_PHOTOS, { error: `${K}.photoRequired` })
      .max(MAX_PERMIT_PHOTOS, { error: `${K}.tooManyPhotos?max=${MAX_PERMIT_PHOTOS}` }),
  })
  .superRefine(refineInSaudiArabia)
  .superRefine((v, ctx) => {
    if (v.result === "FAIL" && v.notes.trim().length < 10) ctx.addIssue({ code: "custom", path: ["notes"], message: `${K}.failNotes?min=10` });
  });

export const ZIssuePermitCertificate = z.object({ permitNumber: zNumber, type: z.enum(CERTIFICATE_TYPES) });
export const ZRequestConnection = z.object({ permitNumber: zNumber });
export const ZIssueClearance = z.object({ connectionNumber: zNumber });
