/**
 * Zod schemas of the licensing office's steps, shared by the office's forms and the commands
 * (lib/domain/licensing/commands/office-*.ts). The inspection photos are added by the page outside
 * react-hook-form (ZRecordInspection = the form + photos), like the violations area.
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia as inSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";

export const MIN_INSPECTION_PHOTOS = 1;
export const MAX_INSPECTION_PHOTOS = 5;
export const NOTE_MIN = 10;
export const NOTE_MAX = 2000;

const applicationId = z.string().trim().min(1, { error: "validation:required" }).max(40);
const optionalNote = z.string().trim().max(NOTE_MAX).optional().default("");
const requiredNote = (key: string) => z.string().trim().min(1, { error: "validation:required" }).min(NOTE_MIN, { error: `${key}?min=${NOTE_MIN}` }).max(NOTE_MAX);

/** take / accept / health approval / manager approval: an optional note for the history. */
export const ZOfficeStep = z.object({ applicationId, note: optionalNote });
/** Any return to the citizen: what they must change, in words they understand. */
export const ZOfficeReturn = z.object({ applicationId, note: requiredNote("licensingOffice:errors.noteTooShort") });
/** Any rejection: the reason, shown to the citizen. */
export const ZOfficeReject = z.object({ applicationId, reason: requiredNote("licensingOffice:errors.reasonTooShort") });
export type OfficeStepInput = z.input<typeof ZOfficeStep>;
export type OfficeReturnInput = z.input<typeof ZOfficeReturn>;
export type OfficeRejectInput = z.input<typeof ZOfficeReject>;

/** A decimal coordinate typed or filled in by the phone's geolocation (Arabic digits accepted). */
const coordinate = zCoordinate("licensingOffice:errors.coordinateFormat");
/** The GPS accuracy in metres reported by the phone; empty when typed by hand. */
const accuracy = z.preprocess(
  (v) => {
    if (typeof v === "number") return v;
    if (typeof v !== "string" || v.trim() === "") return undefined;
    const s = toLatinDigits(v).trim();
    return /^\d{1,6}(\.\d{1,3})?$/.test(s) ? Number(s) : v;
  },
  z.number({ error: "licensingOffice:errors.accuracyFormat" }).min(0).max(100_000).optional(),
);

/** Checklist answers by item key; unanswered radios (null / "") are dropped, the command reports them. */
const answers = z.preprocess(
  (v) => (v && typeof v === "object" ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, a]) => a === "ok" || a === "fail")) : v),
  z.record(z.string().regex(/^[a-zA-Z]{2,40}$/), z.enum(["ok", "fail"])),
);

const inspectionShape = {
  applicationId,
  answers,
  notes: z.string().trim().max(NOTE_MAX).optional().default(""),
  latitude: coordinate,
  longitude: coordinate,
  accuracyM: accuracy,
};

export const ZInspectionForm = z.object(inspectionShape).superRefine(inSaudiArabia);
/** The inspector's form for one checklist: the same schema, plus "every item answered" on the answers field. */
export function inspectionFormFor(items: readonly string[]) {
  return z
    .object({
      ...inspectionShape,
      answers: answers.superRefine((v, ctx) => {
        const missing = items.filter((k) => v[k] !== "ok" && v[k] !== "fail").length;
        if (missing) ctx.addIssue({ code: "custom", message: `licensingOffice:errors.answerAll?n=${missing}` });
      }),
    })
    .superRefine(inSaudiArabia);
}
export const ZRecordInspection = z
  .object({
    ...inspectionShape,
    photos: z
      .array(zUpload)
      .min(MIN_INSPECTION_PHOTOS, { error: "licensingOffice:errors.photoRequired" })
      .max(MAX_INSPECTION_PHOTOS, { error: `licensingOffice:errors.tooManyPhotos?max=${MAX_INSPECTION_PHOTOS}` }),
  })
  .superRefine(inSaudiArabia);
export type InspectionFormInput = z.input<typeof ZInspectionForm>;

/** Queue filters from the URL (anything unknown is ignored, never an error page). */
export const QUEUE_KINDS = ["COMMERCIAL", "HEALTH"] as const;
