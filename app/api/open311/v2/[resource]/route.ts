import { formatOfPath, open311Errors, open311MethodNotAllowed, open311Options, open311Response, splitFormat } from "@/lib/api/open311/format";
import { open311Agency, open311Handle, open311Reader, readFields } from "@/lib/api/open311/route";
import { createRequest, listRequests, listServices, localeOf } from "@/lib/domain/complaints/open311";

/**
 * Open311 GeoReport v2: GET services.{json,xml}, GET requests.{json,xml}, POST requests.{json,xml}.
 * (Next's dynamic segment takes the whole "name.format"; the name and format are split here.)
 */
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ resource: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const { resource } = await params;
  const parsed = splitFormat(resource);
  if (!parsed) return open311Errors(404, ["Unknown resource: use services.json, services.xml, requests.json or requests.xml."], formatOfPath(resource));
  const { name, format } = parsed;
  const url = new URL(request.url);
  const locale = localeOf(url.searchParams.get("locale"));
  return open311Handle(format, async () => {
    // Rate limit (per client IP, or per key) before any other work; a keyed client sees exact data.
    const reader = await open311Reader(request);
    if (name === "services") return open311Response({ kind: "services", data: await listServices(locale) }, format, { cacheSeconds: 300 });
    if (name === "requests") {
      const q = url.searchParams;
      const data = await listRequests(
        {
          service_request_id: q.get("service_request_id"),
          service_code: q.get("service_code"),
          start_date: q.get("start_date"),
          end_date: q.get("end_date"),
          status: q.get("status"),
          page: q.get("page"),
          page_size: q.get("page_size"),
        },
        locale,
        reader ? "keyed" : "public",
      );
      return open311Response({ kind: "requests", data }, format);
    }
    return open311Errors(404, [`Unknown resource: ${name}`], format);
  });
}

/** The methods each resource takes: services is read-only; requests is read and created. */
const ALLOW: Record<string, readonly string[]> = { services: ["GET"], requests: ["GET", "POST"] };

async function unknownOr(params: Ctx["params"], answer: (allow: readonly string[], format: "json" | "xml") => Response): Promise<Response> {
  const { resource } = await params;
  const parsed = splitFormat(resource);
  const allow = parsed ? ALLOW[parsed.name] : undefined;
  if (!parsed || !allow) return open311Errors(404, [`Unknown resource: use services.json, services.xml, requests.json or requests.xml.`], parsed?.format ?? formatOfPath(resource));
  return answer(allow, parsed.format);
}

/** A browser's CORS preflight, and what a client asks with OPTIONS. */
export async function OPTIONS(_request: Request, { params }: Ctx) {
  return unknownOr(params, (allow) => open311Options(allow));
}

const notAllowed = (_request: Request, { params }: Ctx) => unknownOr(params, (allow, format) => open311MethodNotAllowed(allow, format));
export const PUT = notAllowed;
export const PATCH = notAllowed;
export const DELETE = notAllowed;

export async function POST(request: Request, { params }: Ctx) {
  const { resource } = await params;
  const parsed = splitFormat(resource);
  if (!parsed || parsed.name !== "requests") {
    if (parsed?.name === "services") return open311MethodNotAllowed(ALLOW.services!, parsed.format);
    return open311Errors(404, ["Only requests.json and requests.xml accept POST."], parsed?.format ?? formatOfPath(resource));
  }
  const { format } = parsed;
  return open311Handle(format, async () => {
    const fields = await readFields(request);
    const agency = await open311Agency(request, fields);
    const locale = localeOf(fields.locale ?? new URL(request.url).searchParams.get("locale"));
    const data = await createRequest(agency, fields, locale);
    return open311Response({ kind: "created", data }, format, { status: 201 });
  });
}
