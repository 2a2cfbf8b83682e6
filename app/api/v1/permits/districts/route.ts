import { agencyRoute } from "@/lib/api/agency-route";
import { agencyDistricts } from "@/lib/domain/permits/electricity/agency-api";
import { z } from "@/lib/validation";

/** GET /api/v1/permits/districts — the district ids the plan-number search takes (scope permits:read). */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request): Promise<Response> {
  return agencyRoute({ request, scope: "permits:read", operation: "permits.districts", params: {}, paramsSchema: z.object({}) }, () => agencyDistricts());
}
