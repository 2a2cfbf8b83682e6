/**
 * Zod schemas of the violations area, shared by the forms (without the files, which the form keeps
 * outside react-hook-form) and the commands (with them). Every preprocess is idempotent: the server
 * parses again what the browser's resolver produced.
 */
import { z } from "@/lib/validation";
import { toLatinDigits } from "@/lib/kernel/digits";
import { refineInSaudiArabia as inSaudiArabia, zCoordinate } from "@/lib/kernel/geo-schemas";
import { zUpload } from "@/lib/kernel/uploads";
import { MAX_OBJECTION_DOCUMENTS, MAX_PHOTOS, parseRiyals } from "@/lib/domain/violations/rules";
import { DECISIONS } from "@/lib/domain/violations/workflow";

const id = z.string().trim().min(1, { error: "validation:required" }).max(40);

/** Riyals typed by a person → integer halalas (a number passes through: it is already halalas). */
const toHalalas = (v: unknown) => {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || v.trim() === "") return undefined;
  return parseRiyals(v) ?? v;
};
const halalas = (formatKey: string) =>
  z.preprocess(toHalalas, z.number({ error: (iss) => (iss.input === undefined ? "validation:required" : formatKey) }).int());
const optionalHalalas = (formatKey: string) =>
  z.preprocess(toHalalas, z.number({ error: formatKey }).int().optional()).optional();

const coordinate = zCoordinate("violations:record.errors.coordinateFormat");

const recordShape = {
  establishmentId: id,
  articleId: z.string().trim().min(1, { error: "violations:record.errors.chooseArticle" }).max(40),
  fine: halalas("violations:record.errors.fineFormat"),
  notes: z.string().trim().max(1000).optional().default(""),
  latitude: coordinate,
  longitude: coordinate,
};

/** The inspector's form (the photos are added by the page, see ZRecordViolation). */
export const ZRecordViolationForm = z.object(recordShape).superRefine(inSaudiArabia);
export const ZRecordViolation = z
  .object({ ...recordShape, photos: z.array(zUpload).max(MAX_PHOTOS).optional().default([]) })
  .superRefine(inSaudiArabia);
export type RecordViolationFormInput = z.input<typeof ZRecordViolationForm>;

const objectionShape = {
  violationId: id,
  reason: z.string().trim().min(20).max(2000),
};
export const ZFileObjectionForm = z.object(objectionShape);
export const ZFileObjection = z.object({ ...objectionShape, documents: z.array(zUpload).max(MAX_OBJECTION_DOCUMENTS).optional().default([]) });
export type FileObjectionFormInput = z.input<typeof ZFileObjectionForm>;

export const ZDecideObjection = z
  .object({
    objectionId: id,
    decision: z.enum(DECISIONS, { error: "violations:decide.errors.chooseDecision" }),
    note: z.string().trim().min(1, { error: "validation:required" }).max(2000),
    reducedTo: optionalHalalas("violations:decide.errors.amountFormat"),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REDUCE" && typeof v.reducedTo !== "number") {
      ctx.addIssue({ code: "custom", path: ["reducedTo"], message: "validation:required" });
    }
    if (typeof v.reducedTo === "number" && v.reducedTo < 0) {
      ctx.addIssue({ code: "custom", path: ["reducedTo"], message: "violations:decide.errors.amountFormat" });
    }
  });
export type DecideObjectionInput = z.input<typeof ZDecideObjection>;

/** Look-up text: a violation number, an owner's national ID or a commercial registration number. */
export function normalizeLookup(q: string | undefined): string {
  return toLatinDigits(q ?? "").replace(/\s+/g, "").toUpperCase().slice(0, 32);
}
