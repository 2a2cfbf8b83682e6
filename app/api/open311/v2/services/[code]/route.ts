import { formatOfPath, open311Errors, open311MethodNotAllowed, open311Options, open311Response, splitFormat } from "@/lib/api/open311/format";
import { open311Handle, open311Reader } from "@/lib/api/open311/route";
import { localeOf, serviceDefinition } from "@/lib/domain/complaints/open311";

/** Open311 GeoReport v2: GET services/{service_code}.{json,xml} — the service definition. */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const parsed = splitFormat(code);
  if (!parsed) return open311Errors(404, ["Use services/{service_code}.json or .xml."], formatOfPath(code));
  return open311Handle(parsed.format, async () => {
    await open311Reader(request);
    return open311Response({ kind: "serviceDefinition", data: await serviceDefinition(parsed.name, localeOf(new URL(request.url).searchParams.get("locale"))) }, parsed.format, { cacheSeconds: 300 });
  });
}

/** Read-only: OPTIONS (and a browser's CORS preflight) names GET; other methods answer 405 with `Allow`. */
export function OPTIONS() {
  return open311Options(["GET"]);
}

async function notAllowed(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  return open311MethodNotAllowed(["GET"], formatOfPath((await params).code));
}
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
