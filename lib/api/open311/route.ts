import "server-only";
import { agencyKeyFrom, authenticateAgency } from "@/lib/api/agency-auth";
import { Open311Error, open311Errors, type Open311Format } from "@/lib/api/open311/format";
import { isAppError } from "@/lib/errors";

/**
 * The frame of the Open311 routes: every failure answers in the specification's error format and the
 * request's format. Domain errors map to the statuses the specification names: 400 bad input,
 * 403 bad or missing api_key, 404 unknown service / request; 429 when a client calls too often.
 */
export async function open311Handle(format: Open311Format, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Open311Error) return open311Errors(e.status, [e.message], format);
    if (isAppError(e)) {
      switch (e.code) {
        case "UNAUTHENTICATED":
        case "FORBIDDEN":
          return open311Errors(403, ["Invalid api_key received -- can't proceed with create_request."], format);
        case "RATE_LIMITED":
          return open311Errors(429, ["Too many requests for this api_key, try again in a minute."], format);
        case "NOT_FOUND":
          return open311Errors(404, ["Not found."], format);
        case "VALIDATION":
          return open311Errors(400, ["Invalid request."], format);
        default:
          break;
      }
    }
    console.error("[open311] unexpected error", e);
    return open311Errors(500, ["Internal error."], format);
  }
}

/** The api_key of a POST: the form field the specification names, or the agency API headers. */
export async function open311Agency(request: Request, fields: Record<string, string | undefined>) {
  const key = fields.api_key?.trim() || agencyKeyFrom(request.headers);
  return authenticateAgency(key, "open311:write");
}

const MAX_BODY_BYTES = 32 * 1024;

/** The POST body: application/x-www-form-urlencoded (the specification's), multipart or JSON. */
export async function readFields(request: Request): Promise<Record<string, string | undefined>> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) throw new Open311Error(400, "request body too large");
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const out: Record<string, string | undefined> = {};
  try {
    if (type.includes("application/json")) {
      const text = await request.text();
      if (text.length > MAX_BODY_BYTES) throw new Open311Error(400, "request body too large");
      const body = JSON.parse(text) as unknown;
      if (!body || typeof body !== "object" || Array.isArray(body)) throw new Open311Error(400, "the JSON body must be an object");
      for (const [k, v] of Object.entries(body)) if (typeof v === "string" || typeof v === "number") out[k] = String(v);
      return out;
    }
    if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
      const form = await request.formData();
      for (const [k, v] of form.entries()) if (typeof v === "string" && out[k] === undefined) out[k] = v;
      return out;
    }
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) throw new Open311Error(400, "request body too large");
    for (const [k, v] of new URLSearchParams(text)) if (out[k] === undefined) out[k] = v;
    return out;
  } catch (e) {
    if (e instanceof Open311Error) throw e;
    throw new Open311Error(400, "the request body could not be read");
  }
}
