/**
 * Shared zod building blocks for schemas.ts files. Importing zod from here guarantees the
 * localized error keys are configured (see lib/i18n/zod-messages.ts).
 */
import { z } from "zod";
import "@/lib/i18n/zod-messages";
import { isValidNationalId } from "@/lib/domain/identity/national-id";
import { normalizeSaudiMobile, toLatinDigits } from "@/lib/domain/identity/mobile";

export { z };

/** Trims and turns Arabic-Indic digits into Latin ones before validating. */
const digits = (s: unknown) => (typeof s === "string" ? toLatinDigits(s).trim() : s);

export const zNationalId = z.preprocess(
  digits,
  z.string().min(1, { error: "validation:required" }).refine(isValidNationalId, { error: "validation:nationalId" }),
);

export const zSaudiMobile = z.preprocess(
  (v) => (typeof v === "string" ? (normalizeSaudiMobile(v) ?? v) : v),
  z.string().min(1, { error: "validation:required" }).regex(/^9665\d{8}$/, { error: "validation:mobile" }),
);

export const zRequiredText = (max = 500) => z.string().trim().min(1, { error: "validation:required" }).max(max);
