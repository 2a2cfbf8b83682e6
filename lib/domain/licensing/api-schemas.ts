/**
 * The agency REST API v1 — its zod schemas are the contract: the route handlers validate with them and
 * the OpenAPI document (/api/v1/openapi.json, lib/api/openapi.ts) is generated from them, so the
 * documentation cannot drift from what the server accepts.
 */
import { z } from "@/lib/validation";

export const API_VERSION = "1.0.0";

/** A license number as printed on the certificate: "L" + 7 digits + check digit. */
export const ZLicenseNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^L\d{8}$/, { error: "healthCerts:api.badLicenseNumber" })
  .meta({ id: "LicenseNumber", description: "The license number printed on the certificate.", example: "L10000011" });

/** Why another agency cancels a license (kept in the audit log with the free-text reason). */
export const CANCEL_REASON_CODES = ["LABOR_LAW_VIOLATION", "TAX_NONCOMPLIANCE", "COMMERCIAL_REGISTRATION_CANCELLED", "COURT_ORDER", "OTHER"] as const;
export type CancelReasonCode = (typeof CANCEL_REASON_CODES)[number];

export const ZCancelLicenseRequest = z
  .strictObject({
    reasonCode: z.enum(CANCEL_REASON_CODES).meta({ description: "The category of the reason." }),
    reason: z
      .string()
      .trim()
      .min(5, { error: "validation:required" })
      .max(500)
      .meta({ description: "The reason in words, as the holder and the municipality will read it (Arabic or English, 5–500 characters).", example: "مخالفة نظام العمل: تشغيل عمالة دون تصاريح." }),
  })
  .meta({ id: "CancelLicenseRequest", description: "Cancels a license with immediate effect." });
export type CancelLicenseRequest = z.output<typeof ZCancelLicenseRequest>;

const ZLicenseStatus = z.enum(["ACTIVE", "EXPIRED", "SUSPENDED", "CANCELLED"]).meta({ id: "LicenseStatus" });
const ZName = z.object({ ar: z.string(), en: z.string() });

/** What the certificate shows, plus its live status — never the holder's national ID or mobile. */
export const ZLicensePublic = z
  .object({
    number: z.string().meta({ example: "L10000011" }),
    kind: z.enum(["COMMERCIAL", "HEALTH"]),
    status: ZLicenseStatus,
    tradeNameAr: z.string(),
    commercialRegNo: z.string().meta({ example: "2050123456" }),
    holderName: z.string(),
    activity: ZName,
    municipality: ZName,
    office: ZName.nullable(),
    issuedAt: z.iso.datetime(),
    validFrom: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    cancelledBy: z.string().nullable().meta({ description: 'Who cancelled it: "owner", "committee" or "agency:<CODE>".' }),
  })
  .meta({ id: "License" });
export type LicensePublic = z.output<typeof ZLicensePublic>;

export const ZLicenseResponse = z.object({ license: ZLicensePublic }).meta({ id: "LicenseResponse" });

export const ZCancelLicenseResponse = z
  .object({
    license: ZLicensePublic,
    revokedHealthCertificates: z.array(z.string()).meta({ description: "Numbers of the workers' health certificates revoked with the license." }),
  })
  .meta({ id: "CancelLicenseResponse" });

export const API_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "MALFORMED_REQUEST",
  "PAYLOAD_TOO_LARGE",
  "VALIDATION",
  "NOT_FOUND",
  "INVALID_STATE",
  "CONFLICT",
  "INTERNAL",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ZApiError = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().meta({ description: "Readable explanation, in Arabic when the request's Accept-Language prefers Arabic, else in English." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "VALIDATION only: the message of each invalid field." }),
    }),
  })
  .meta({ id: "Error" });
export type ApiErrorBody = z.output<typeof ZApiError>;
