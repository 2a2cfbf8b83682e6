import { agencyRoute } from "@/lib/api/agency-route";
import { agencySearchPermits } from "@/lib/domain/permits/electricity/agency-api";
import { ZPermitSearch } from "@/lib/domain/permits/electricity/search-criteria";

/**
 * GET /api/v1/permits — the electricity company's permit search (scope permits:read): issued within a date
 * range (≤ 1 year), by plan number within a district, by the owner's national ID, by permit number; purpose
 * required; paginated. Logged in PermitAccessLog. Docs: /api/v1/openapi.json.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return agencyRoute({ request, scope: "permits:read", operation: "permits.search", params, paramsSchema: ZPermitSearch }, ({ agency, params: criteria }) => agencySearchPermits(agency, criteria));
}
