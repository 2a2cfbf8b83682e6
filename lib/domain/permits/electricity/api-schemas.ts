/**
 * The agency API v1's permit search response, as zod schemas (the OpenAPI document is generated from them,
 * lib/api/openapi.ts). What a connection needs only: never the owner's mobile, national ID or documents.
 */
import { z } from "@/lib/validation";

const ZName = z.object({ nameAr: z.string(), nameEn: z.string() });
const ZCertificateState = z
  .object({
    status: z.enum(["VALID", "CANCELLED", "NONE"]),
    number: z.string().nullable(),
    issuedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "PermitCertificateState", description: "The permit's certificate of one type: VALID, CANCELLED or NONE (never issued)." });

export const ZUtilityPermit = z
  .object({
    number: z.string().meta({ example: "P1000017" }),
    kind: z.object({ code: z.string(), category: z.enum(["BUILDING", "DEMOLITION", "RESTORATION"]), nameAr: z.string(), nameEn: z.string() }),
    status: z.string().meta({ description: "ISSUED, COMPLETED or CANCELLED (the municipality cancelled the permit; its certificates are CANCELLED too)" }),
    planNo: z.string(),
    parcelNo: z.string(),
    district: ZName,
    municipality: ZName,
    ownerName: z.string(),
    issuedAt: z.iso.datetime().nullable(),
    insulation: ZCertificateState,
    completion: ZCertificateState,
    connection: z
      .object({ number: z.string(), status: z.enum(["REQUESTED", "ISSUED", "REFUSED", "CANCELLED"]), clearanceNo: z.string().nullable(), requestedAt: z.iso.datetime(), decidedAt: z.iso.datetime().nullable() })
      .nullable()
      .meta({ description: "The latest electricity connection request and its clearance, if any." }),
  })
  .meta({ id: "UtilityPermit" });

export const ZPermitSearchResponse = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().meta({ description: "Permits matching the criteria (all pages)." }),
    permits: z.array(ZUtilityPermit),
  })
  .meta({ id: "PermitSearchResponse" });

export const ZDistrictsResponse = z
  .object({ districts: z.array(z.object({ id: z.string(), nameAr: z.string(), nameEn: z.string(), municipality: ZName })) })
  .meta({ id: "DistrictsResponse" });
