import * as z from "@/lib/zod";
import { AGENCY_CALLS_PER_MINUTE } from "@/lib/api/agency-auth";
import { API_VERSION, CANCEL_REASON_CODES, ZApiError, ZCancelLicenseRequest, ZCancelLicenseResponse, ZLicenseNumber, ZLicenseResponse } from "@/lib/domain/licensing/api-schemas";
import { ZDistrictsResponse, ZPermitSearchResponse } from "@/lib/domain/permits/electricity/api-schemas";
import { PERMIT_SEARCH_PARAMETERS, permitSearchDescription } from "@/lib/domain/permits/electricity/openapi-parts";

/**
 * The OpenAPI 3.1 document of the agency API v1, GENERATED from the zod schemas the routes validate
 * with (zod 4's own JSON Schema output, which is the dialect OpenAPI 3.1 uses). Served at
 * GET /api/v1/openapi.json and summarised for people at /[lang]/developers.
 */

// Referencing the schemas registers their ids (their `.meta({ id })`) before the registry is read.
const COMPONENTS = [ZLicenseNumber, ZCancelLicenseRequest, ZLicenseResponse, ZCancelLicenseResponse, ZApiError, ZPermitSearchResponse, ZDistrictsResponse];
const COMPONENT_IDS = ["LicenseNumber", "CancelLicenseRequest", "LicenseStatus", "License", "LicenseResponse", "CancelLicenseResponse", "Error", "PermitCertificateState", "UtilityPermit", "PermitSearchResponse", "DistrictsResponse"];

type JsonObject = Record<string, unknown>;

function componentSchemas(): Record<string, JsonObject> {
  void COMPONENTS;
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: "input", unrepresentable: "any", uri: (id) => `#/components/schemas/${id}` });
  const out: Record<string, JsonObject> = {};
  for (const id of COMPONENT_IDS) {
    const schema = schemas[id] as JsonObject | undefined;
    if (!schema) throw new Error(`openapi: schema ${id} is not registered`);
    const { $schema: _s, $id: _i, id: _id, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string, description: string) => ({ description, content: { "application/json": { schema: ref(id) } } });

const errorResponses = (extra: Record<string, string>) => ({
  "401": json("Error", "UNAUTHENTICATED — no key, or a key that is unknown or disabled."),
  "403": json("Error", "FORBIDDEN — the key lacks the endpoint's scope."),
  "404": json("Error", "NOT_FOUND — no license has this number."),
  "422": json("Error", "VALIDATION — a path parameter or a body field is invalid (see error.fields)."),
  "429": { ...json("Error", `RATE_LIMITED — more than ${AGENCY_CALLS_PER_MINUTE} calls in a minute; retry after the Retry-After header's seconds.`), headers: { "Retry-After": { schema: { type: "integer" } } } },
  "500": json("Error", "INTERNAL — nothing was changed; retry later."),
  ...Object.fromEntries(Object.entries(extra).map(([status, text]) => [status, json("Error", text)])),
});

const numberParam = { name: "number", in: "path", required: true, description: "The license number printed on the certificate.", schema: ref("LicenseNumber") };

let cached: JsonObject | null = null;

export function agencyOpenApiDocument(): JsonObject {
  cached ??= {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Amanah agency API",
      version: API_VERSION,
      description:
        "For government agencies (labor office, Zakat authority …) working with the Amanah's municipal licenses. " +
        "Every call needs the agency's API key and the endpoint's scope, is rate limited per key and is written to the audit log, refused calls included. " +
        "Errors are JSON `{error: {code, message, fields?}}`; messages are in Arabic when Accept-Language prefers Arabic, else in English.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerKey: [] }, { headerKey: [] }],
    tags: [
      { name: "licenses", description: "Shop and health licenses." },
      { name: "permits", description: "Building permits, for the electricity company (purpose-bound, logged searches)." },
    ],
    paths: {
      "/licenses/{number}": {
        get: {
          tags: ["licenses"],
          operationId: "getLicense",
          summary: "A license's certificate data and live status",
          description: "Scope `licenses:read`. Returns what the certificate shows plus the current status; never the holder's national ID or mobile.",
          "x-scope": "licenses:read",
          parameters: [numberParam],
          responses: { "200": json("LicenseResponse", "The license."), ...errorResponses({}) },
        },
      },
      "/licenses/{number}/cancel": {
        post: {
          tags: ["licenses"],
          operationId: "cancelLicense",
          summary: "Cancel a license, effective immediately",
          description:
            "Scope `licenses:cancel`. The license becomes CANCELLED at once (its public verification page says so), every health certificate of its workers that is still valid or requested is revoked with the same reason, and the holder receives an SMS. " +
            `Reason codes: ${CANCEL_REASON_CODES.join(", ")}.`,
          "x-scope": "licenses:cancel",
          parameters: [numberParam],
          requestBody: { required: true, content: { "application/json": { schema: ref("CancelLicenseRequest") } } },
          responses: {
            "200": json("CancelLicenseResponse", "Cancelled; the revoked health certificates are listed."),
            ...errorResponses({
              "400": "MALFORMED_REQUEST — the body is not JSON (Content-Type must be application/json).",
              "413": "PAYLOAD_TOO_LARGE — the body is larger than 16 KB (reading stops at the limit, chunked or not).",
              "409": "INVALID_STATE — the license is already cancelled; CONFLICT — it changed during the call.",
            }),
          },
        },
      },
      "/permits": {
        get: {
          tags: ["permits"],
          operationId: "searchPermits",
          summary: "Search issued building permits (electricity company)",
          description: permitSearchDescription(),
          "x-scope": "permits:read",
          parameters: PERMIT_SEARCH_PARAMETERS,
          responses: {
            "200": json("PermitSearchResponse", "One page of matching permits; the search is written to the access log the owner sees."),
            ...errorResponses({}),
          },
        },
      },
      "/permits/districts": {
        get: {
          tags: ["permits"],
          operationId: "listDistricts",
          summary: "District ids for the plan-number search",
          description: "Scope `permits:read`. Every district with its municipality.",
          "x-scope": "permits:read",
          responses: { "200": json("DistrictsResponse", "The districts."), ...errorResponses({}) },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerKey: { type: "http", scheme: "bearer", description: "Authorization: Bearer <API key>" },
        headerKey: { type: "apiKey", in: "header", name: "X-API-Key" },
      },
    },
  };
  return cached;
}
