/**
 * Zod schemas of the permits area, shared by the forms and the commands (client-safe). Every preprocess is
 * idempotent: the server parses again what the browser's resolver produced.
 */
import { z, zText } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { DEED_RE, PARCEL_RE, PLAN_RE, normalizeRef } from "@/lib/domain/permits/formats";
import { PERMIT_DOCUMENT_PURPOSES } from "@/lib/domain/permits/documents";

export const MAX_LAND_AREA_M2 = 1_000_000;
export const MAX_FLOORS = 60;
export const MAX_FILES_PER_PURPOSE = 5;

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);
const choice = (key: string) => z.string().trim().min(1, { error: key }).max(40);
const ref = (re: RegExp, key: string) =>
  z.preprocess((v) => (typeof v === "string" ? normalizeRef(v) : v), z.string().min(1, { error: "validation:required" }).max(20).regex(re, { error: key }));

/** A whole number typed by a person (Arabic digits accepted). */
const whole = (min: number, max: number) =>
  z.preprocess(
    (v) => {
      if (typeof v === "number") return v;
      if (typeof v !== "string" || v.trim() === "") return undefined;
      const s = toLatinDigits(v).trim();
      return /^\d{1,7}$/.test(s) ? Number(s) : v;
    },
    z
      .number({ error: (iss) => (iss.input === undefined ? "validation:required" : "permits:errors.wholeNumber") })
      .int({ error: "permits:errors.wholeNumber" })
      .min(min, { error: `validation:tooSmall?minimum=${min}` })
      .max(max, { error: `validation:tooBig?maximum=${max}` }),
  );
/** Metres with up to two decimals (setbacks). */
const metres = z.preprocess(
  (v) => {
    if (typeof v === "number") return v;
    if (typeof v !== "string" || v.trim() === "") return undefined;
    const s = toLatinDigits(v).trim().replace("\u066b", ".");
    return /^\d{1,3}(\.\d{1,2})?$/.test(s) ? Number(s) : v;
  },
  z.number({ error: (iss) => (iss.input === undefined ? "validation:required" : "permits:errors.metres") }).min(0).max(100, { error: "validation:tooBig?maximum=100" }),
);

const landRef = {
  districtId: choice("permits:errors.chooseDistrict"),
  deedNo: ref(DEED_RE, "permits:errors.deedFormat"),
  planNo: ref(PLAN_RE, "permits:errors.planFormat"),
  parcelNo: ref(PARCEL_RE, "permits:errors.parcelFormat"),
};

/** The owner authorizes an engineering office (by its engineering license number) for one parcel. */
export const ZAuthorizeOffice = z.object({
  officeLicenseNo: z.preprocess((v) => (typeof v === "string" ? toLatinDigits(v).trim().toUpperCase() : v), z.string().min(1, { error: "validation:required" }).max(20)),
  municipalityId: choice("permits:errors.chooseMunicipality"),
  ...landRef,
});
export type AuthorizeOfficeInput = z.input<typeof ZAuthorizeOffice>;

export const PERMIT_USES = ["RESIDENTIAL", "COMMERCIAL", "MIXED"] as const;

/** The permit's data, as the office fills it in (files are outside react-hook-form, like licensing). */
export const ZPermitForm = z
  .object({
    permitId: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(40).optional()),
    authorizationId: id,
    kindId: choice("permits:errors.chooseKind"),
    latitude: zCoordinate("permits:errors.coordinateFormat"),
    longitude: zCoordinate("permits:errors.coordinateFormat"),
    landAreaM2: whole(1, MAX_LAND_AREA_M2),
    floors: whole(0, MAX_FLOORS),
    use: z.enum(PERMIT_USES, { error: "permits:errors.chooseUse" }),
    builtUpAreaM2: whole(0, MAX_LAND_AREA_M2 * MAX_FLOORS),
    setbackFrontM: metres,
    setbackRearM: metres,
    setbackSideM: metres,
  })
  .superRefine(refineInSaudiArabia);
export type PermitFormInput = z.input<typeof ZPermitForm>;

const fileList = z.array(zUpload).max(MAX_FILES_PER_PURPOSE, { error: `permits:errors.tooManyFiles?max=${MAX_FILES_PER_PURPOSE}` }).optional().default([]);

/** What the save command receives: the form plus the files, one list per document purpose. */
export const ZSavePermit = z.object({
  ...ZPermitForm.shape,
  ...(Object.fromEntries(PERMIT_DOCUMENT_PURPOSES.map((p) => [p, fileList])) as Record<(typeof PERMIT_DOCUMENT_PURPOSES)[number], typeof fileList>),
}).superRefine(refineInSaudiArabia);

/** A step that names the permit and the version the page showed (optimistic lock). */
const step = { permitId: id, version: z.coerce.number().int().min(0) };
export const ZPermitStep = z.object(step);
export const ZReviewAccept = z.object({ ...step, notes: zText(2000).optional().default("") });
export const ZReviewReturn = z.object({ ...step, notes: zText(2000).min(5, { error: "validation:tooShort?minimum=5" }) });
export const ZReviewReject = ZReviewReturn;
export const ZReviewTransfer = z.object({
  ...step,
  toDepartmentId: choice("permits:errors.chooseDepartment"),
  notes: zText(2000).min(5, { error: "validation:tooShort?minimum=5" }),
  attachments: z.array(zUpload).max(MAX_FILES_PER_PURPOSE).optional().default([]),
});
export const ZReassignPermit = z.object({ ...step, officeLicenseNo: ZAuthorizeOffice.shape.officeLicenseNo });

/** Public inquiry of a permit by its number. */
export const ZPermitInquiry = z.object({ number: z.preprocess((v) => (typeof v === "string" ? toLatinDigits(v).trim().toUpperCase() : v), z.string().min(1, { error: "validation:required" }).max(16)) });

/** Why the municipality cancels an issued permit (the PermitCancelGround enum; labels in permits:cancel.grounds). */
export const PERMIT_CANCEL_GROUNDS = ["OWNER_REQUEST", "VIOLATION", "FALSE_DOCUMENTS", "AUTHORITY_ORDER"] as const;
/** The signatory cancels an issued permit: a ground and the reasons the owner will read (at least a sentence). */
export const ZCancelPermit = z.object({
  ...step,
  ground: z.enum(PERMIT_CANCEL_GROUNDS, { error: "permits:errors.chooseCancelGround" }),
  reason: zText(2000).min(10, { error: "validation:tooShort?minimum=10" }),
});
/** The owner asks the municipality to cancel their issued permit: why, in a sentence at least. */
export const ZRequestPermitCancel = z.object({ ...step, reason: zText(2000).min(10, { error: "validation:tooShort?minimum=10" }) });
/** The signatory declines the owner's request: the reasons the owner reads. */
export const ZDeclinePermitCancel = ZRequestPermitCancel;
