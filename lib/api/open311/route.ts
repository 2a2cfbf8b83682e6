import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { agencyKeyFrom, authenticateAgency, type AuthenticatedAgency } from "@/lib/api/agency-auth";
import { createLimiter } from "@/lib/auth/rate-limit";
import { clientIp } from "@/lib/http/client-ip";
import { Open311Error, open311Errors, type Open311Format } from "@/lib/api/open311/format";
import { isDatabaseUnavailable, OUTAGE_RETRY_AFTER_SECONDS } from "@/lib/db-availability";
import { isAppError } from "@/lib/errors";
import { isPayloadTooLarge, readBodyBytesLimited } from "@/lib/http/read-body";

/**
 * The frame of the Open311 routes: every failure answers in the specification's error format and the
 * request's format. Domain errors map to the statuses the specification names: 400 bad input,
 * 403 bad or missing api_key, 404 unknown service / request; 429 when a client calls too often.
 */
export async function open311Handle(format: Open311Format, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof Open311Error) return open311Errors(e.status, [e.message], format, e.status === 429 ? { "Retry-After": String(e.retryAfterSeconds ?? 60) } : {});
    if (isAppError(e)) {
      switch (e.code) {
        case "UNAUTHENTICATED":
        case "FORBIDDEN":
          return open311Errors(403, ["Invalid api_key received -- can't proceed."], format);
        case "RATE_LIMITED":
          return open311Errors(429, ["Too many requests, try again in a minute."], format, { "Retry-After": String(e.params?.retryAfterSeconds ?? 60) });
        case "PAYLOAD_TOO_LARGE":
          return open311Errors(413, ["Request body too large."], format);
        case "NOT_FOUND":
          return open311Errors(404, ["Not found."], format);
        case "VALIDATION":
          return open311Errors(400, ["Invalid request."], format);
        default:
          break;
      }
    }
    if (isDatabaseUnavailable(e)) {
      return open311Errors(503, ["Service temporarily unavailable, try again in a minute."], format, { "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS) });
    }
    console.error("[open311] unexpected error", e);
    return open311Errors(500, ["Internal error."], format);
  }
}

/** GET calls per client IP address and minute without a key (services, requests, one request). */
export const PUBLIC_READS_PER_MINUTE = 60;
const publicReads = createLimiter("open311_read_ip", PUBLIC_READS_PER_MINUTE, 60, { refuseFromMemory: true });

async function consumePublicRead(headers: Headers): Promise<void> {
  try {
    await publicReads.consume(clientIp(headers));
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      throw new Open311Error(429, "Too many requests from this address, try again later (or use an api_key).", Math.max(1, Math.ceil(e.msBeforeNext / 1000)));
    }
    throw e; // the store failed: not a refusal
  }
}

/**
 * Who is reading: a keyed client (an active agency client with open311:read or open311:write, its key
 * in `api_key` or the agency API headers) sees exact data and is limited per client by the agency
 * limiter; anyone else sees the public view and is limited per IP address. A wrong key is counted
 * against the caller's address too, and answers 403 rather than falling back to the public view.
 */
export async function open311Reader(request: Request): Promise<AuthenticatedAgency | null> {
  const key = new URL(request.url).searchParams.get("api_key")?.trim() || agencyKeyFrom(request.headers);
  if (key) {
    try {
      return await authenticateAgency(key, ["open311:read", "open311:write"], clientIp(request.headers));
    } catch (e) {
      if (isAppError(e) && e.code !== "RATE_LIMITED") await consumePublicRead(request.headers);
      throw e;
    }
  }
  await consumePublicRead(request.headers);
  return null;
}

/** The api_key of a POST: the form field the specification names, or the agency API headers. */
export async function open311Agency(request: Request, fields: Record<string, string | undefined>) {
  const key = fields.api_key?.trim() || agencyKeyFrom(request.headers);
  return authenticateAgency(key, "open311:write", clientIp(request.headers));
}

export const MAX_BODY_BYTES = 32 * 1024;

/**
 * The POST body: application/x-www-form-urlencoded (the specification's), multipart or JSON. Read through
 * `readBodyLimited`, which stops at MAX_BODY_BYTES whether or not a Content-Length was sent (413).
 */
export async function readFields(request: Request): Promise<Record<string, string | undefined>> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const out: Record<string, string | undefined> = {};
  let bytes: Uint8Array;
  try {
    bytes = await readBodyBytesLimited(request, MAX_BODY_BYTES);
  } catch (e) {
    if (isPayloadTooLarge(e)) throw new Open311Error(413, `request body too large (at most ${MAX_BODY_BYTES} bytes)`);
    throw new Open311Error(400, "the request body could not be read");
  }
  try {
    if (type.includes("application/json")) {
      const body = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      if (!body || typeof body !== "object" || Array.isArray(body)) throw new Open311Error(400, "the JSON body must be an object");
      for (const [k, v] of Object.entries(body)) if (typeof v === "string" || typeof v === "number") out[k] = String(v);
      return out;
    }
    if (type.includes("multipart/form-data") || type.includes("application/x-www-form-urlencoded")) {
      const form = await new Response(bytes as BodyInit, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
      for (const [k, v] of form.entries()) if (typeof v === "string" && out[k] === undefined) out[k] = v;
      return out;
    }
    for (const [k, v] of new URLSearchParams(new TextDecoder().decode(bytes))) if (out[k] === undefined) out[k] = v;
    return out;
  } catch (e) {
    if (e instanceof Open311Error) throw e;
    throw new Open311Error(400, "the request body could not be read");
  }
}
