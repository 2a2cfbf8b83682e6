import "server-only";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { outageJsonResponse } from "@/lib/http/outage-page";
import type { z } from "zod";
import { agencyKeyFrom, authenticateAgency, hashAgencyKey, type AgencyScope, type AuthenticatedAgency } from "@/lib/api/agency-auth";
import { fromZodError } from "@/lib/action-result";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/domain/audit/record";
import { API_VERSION, type ApiErrorBody, type ApiErrorCode } from "@/lib/domain/licensing/api-schemas";
import { isAppError, type ErrorCode } from "@/lib/errors";
import { isPayloadTooLarge, readBodyLimited } from "@/lib/http/read-body";
import { clientIp } from "@/lib/http/client-ip";
import { controlCharField } from "@/lib/validation";
import { translateMessage, type T } from "@/lib/i18n/core";
import { createI18n } from "@/lib/i18n/instance";
import type { Lang } from "@/lib/i18n/settings";

/**
 * The frame of every agency API v1 route: authenticate the key and its scope, parse and validate the
 * request with the endpoint's zod schemas, run the domain code, and answer JSON. Every call leaves an
 * audit row: the domain writes the successful ones; a refused call (missing/unknown key, missing scope,
 * rate limit, malformed or invalid request, unknown license, wrong state) is written here as
 * "api.refused" with the reason, by "system:agency:<CODE>" (or "system:agency:unknown" without a valid key).
 * A refused call changes nothing else.
 */
export type AgencyCall<P, B> = {
  request: Request;
  scope: AgencyScope;
  /** For the audit log, e.g. "licenses.cancel". */
  operation: string;
  /** Path parameters as received, and their schema. */
  params: unknown;
  paramsSchema: z.ZodType<P>;
  /** The JSON body's schema (POST); absent for GET. */
  bodySchema?: z.ZodType<B>;
};

export type AgencyContext<P, B> = { agency: AuthenticatedAgency; params: P; body: B; ip: string | null; lang: Lang };

const STATUS: Record<ApiErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  MALFORMED_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  VALIDATION: 422,
  NOT_FOUND: 404,
  INVALID_STATE: 409,
  CONFLICT: 409,
  INTERNAL: 500,
};

const BASE_HEADERS = { "Cache-Control": "no-store", "X-API-Version": API_VERSION };
const MAX_BODY_BYTES = 16 * 1024;

class Refusal {
  constructor(
    readonly code: ApiErrorCode,
    readonly message: string,
    readonly fields?: Record<string, string>,
    /** false: no audit row (a flood of bad keys past its limit, issue 11). */
    readonly audit = true,
    readonly retryAfterSeconds?: number,
  ) {}
}

/** Agencies get Arabic when they ask for it first, English otherwise. */
export function apiLang(headers: Headers): Lang {
  const first = headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("ar") ? "ar" : "en";
}

const translators = new Map<Lang, T>();
function tOf(lang: Lang): T {
  let t = translators.get(lang);
  if (!t) {
    t = createI18n(lang).t as T;
    translators.set(lang, t);
  }
  return t;
}

export function apiError(code: ApiErrorCode, message: string, fields?: Record<string, string>): Response {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  const headers: Record<string, string> = { ...BASE_HEADERS };
  if (code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="amanah-agency-api"';
  if (code === "RATE_LIMITED") headers["Retry-After"] = "60";
  return Response.json(body, { status: STATUS[code], headers });
}

export async function agencyRoute<P, B, R>(
  call: AgencyCall<P, B>,
  run: (ctx: AgencyContext<P, B>) => Promise<R>,
  successStatus = 200,
): Promise<Response> {
  const { request } = call;
  const lang = apiLang(request.headers);
  const t = tOf(lang);
  const ip = clientIp(request.headers);
  const key = agencyKeyFrom(request.headers);
  let agency: AuthenticatedAgency | null = null;

  try {
    try {
      agency = await authenticateAgency(key, call.scope, ip);
    } catch (e) {
      if (!isAppError(e)) throw e;
      // Too many bad keys from this IP: refused before auditing (no audit row), with the real wait.
      if (e.code === "RATE_LIMITED" && e.params?.badKey) {
        throw new Refusal("RATE_LIMITED", translateMessage(t, "healthCerts:api.refused.tooManyBadKeys"), undefined, false, Number(e.params.retryAfterSeconds) || 60);
      }
      throw new Refusal(e.code as ApiErrorCode, translateMessage(t, `healthCerts:api.refused.${e.code}`));
    }

    const params = call.paramsSchema.safeParse(call.params);
    if (!params.success) throw validationRefusal(t, params.error);

    let body = undefined as B;
    if (call.bodySchema) {
      const type = request.headers.get("content-type") ?? "";
      if (!type.toLowerCase().includes("application/json")) throw new Refusal("MALFORMED_REQUEST", translateMessage(t, "healthCerts:api.refused.notJson"));
      let raw: string;
      try {
        raw = await readBodyLimited(request, MAX_BODY_BYTES); // stops reading at the limit, chunked or not
      } catch (e) {
        if (!isPayloadTooLarge(e)) throw e;
        throw new Refusal("PAYLOAD_TOO_LARGE", translateMessage(t, "healthCerts:api.refused.tooLarge"));
      }
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new Refusal("MALFORMED_REQUEST", translateMessage(t, "healthCerts:api.refused.notJson"));
      }
      const badField = controlCharField(json);
      if (badField !== null) {
        throw new Refusal("VALIDATION", translateMessage(t, "healthCerts:api.refused.VALIDATION"), { [badField || "body"]: translateMessage(t, "validation:controlChars") });
      }
      const parsed = call.bodySchema.safeParse(json);
      if (!parsed.success) throw validationRefusal(t, parsed.error);
      body = parsed.data;
    }

    try {
      const result = await run({ agency, params: params.data, body, ip, lang });
      return Response.json(result, { status: successStatus, headers: BASE_HEADERS });
    } catch (e) {
      if (!isAppError(e)) throw e;
      const code = domainCode(e.code);
      throw new Refusal(code, translateMessage(t, e.messageKey === `errors:${e.code}` ? `healthCerts:api.refused.${code}` : e.messageKey));
    }
  } catch (e) {
    if (isDatabaseUnavailable(e)) {
      // An outage: nothing was done and nothing can be audited now; the agency retries after Retry-After.
      console.error(`[api] ${call.operation}: database unavailable`);
      return outageJsonResponse(translateMessage(t, "errors:UNAVAILABLE"), { "X-API-Version": API_VERSION });
    }
    const refusal = e instanceof Refusal ? e : null;
    if (!refusal) console.error(`[api] ${call.operation} failed:`, e);
    const code = refusal?.code ?? "INTERNAL";
    if (refusal?.audit !== false) await auditRefusal(call, agency, key, code, ip).catch((err: unknown) => console.error("[api] could not audit a refused call:", err));
    const res = apiError(code, refusal?.message ?? translateMessage(t, "healthCerts:api.refused.INTERNAL"), refusal?.fields);
    if (refusal?.retryAfterSeconds) res.headers.set("Retry-After", String(refusal.retryAfterSeconds));
    return res;
  }
}

function domainCode(code: ErrorCode): ApiErrorCode {
  return code === "UNAUTHENTICATED" || code === "FORBIDDEN" || code === "NOT_FOUND" || code === "VALIDATION" || code === "CONFLICT" || code === "RATE_LIMITED" || code === "INVALID_STATE"
    ? code
    : "INTERNAL";
}

function validationRefusal(t: T, error: z.ZodError): Refusal {
  const fields: Record<string, string> = {};
  for (const [path, key] of Object.entries(fromZodError(error).fieldErrors)) fields[path] = translateMessage(t, key);
  return new Refusal("VALIDATION", translateMessage(t, "healthCerts:api.refused.VALIDATION"), fields);
}

/** The refused call's audit row. The key itself is never written; its public prefix is, to trace a misconfigured client. */
async function auditRefusal(call: AgencyCall<unknown, unknown>, agency: AuthenticatedAgency | null, key: string | null, code: ApiErrorCode, ip: string | null) {
  let clientCode = agency?.code ?? null;
  if (!clientCode && key && key.length <= 200) {
    const client = await db.agencyClient.findUnique({ where: { keyHash: hashAgencyKey(key) }, select: { code: true } });
    clientCode = client?.code ?? null;
  }
  const url = new URL(call.request.url);
  await recordAudit(db, { system: `agency:${clientCode ?? "unknown"}` }, {
    action: "api.refused",
    entityType: "AgencyApi",
    entityId: call.operation,
    after: {
      reason: code,
      status: STATUS[code],
      method: call.request.method,
      path: url.pathname,
      scope: call.scope,
      keyPrefix: key?.startsWith("amk_") ? key.slice(0, 10) : key ? "(not an agency key)" : null,
    },
    ip,
  });
}
