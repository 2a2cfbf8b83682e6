import { agencyRoute } from "@/lib/api/agency-route";
import { agencyReadLicense } from "@/lib/domain/licensing/agency-api";
import { ZLicenseNumber } from "@/lib/domain/licensing/api-schemas";
import { z } from "@/lib/validation";

/** GET /api/v1/licenses/{number} — a license's certificate data and live status (scope licenses:read). Docs: /api/v1/openapi.json. */
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const ZParams = z.object({ number: ZLicenseNumber });

export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }): Promise<Response> {
  return agencyRoute({ request, scope: "licenses:read", operation: "licenses.read", params: await params, paramsSchema: ZParams }, ({ agency, params: p, ip }) =>
    agencyReadLicense(agency, p.number, ip).then((license) => ({ license })),
  );
}
