import { agencyOpenApiDocument } from "@/lib/api/openapi";

/** GET /api/v1/openapi.json — the agency API's OpenAPI 3.1 document, generated from its zod schemas (public). */
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(agencyOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
