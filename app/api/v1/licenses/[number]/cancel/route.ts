import { agencyRoute } from "@/lib/api/agency-route";
import { agencyCancelLicense } from "@/lib/domain/licensing/agency-api";
import { ZCancelLicenseRequest, ZLicenseNumber } from "@/lib/domain/licensing/api-schemas";
import { z } from "@/lib/validation";

/**
 * POST /api/v1/licenses/{number}/cancel — another agency (labor office, Zakat authority) cancels a license
 * with a reason, effective at once; its workers' health certificates are revoked with it and the holder
 * is texted (scope licenses:cancel). Docs: /api/v1/openapi.json.
 */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const ZParams = z.object({ number: ZLicenseNumber });

export async function POST(request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  return agencyRoute(
    { request, scope: "licenses:cancel", operation: "licenses.cancel", params: await params, paramsSchema: ZParams, bodySchema: ZCancelLicenseRequest },
    ({ agency, params: p, body, ip }) => agencyCancelLicense(agency, p.number, body, ip),
  );
}
