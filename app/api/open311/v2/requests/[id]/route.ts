import { formatOfPath, open311Errors, open311MethodNotAllowed, open311Options, open311Response, splitFormat } from "@/lib/api/open311/format";
import { open311Handle, open311Reader } from "@/lib/api/open311/route";
import { getRequest, localeOf } from "@/lib/domain/complaints/open311";

/** Open311 GeoReport v2: GET requests/{service_request_id}.{json,xml} — one request (in a list, as the specification shows). */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const parsed = splitFormat(id);
  if (!parsed) return open311Errors(404, ["Use requests/{service_request_id}.json or .xml."], formatOfPath(id));
  const locale = localeOf(new URL(request.url).searchParams.get("locale"));
  return open311Handle(parsed.format, async () => {
    const reader = await open311Reader(request);
    return open311Response({ kind: "requests", data: await getRequest(parsed.name, locale, reader ? "keyed" : "public") }, parsed.format);
  });
}

/** Read-only: OPTIONS (and a browser's CORS preflight) names GET; other methods answer 405 with `Allow`. */
export function OPTIONS() {
  return open311Options(["GET"]);
}

async function notAllowed(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return open311MethodNotAllowed(["GET"], formatOfPath((await params).id));
}
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
