/**
 * Open311 GeoReport v2 — the wire format, pure (no database): response formats, field names, the
 * error document, W3C datetimes and the mapping of our complaint statuses to the specification's
 * `open` / `closed`. Every route under app/api/open311/v2/ answers through `open311Response` /
 * `open311Errors`, so JSON and XML always carry the same fields.
 *
 * Element names follow the specification (wiki.open311.org/GeoReport_v2):
 *   GET services            → [ {service_code, service_name, description, metadata, type, keywords, group} ]
 *                             <services><service>…</service></services>
 *   GET services/{code}     → {service_code, attributes: [...]}   <service_definition>…</service_definition>
 *   POST requests           → [ {service_request_id, service_notice, account_id} ]
 *   GET requests, requests/{id}
 *                           → [ {service_request_id, status, status_notes, service_name, service_code, description,
 *                                agency_responsible, service_notice, requested_datetime, updated_datetime,
 *                                expected_datetime, address, address_id, zipcode, lat, long, media_url} ]
 *                             <service_requests><request>…</request></service_requests>
 *   errors                  → [ {code, description} ]   <errors><error><code/><description/></error></errors>
 */
import { XMLBuilder } from "fast-xml-parser";
import { toLatinDigits } from "@/lib/kernel/digits";
import { RIYADH_OFFSET_MS } from "@/lib/kernel/riyadh-days";
import { safeDecodeURIComponent } from "@/lib/kernel/decode";

export type Open311Format = "json" | "xml";

export type Open311Service = {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: "realtime" | "batch" | "blackbox";
  keywords: string;
  group: string;
};

export type Open311Attribute = {
  variable: boolean;
  code: string;
  datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
};

export type Open311ServiceDefinition = { service_code: string; attributes: Open311Attribute[] };

export type Open311Request = {
  service_request_id: string;
  status: "open" | "closed";
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
};

export type Open311Created = { service_request_id: string; service_notice: string | null; account_id: string | null };

export type Open311ErrorItem = { code: number; description: string };

/** An error the API answers in the specification's format, with its HTTP status. */
export class Open311Error extends Error {
  readonly status: number;
  /** 429 only: seconds until the client may call again (the Retry-After header). */
  readonly retryAfterSeconds?: number;
  constructor(status: 400 | 403 | 404 | 405 | 413 | 429 | 500, description: string, retryAfterSeconds?: number) {
    super(description);
    this.name = "Open311Error";
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** "requests.json" → { name: "requests", format: "json" }; null when the extension is not json/xml. */
export function splitFormat(segment: string): { name: string; format: Open311Format } | null {
  const decoded = safeDecodeURIComponent(segment);
  const m = /^(.+)\.(json|xml)$/i.exec(decoded);
  if (!m) return null;
  return { name: m[1]!, format: m[2]!.toLowerCase() as Open311Format };
}

/** The format an error is reported in when the path itself is unusable: the extension if any, else JSON. */
export function formatOfPath(pathname: string): Open311Format {
  return /\.xml$/i.test(pathname) ? "xml" : "json";
}

// ── Statuses ──

const CLOSED_STATUSES = new Set(["RESOLVED", "REJECTED", "CLOSED", "MERGED"]);

/** NEW / IN_PROGRESS are `open`; RESOLVED, REJECTED, CLOSED and MERGED are `closed`. */
export function open311Status(status: string): "open" | "closed" {
  return CLOSED_STATUSES.has(status) ? "closed" : "open";
}

/** Our statuses behind an Open311 status filter. */
export function statusesFor(open311: "open" | "closed"): string[] {
  return open311 === "open" ? ["NEW", "IN_PROGRESS"] : [...CLOSED_STATUSES];
}

// ── Datetimes (W3C / ISO 8601 with the offset; Saudi Arabia is UTC+03:00 all year) ──

/** 2026-05-01T13:04:05+03:00 */
export function w3cDateTime(date: Date): string {
  const local = new Date(date.getTime() + RIYADH_OFFSET_MS).toISOString(); // the Riyadh wall clock, labelled Z
  return `${local.slice(0, 19)}+03:00`;
}

// The offset's "+" may arrive as a space: clients often leave it unencoded in a query string, where "+" means " ".
const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/;

/**
 * Parses a W3C datetime as the specification's filters take it: a full datetime with or without an
 * offset (none = Riyadh time), or a date alone (the start of that day in Riyadh). null when malformed.
 */
export function parseW3cDateTime(raw: string): Date | null {
  const s = toLatinDigits(raw).trim();
  const m = W3C.exec(s);
  if (!m) return null;
  const [, y, mo, d, h = "00", mi = "00", sec = "00", frac = "0", zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return null;
  let offsetMin = 180;
  if (zone === "Z") offsetMin = 0;
  else if (zone) {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const ms = Date.UTC(Number(y), month - 1, day, Number(h), Number(mi), Number(sec), Number(frac.padEnd(3, "0").slice(0, 3)));
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null; // 2026-02-30
  return new Date(ms - offsetMin * 60 * 1000);
}

// ── Coordinates ──

/**
 * A decimal coordinate as a client sends it ("26.4331", "-0.5"); null when it is not a plain decimal
 * number within ±limit (90 for lat, 180 for long).
 */
export function parseCoordinate(raw: string, limit: 90 | 180): number | null {
  const s = toLatinDigits(raw).trim();
  if (!/^-?\d{1,3}(\.\d{1,12})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

// ── Documents ──

const builder = new XMLBuilder({ format: true, ignoreAttributes: false, suppressEmptyNode: false, processEntities: true });
const XML_DECLARATION = { "?xml": { "@_version": "1.0", "@_encoding": "utf-8" } };

/**
 * What is never published, in JSON or XML alike: control characters other than tab, LF and CR (XML 1.0
 * cannot carry them), DEL and the C1 controls, and the bidirectional embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069), which could make a published text read differently from what it
 * holds ("Trojan source"). Both formats therefore carry exactly the same text.
 */
// eslint-disable-next-line no-control-regex
const UNPUBLISHABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

/** Text as published: without the characters above. */
export function publishable(text: string): string {
  return text.replace(UNPUBLISHABLE, "");
}

function cleanStrings(value: unknown): unknown {
  if (typeof value === "string") return publishable(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanStrings(v)]));
  }
  return value;
}

function xmlValues(value: unknown): unknown {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return value.map(xmlValues);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlValues(v)]));
  }
  return value;
}

export function toXml(root: Record<string, unknown>): string {
  return builder.build({ ...XML_DECLARATION, ...(xmlValues(cleanStrings(root)) as Record<string, unknown>) });
}

/** The document of each kind in one format: `body` and its Content-Type. */
export type Open311Document =
  | { kind: "services"; data: Open311Service[] }
  | { kind: "serviceDefinition"; data: Open311ServiceDefinition }
  | { kind: "requests"; data: Open311Request[] }
  | { kind: "created"; data: Open311Created[] }
  | { kind: "errors"; data: Open311ErrorItem[] }
  | { kind: "discovery"; data: Open311Discovery };

/** GeoReport v2 service discovery (wiki.open311.org/Service_Discovery). */
export type Open311Discovery = {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: "production" | "test"; formats: string[] }[];
};

export function render(doc: Open311Document, format: Open311Format): { body: string; contentType: string } {
  if (format === "json") return { body: JSON.stringify(cleanStrings(doc.data)), contentType: "application/json; charset=utf-8" };
  return { body: toXml(xmlRoot(doc)), contentType: "text/xml; charset=utf-8" };
}

function xmlRoot(doc: Open311Document): Record<string, unknown> {
  switch (doc.kind) {
    case "services":
      return { services: { service: doc.data } };
    case "serviceDefinition":
      return {
        service_definition: {
          service_code: doc.data.service_code,
          attributes: { attribute: doc.data.attributes.map((a) => ({ ...a, values: a.values ? { value: a.values } : undefined })) },
        },
      };
    case "requests":
      return { service_requests: { request: doc.data } };
    case "created":
      return { service_requests: { request: doc.data } };
    case "errors":
      return { errors: { error: doc.data } };
    case "discovery":
      return { discovery: { ...doc.data, endpoints: { endpoint: doc.data.endpoints.map((e) => ({ ...e, formats: { format: e.formats } })) } } };
  }
}

const COMMON_HEADERS = {
  // Open311 is meant to be called from other sites (apps, dashboards): any origin, no cookies (keys travel
  // in api_key or a header), so "*" exposes nothing a server-side client could not read.
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Retry-After",
  "X-Content-Type-Options": "nosniff",
};

/** The headers a browser asks for before a cross-origin POST (a CORS preflight). */
export const CORS_ALLOWED_HEADERS = "Content-Type, X-Api-Key, Authorization";

/** OPTIONS: the methods a resource takes (`Allow`) and, for a browser's preflight, the CORS answer. */
export function open311Options(allow: readonly string[]): Response {
  const methods = [...allow, "OPTIONS"].join(", ");
  return new Response(null, {
    status: 204,
    headers: {
      ...COMMON_HEADERS,
      Allow: methods,
      "Access-Control-Allow-Methods": methods,
      "Access-Control-Allow-Headers": CORS_ALLOWED_HEADERS,
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** A method the resource does not take: 405 with `Allow`, in the specification's error format. */
export function open311MethodNotAllowed(allow: readonly string[], format: Open311Format): Response {
  const methods = [...allow, "OPTIONS"].join(", ");
  return open311Errors(405, [`Method not allowed: use ${methods}.`], format, { Allow: methods });
}

export function open311Response(doc: Open311Document, format: Open311Format, init: { status?: number; cacheSeconds?: number; headers?: Record<string, string> } = {}): Response {
  const { body, contentType } = render(doc, format);
  return new Response(body, {
    status: init.status ?? 200,
    headers: {
      ...COMMON_HEADERS,
      "Content-Type": contentType,
      "Cache-Control": init.cacheSeconds ? `public, max-age=${init.cacheSeconds}` : "no-store",
      ...init.headers,
    },
  });
}

/** The specification's error document: every error carries the HTTP status as its `code`. */
export function open311Errors(status: number, descriptions: string[], format: Open311Format, headers: Record<string, string> = {}): Response {
  return open311Response({ kind: "errors", data: descriptions.map((description) => ({ code: status, description })) }, format, { status, headers });
}
