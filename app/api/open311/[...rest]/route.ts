import { formatOfPath, open311Errors, open311MethodNotAllowed, open311Options, open311Response } from "@/lib/api/open311/format";
import { discoveryDocument } from "@/lib/api/open311/discovery";

/**
 * Everything under /api/open311/ that no other route takes: the discovery document
 * (discovery.json / discovery.xml), and for any other path the specification's error document (404 in
 * JSON, or XML when the path ends in .xml) instead of the site's HTML page, so a client always reads an
 * Open311 answer.
 */
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ rest: string[] }> };

async function discoveryFormat(params: Ctx["params"]): Promise<"json" | "xml" | null> {
  const { rest } = await params;
  if (rest.length !== 1) return null;
  const m = /^discovery\.(json|xml)$/i.exec(rest[0]!);
  return m ? (m[1]!.toLowerCase() as "json" | "xml") : null;
}

function unknownPath(request: Request): Response {
  const path = new URL(request.url).pathname;
  return open311Errors(404, ["Unknown Open311 path: see /api/open311/discovery.json, or use /api/open311/v2/services.json and /api/open311/v2/requests.json."], formatOfPath(path));
}

export async function GET(request: Request, { params }: Ctx) {
  const format = await discoveryFormat(params);
  if (!format) return unknownPath(request);
  return open311Response({ kind: "discovery", data: discoveryDocument() }, format, { cacheSeconds: 3600 });
}

export async function OPTIONS(request: Request, { params }: Ctx) {
  return (await discoveryFormat(params)) ? open311Options(["GET"]) : unknownPath(request);
}

async function other(request: Request, { params }: Ctx) {
  const format = await discoveryFormat(params);
  return format ? open311MethodNotAllowed(["GET"], format) : unknownPath(request);
}
export { other as POST, other as PUT, other as PATCH, other as DELETE };
