import { toLatinDigits } from "@/lib/kernel/digits";
import { z, zRequiredText, zText } from "@/lib/validation";

/** The catalogue's vocabularies (prisma enums EServiceCategory, Audience, EServiceChannel). */
export const CATEGORIES = ["TRANSACTIONAL", "INTERACTIVE", "INFORMATIONAL", "INTEGRATIVE"] as const;
export type Category = (typeof CATEGORIES)[number];
export const AUDIENCES = ["CITIZEN", "BUSINESS", "OFFICE", "AGENCY"] as const;
export type ServiceAudience = (typeof AUDIENCES)[number];
export const CHANNELS = ["WEB", "KIOSK", "API"] as const;
export type Channel = (typeof CHANNELS)[number];

export const MAX_LIST_LINES = 20;

/** One item per line (requirements, documents, steps): blank lines ignored, at most 20 lines of 300 characters. */
export function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}
const zLines = (required: boolean) =>
  zText(MAX_LIST_LINES * 310)
    .refine((s) => !required || linesOf(s).length > 0, { error: "catalogue:errors.atLeastOneLine" })
    .refine((s) => linesOf(s).length <= MAX_LIST_LINES, { error: `catalogue:errors.tooManyLines?max=${MAX_LIST_LINES}` })
    .refine((s) => linesOf(s).every((l) => l.length <= 300), { error: "catalogue:errors.lineTooLong?max=300" });

/** A portal path without the locale prefix ("/bills/inquiry"), or empty when the service is not online here. */
const zLivePath = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string().max(200).regex(/^(|\/(?!\/)[a-z0-9\-/._?=&#]*)$/, { error: "catalogue:errors.livePath" }),
);

/** The fee when it is one amount, in riyals as typed ("150", "150.50", Arabic-Indic digits); empty when it depends. */
const zFeeRiyals = z.preprocess(
  (v) => (typeof v === "string" ? toLatinDigits(v).replace(/[,\s]/g, "") : v),
  z.string().regex(/^(|\d{1,6}(\.\d{1,2})?)$/, { error: "catalogue:errors.fee" }),
);

export const zServiceCode = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string().min(1, { error: "validation:required" }).regex(/^(INF|INT|TRX|ITG)-[A-Z0-9]+(-[A-Z0-9]+)*$/, { error: "catalogue:errors.code" }).max(48),
);

const fields = {
  category: z.enum(CATEGORIES, { error: "validation:required" }),
  audience: z.enum(AUDIENCES, { error: "validation:required" }),
  nameAr: zRequiredText(160),
  nameEn: zRequiredText(160),
  descriptionAr: zRequiredText(600),
  descriptionEn: zRequiredText(600),
  departmentAr: zRequiredText(160),
  departmentEn: zRequiredText(160),
  channels: z.array(z.enum(CHANNELS), { error: "catalogue:errors.channels" }).min(1, { error: "catalogue:errors.channels" }).max(3),
  livePath: zLivePath,
  requiresLogin: z.boolean(),
  requirementsAr: zLines(false),
  requirementsEn: zLines(false),
  documentsAr: zLines(false),
  documentsEn: zLines(false),
  stepsAr: zLines(true),
  stepsEn: zLines(true),
  feeRiyals: zFeeRiyals,
  feeAr: zRequiredText(400),
  feeEn: zRequiredText(400),
  durationAr: zRequiredText(120),
  durationEn: zRequiredText(120),
};

/** The administrator's form for a new service (it starts as a draft). */
export const ZCreateService = z.object({ code: zServiceCode, ...fields });
/** Editing a service: the code names it and never changes (links and guides print it). */
export const ZUpdateService = z.object({ code: zServiceCode, ...fields });
export const ZServiceCodeOnly = z.object({ code: zServiceCode });

export type ServiceFormInput = z.input<typeof ZCreateService>;
export type ServiceFields = z.output<typeof ZCreateService>;

/** Halalas from the typed riyals ("" → null: the fee depends, the text says how). */
export function feeHalalasOf(feeRiyals: string): number | null {
  if (feeRiyals === "") return null;
  const [whole, frac = ""] = feeRiyals.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}
