/**
 * Workers' health certificates (الشهادة الصحية): the zod schemas shared by the forms and the commands.
 */
import { z, zNationalId, zRequiredText } from "@/lib/validation";

/** The establishment owner asks for a worker's certificate (then the worker visits a medical center). */
export const ZRequestHealthCert = z.object({
  licenseId: z.string().min(1, { error: "healthCerts:request.errors.chooseLicense" }).max(40),
  workerName: zRequiredText(120),
  workerNationalId: zNationalId,
  workerNationality: zRequiredText(60),
  occupation: zRequiredText(80),
});
export type RequestHealthCertInput = z.output<typeof ZRequestHealthCert>;

export const EXAM_RESULTS = ["FIT", "UNFIT"] as const;

/** The medical examiner records the examination: FIT issues the certificate; UNFIT needs the reason. */
export const ZRecordExam = z
  .object({
    certificateId: z.string().min(1).max(40),
    result: z.enum(EXAM_RESULTS, { error: "healthCerts:exam.errors.chooseResult" }),
    notes: z.string().trim().max(1000).default(""),
  })
  .refine((v) => v.result === "FIT" || v.notes.length >= 5, { path: ["notes"], error: "healthCerts:exam.errors.notesRequired" });
export type RecordExamInput = z.output<typeof ZRecordExam>;

/** The examiner's search: a certificate number (H…) or the worker's national ID / iqama. */
export const ZExamSearch = z.object({ q: z.string().trim().max(20).default("") });
