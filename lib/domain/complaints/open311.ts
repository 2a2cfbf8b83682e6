import "server-only";
import { cachedForEveryone } from "@/lib/kernel/public-cache";
import type { AuthenticatedAgency } from "@/lib/api/agency-auth";
import {
  Open311Error,
  open311Status,
  parseCoordinate,
  parseW3cDateTime,
  statusesFor,
  w3cDateTime,
  type Open311Created,
  type Open311Request,
  type Open311Service,
  type Open311ServiceDefinition,
} from "@/lib/api/open311/format";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { ComplaintStatus, Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/domain/audit/record";
import { routeComplaint, type Routing } from "@/lib/domain/complaints/routing";
import { appendEvent, notifyReporters } from "@/lib/domain/complaints/timeline";
import { slaDueAt as computeSlaDue } from "@/lib/domain/complaints/workflow";
import { normalizeSaudiMobile } from "@/lib/domain/identity/mobile";
import { toLatinDigits } from "@/lib/kernel/digits";
import { checkDigitNumber } from "@/lib/kernel/check-digits";
import { insideSaudiArabia } from "@/lib/kernel/geo";
import type { Lang } from "@/lib/i18n/settings";
import { localName, localText } from "@/lib/kernel/locale";
import { controlCharField } from "@/lib/validation";

/**
 * Open311 GeoReport v2 on top of the complaints domain. What it publishes is the public side of a
 * complaint only: the category, the description, the place, the status with its public notes and the
 * dates — never the reporter's name, mobile or e-mail, never internal notes, never the staff's names,
 * and never the photos citizens uploaded (they are served to the handling staff only); `media_url` is
 * the URL an Open311 client itself supplied.
 *
 * service_request_id is the complaint reference (C…), the number citizens read and track.
 *
 * Two views (docs/decisions/012-public-data-exposure.md): a keyed client (open311:read or open311:write)
 * gets the text and coordinates as filed; anyone else gets coordinates rounded to about 100 m and the
 * free text (description, status_notes, address) with phone numbers, national IDs and e-mail addresses
 * replaced by "•••", in pages of at most 100.
 */
export type Open311View = "public" | "keyed";

/** Keyed clients (open311:read / open311:write): exact data, up to 1000 requests a call. */
export const MAX_REQUESTS = 1000;
/** Anyone else: 50 requests a call by default, 100 at most (`page_size`), `page` to go further. */
export const PUBLIC_PAGE_SIZE = 50;
export const PUBLIC_MAX_PAGE_SIZE = 100;
/** Public coordinates are rounded to 3 decimals (about 100 m): the street, not the doorstep. */
export const PUBLIC_COORDINATE_DECIMALS = 3;
export const DEFAULT_WINDOW_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The language of names and notices: `locale=en` (as several Open311 servers accept), Arabic otherwise. */
export function localeOf(raw: string | null | undefined): Lang {
  return raw === "en" ? "en" : "ar";
}

const MESSAGES = {
  ar: {
    expected: (hours: number) => `تستهدف الأمانة معالجة البلاغ خلال ${hours} ساعة.`,
    merged: (ref: string) => `ضُمّ هذا البلاغ إلى البلاغ رقم ${ref} لأنه عن الموقع نفسه.`,
    referred: (dept: string) => `أُحيل البلاغ إلى ${dept}.`,
  },
  en: {
    expected: (hours: number) => `The Amanah aims to handle this request within ${hours} hours.`,
    merged: (ref: string) => `Merged into request ${ref}, which is about the same place.`,
    referred: (dept: string) => `Referred to ${dept}.`,
  },
} as const;

// ── Services ──

/** Cached for everyone (the categories change with the seed only): lib/kernel/public-cache.ts. */
export const listServices = cachedForEveryone("open311Services", ["open311Services"], async (locale: Lang): Promise<Open311Service[]> => {
  const categories = await db.complaintCategory.findMany({
    where: { active: true, department: { active: true } },
    select: { code: true, nameAr: true, nameEn: true, descriptionAr: true, descriptionEn: true, groupAr: true, groupEn: true, photoRequired: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return categories.map((c) => ({
    service_code: c.code,
    service_name: localName(locale, c),
    description: localText(locale, c, "description"),
    // A service that needs a photo says so: its definition lists the required attribute (PHOTO_ATTRIBUTE).
    metadata: c.photoRequired,
    type: "realtime",
    keywords: [c.nameAr, c.nameEn, localText(locale, c, "group")].join(", "),
    group: localText(locale, c, "group"),
  }));
});

/**
 * The one extra field some services need: a photo of the problem (potholes, fallen signs …), which the web
 * form asks as an upload. An Open311 client sends its link as `attribute[photo_url]`, or as `media_url`.
 */
export const PHOTO_ATTRIBUTE = "photo_url";

const PHOTO_TEXT = {
  ar: { description: "صورة للمشكلة", datatype: "رابط http(s) لصورة المشكلة؛ يُقبل media_url بدلًا منه." },
  en: { description: "A photo of the problem", datatype: "An http(s) link to a photo of the problem; media_url is accepted in its place." },
} as const;

/** The service definition: the photo attribute for the services that need one (metadata=true), none otherwise. */
export async function serviceDefinition(code: string, locale: Lang = "ar"): Promise<Open311ServiceDefinition> {
  const c = await db.complaintCategory.findFirst({ where: { code, active: true, department: { active: true } }, select: { code: true, photoRequired: true } });
  if (!c) throw new Open311Error(404, `service_code ${code} not found`);
  if (!c.photoRequired) return { service_code: c.code, attributes: [] };
  return {
    service_code: c.code,
    attributes: [
      {
        variable: true,
        code: PHOTO_ATTRIBUTE,
        datatype: "string",
        required: true,
        datatype_description: PHOTO_TEXT[locale].datatype,
        order: 1,
        description: PHOTO_TEXT[locale].description,
      },
    ],
  };
}

// ── Requests ──

const requestSelect = {
  id: true,
  reference: true,
  status: true,
  description: true,
  addressText: true,
  latitude: true,
  longitude: true,
  createdAt: true,
  updatedAt: true,
  slaDueAt: true,
  category: { select: { code: true, nameAr: true, nameEn: true, slaHours: true } },
  department: { select: { nameAr: true, nameEn: true } },
  district: { select: { nameAr: true, nameEn: true } },
  municipality: { select: { nameAr: true, nameEn: true } },
  duplicateOf: { select: { reference: true } },
  // Public events only: the status notes come from what the citizen may read.
  events: {
    where: { public: true, kind: { in: ["UPDATE", "RESOLVED", "REJECTED", "REFERRED", "CREATED"] } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    select: { kind: true, body: true, data: true },
  },
} satisfies Prisma.ComplaintSelect;

type RequestRow = Prisma.ComplaintGetPayload<{ select: typeof requestSelect }>;

function statusNotes(r: RequestRow, locale: Lang): string | null {
  if (r.status === "MERGED" && r.duplicateOf) return MESSAGES[locale].merged(r.duplicateOf.reference);
  for (const e of r.events) {
    if ((e.kind === "UPDATE" || e.kind === "RESOLVED" || e.kind === "REJECTED") && e.body) return e.body;
    if (e.kind === "REFERRED") {
      const d = (e.data ?? {}) as Record<string, unknown>;
      const name = locale === "ar" ? d.departmentAr : d.departmentEn;
      if (typeof name === "string") return MESSAGES[locale].referred(name);
    }
  }
  return null;
}

function mediaUrl(r: RequestRow): string | null {
  const created = r.events.find((e) => e.kind === "CREATED");
  const url = (created?.data as Record<string, unknown> | null)?.mediaUrl;
  return typeof url === "string" ? url : null;
}

const DIGIT = "[0-9\u0660-\u0669\u06F0-\u06F9]";
const SEP = "[\\s\\-.\u00A0]?";
const NOT_DIGIT_BEFORE = `(?<!${DIGIT})`;
const NOT_DIGIT_AFTER = `(?!${DIGIT})`;
const digits = (n: number) => `(?:${SEP}${DIGIT}){${n}}`;
/** What the public view hides in free text: e-mails, Saudi phone numbers (+966…, 00966…, 9665…, 05…), national IDs (10 digits, 1… or 2…). */
const PUBLIC_TEXT_REDACTIONS: RegExp[] = [
  /[^\s@<>()"'،,;:]{1,64}@[^\s@<>()"'،,;:]{1,190}\.\p{L}{2,}/gu,
  new RegExp(`(?:\\+|00)${SEP}(?:9${SEP}6${SEP}6|[٩۹]${SEP}[٦۶]${SEP}[٦۶])${digits(8)}(?:${SEP}${DIGIT})?${NOT_DIGIT_AFTER}`, "gu"),
  new RegExp(`${NOT_DIGIT_BEFORE}(?:966|٩٦٦|۹۶۶)${SEP}[5٥۵]${digits(8)}${NOT_DIGIT_AFTER}`, "gu"),
  new RegExp(`${NOT_DIGIT_BEFORE}[0٠۰]${SEP}[5٥۵]${digits(8)}${NOT_DIGIT_AFTER}`, "gu"),
  new RegExp(`${NOT_DIGIT_BEFORE}[12١٢۱۲]${DIGIT}{9}${NOT_DIGIT_AFTER}`, "gu"),
];
export const REDACTED = "•••";

/** Free text as the public may read it: no e-mail address, phone number or national ID. */
export function redactPublicText(text: string): string {
  return PUBLIC_TEXT_REDACTIONS.reduce((out, re) => out.replace(re, REDACTED), text);
}

function roundCoordinate(x: number | null): number | null {
  if (x === null) return null;
  const f = 10 ** PUBLIC_COORDINATE_DECIMALS;
  return Math.round(x * f) / f;
}

function toRequest(r: RequestRow, locale: Lang, view: Open311View): Open311Request {
  const exact = toExactRequest(r, locale);
  if (view === "keyed") return exact;
  const text = (s: string | null) => (s === null ? null : redactPublicText(s));
  return {
    ...exact,
    description: redactPublicText(exact.description),
    status_notes: text(exact.status_notes),
    address: text(exact.address),
    lat: roundCoordinate(exact.lat),
    long: roundCoordinate(exact.long),
  };
}

function toExactRequest(r: RequestRow, locale: Lang): Open311Request {
  const place = r.addressText || (r.district ? `${localName(locale, r.district)}، ${localName(locale, r.municipality)}` : localName(locale, r.municipality));
  return {
    service_request_id: r.reference,
    status: open311Status(r.status),
    status_notes: statusNotes(r, locale),
    service_name: localName(locale, r.category),
    service_code: r.category.code,
    description: r.description,
    agency_responsible: localName(locale, r.department),
    service_notice: MESSAGES[locale].expected(r.category.slaHours),
    requested_datetime: w3cDateTime(r.createdAt),
    updated_datetime: w3cDateTime(r.updatedAt),
    expected_datetime: open311Status(r.status) === "open" ? w3cDateTime(r.slaDueAt) : null,
    address: place,
    address_id: null,
    zipcode: null,
    lat: r.latitude,
    long: r.longitude,
    media_url: mediaUrl(r),
  };
}

export type RequestFilters = {
  service_request_id?: string | null;
  service_code?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  status?: string | null;
  /** Paging (an extension many Open311 servers accept): 1-based page, and its size. */
  page?: string | null;
  page_size?: string | null;
};

function paging(f: RequestFilters, view: Open311View): { take: number; skip: number } {
  const max = view === "keyed" ? MAX_REQUESTS : PUBLIC_MAX_PAGE_SIZE;
  const size = f.page_size?.trim() ? strictPositive(f.page_size, "page_size") : view === "keyed" ? MAX_REQUESTS : PUBLIC_PAGE_SIZE;
  if (size > max) throw new Open311Error(400, `page_size may be at most ${max}`);
  const page = f.page?.trim() ? strictPositive(f.page, "page") : 1;
  if (page > 10_000) throw new Open311Error(400, "page is too large");
  return { take: size, skip: (page - 1) * size };
}

function strictPositive(raw: string, name: string): number {
  const s = toLatinDigits(raw).trim();
  if (!/^\d{1,6}$/.test(s) || Number(s) < 1) throw new Open311Error(400, `${name} must be a whole number from 1`);
  return Number(s);
}

const splitList = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * GET requests: `service_request_id` (comma-separated) overrides every other filter; otherwise
 * `service_code` (comma-separated), `status` (open / closed, comma-separated), `start_date` / `end_date`
 * (W3C; at most 90 days apart; the last 90 days by default), newest first; pages of 50 by default
 * (`page_size` up to 100) for the public view, up to 1000 for a keyed client.
 */
export async function listRequests(f: RequestFilters, locale: Lang, view: Open311View = "public", now = new Date()): Promise<Open311Request[]> {
  const { take, skip } = paging(f, view);
  if (f.service_request_id) {
    const ids = splitList(toLatinDigits(f.service_request_id).toUpperCase()).slice(0, take);
    const rows = await db.complaint.findMany({ where: { reference: { in: ids } }, select: requestSelect, orderBy: { createdAt: "desc" } });
    return rows.map((r) => toRequest(r, locale, view));
  }
  const where: Prisma.ComplaintWhereInput[] = [];
  if (f.service_code) where.push({ category: { code: { in: splitList(f.service_code) } } });
  if (f.status) {
    const statuses = splitList(f.status.toLowerCase());
    const bad = statuses.filter((s) => s !== "open" && s !== "closed");
    if (bad.length || statuses.length === 0) throw new Open311Error(400, "status must be open, closed or both (comma-separated)");
    where.push({ status: { in: [...new Set(statuses.flatMap((s) => statusesFor(s as "open" | "closed")))] as ComplaintStatus[] } });
  }
  const start = f.start_date ? parseW3cDateTime(f.start_date) : null;
  const end = f.end_date ? parseW3cDateTime(f.end_date) : null;
  if (f.start_date && !start) throw new Open311Error(400, "start_date is not a valid W3C datetime (e.g. 2026-05-01T00:00:00+03:00)");
  if (f.end_date && !end) throw new Open311Error(400, "end_date is not a valid W3C datetime (e.g. 2026-05-31T23:59:59+03:00)");
  const window = DEFAULT_WINDOW_DAYS * DAY_MS;
  const to = end ?? (start ? new Date(start.getTime() + window) : now);
  const from = start ?? new Date(to.getTime() - window);
  if (from.getTime() > to.getTime()) throw new Open311Error(400, "start_date must not be after end_date");
  if (to.getTime() - from.getTime() > window) throw new Open311Error(400, `start_date and end_date may not be more than ${DEFAULT_WINDOW_DAYS} days apart`);
  where.push({ createdAt: { gte: from, lte: to } });
  const rows = await db.complaint.findMany({ where: { AND: where }, select: requestSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, skip });
  return rows.map((r) => toRequest(r, locale, view));
}

export async function getRequest(serviceRequestId: string, locale: Lang, view: Open311View = "public"): Promise<Open311Request[]> {
  const reference = toLatinDigits(serviceRequestId).trim().toUpperCase();
  const row = /^C\d{5,14}$/.test(reference) ? await db.complaint.findUnique({ where: { reference }, select: requestSelect }) : null;
  if (!row) throw new Open311Error(404, `service_request_id ${serviceRequestId} not found`);
  return [toRequest(row, locale, view)];
}

// ── POST requests ──

export type CreateRequestInput = Record<string, string | undefined>;

/** The specification's limit for `description` (optional: a photo and a place may say enough). */
export const MAX_DESCRIPTION = 4000;

/**
 * POST requests: an agency client with the open311:write scope files a complaint for someone. Checked
 * as the specification says (400 missing/malformed, 404 unknown service_code; the key is checked by
 * the route first: 403), routed like any complaint (department from the service, municipality from
 * the place), SMS "received" to the reporter's phone when one is given. One transaction with its
 * audit row; the complaint's source is OPEN311 and it remembers the client.
 */
export async function createRequest(agency: AuthenticatedAgency, input: CreateRequestInput, locale: Lang): Promise<Open311Created[]> {
  const errors: string[] = [];
  // The shared input boundary (decision 013): PostgreSQL text cannot hold NUL.
  const badField = controlCharField(input);
  if (badField !== null) throw new Open311Error(400, `${badField || "input"} contains control characters`);
  const serviceCode = input.service_code?.trim();
  if (!serviceCode) errors.push("service_code is required");

  const latRaw = input.lat?.trim() ?? "";
  const longRaw = input.long?.trim() ?? "";
  const addressString = input.address_string?.trim().slice(0, 200) ?? "";
  const addressId = input.address_id?.trim() ?? "";
  let lat: number | null = null;
  let long: number | null = null;
  if (latRaw || longRaw) {
    if (!latRaw || !longRaw) errors.push("lat and long must be sent together");
    else {
      lat = parseCoordinate(latRaw, 90);
      long = parseCoordinate(longRaw, 180);
      if (lat === null) errors.push("lat must be a decimal latitude between -90 and 90 (WGS84)");
      if (long === null) errors.push("long must be a decimal longitude between -180 and 180 (WGS84)");
      if (lat !== null && long !== null && !insideSaudiArabia(lat, long)) errors.push("lat/long is outside the area this jurisdiction serves");
    }
  } else if (!addressString) {
    // This jurisdiction publishes no address repository, so an address_id alone cannot be located.
    errors.push(addressId ? "address_id is not supported by this jurisdiction: send lat and long, or address_string" : "a location is required: lat and long, or address_string");
  }

  const description = input.description?.trim() ?? "";
  if (description.length > MAX_DESCRIPTION) errors.push(`description must be at most ${MAX_DESCRIPTION} characters`);

  const mediaUrlRaw = input.media_url?.trim() ?? "";
  if (mediaUrlRaw && !isHttpUrl(mediaUrlRaw)) errors.push("media_url must be an http(s) URL");
  const photoAttr = input[`attribute[${PHOTO_ATTRIBUTE}]`]?.trim() ?? "";
  if (photoAttr && !isHttpUrl(photoAttr)) errors.push(`attribute[${PHOTO_ATTRIBUTE}] must be an http(s) URL`);
  const photoUrl = mediaUrlRaw || photoAttr;

  const phoneRaw = input.phone?.trim() ?? "";
  const mobile = phoneRaw ? normalizeSaudiMobile(phoneRaw) : null;
  if (phoneRaw && !mobile) errors.push("phone must be a Saudi mobile number (05XXXXXXXX or 9665XXXXXXXX)");
  const email = input.email?.trim() ?? "";
  if (email && !/^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/.test(email)) errors.push("email is not a valid e-mail address");
  if (errors.length) throw new Open311Error(400, errors.join("; "));

  const category = await db.complaintCategory.findFirst({
    where: { code: serviceCode!, active: true, department: { active: true } },
    select: { id: true, code: true, nameAr: true, nameEn: true, photoRequired: true, slaHours: true },
  });
  if (!category) throw new Open311Error(404, `service_code ${serviceCode} not found`);
  if (category.photoRequired && !photoUrl) {
    throw new Open311Error(400, `attribute[${PHOTO_ATTRIBUTE}] (a link to a photo, or media_url) is required for service_code ${category.code}: see services/${category.code}.json`);
  }

  // address_string alone: the district (else the city) it names.
  const place = lat === null ? await placeFrom(addressString) : null;
  if (lat === null && !place) {
    throw new Open311Error(400, "address_string could not be located: name a district or city of this jurisdiction (e.g. \"حي الخليج، الدمام\"), or send lat and long");
  }

  let routing: Routing;
  try {
    routing = await routeComplaint(db, { categoryId: category.id, districtId: place?.districtId ?? null, municipalityId: place?.municipalityId ?? null, latitude: lat, longitude: long });
  } catch (e) {
    if (isAppError(e) && e.code === "VALIDATION") throw new Open311Error(400, "lat/long is outside the area this jurisdiction serves");
    throw e;
  }

  const name = [input.first_name, input.last_name].map((s) => s?.trim() ?? "").filter(Boolean).join(" ").slice(0, 100);
  const created = await db.$transaction(async (tx) => {
    const [{ n }] = await tx.$queryRaw<[{ n: bigint }]>`SELECT nextval('complaint_number_seq') AS n`;
    const reference = checkDigitNumber("C", n, 7);
    const now = new Date();
    const complaint = await tx.complaint.create({
      data: {
        reference,
        categoryId: routing.categoryId,
        departmentId: routing.departmentId,
        municipalityId: routing.municipalityId,
        districtId: routing.districtId,
        description,
        latitude: lat,
        longitude: long,
        addressText: addressString || null,
        source: "OPEN311",
        agencyClientId: agency.id,
        reporterName: name || null,
        reporterMobile: mobile,
        reporterLocale: locale,
        slaDueAt: computeSlaDue(now, routing.slaHours),
        createdAt: now,
      },
      select: { id: true, reference: true, municipalityId: true },
    });
    await appendEvent(tx, agency.actor, complaint, {
      kind: "CREATED",
      public: true,
      data: { source: "OPEN311", client: agency.code, ...(photoUrl ? { mediaUrl: photoUrl } : {}) },
    });
    await recordAudit(tx, agency.actor, {
      action: "complaints.open311.create",
      entityType: "Complaint",
      entityId: complaint.id,
      municipalityId: complaint.municipalityId,
      // The reporter's contact stays out of the audit row: it says only that there was one.
      after: { reference, serviceCode: category.code, departmentId: routing.departmentId, hasPhone: !!mobile, hasEmail: !!email },
    });
    if (mobile) await notifyReporters(tx, complaint, "complaintReceived", { reference }, `received:${complaint.id}`);
    return complaint;
  });
  return [{ service_request_id: created.reference, service_notice: MESSAGES[locale].expected(category.slaHours), account_id: null }];
}

function isHttpUrl(s: string): boolean {
  if (s.length > 500) return false;
  try {
    const u = new URL(s);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * The place an address_string names: the longest district name found in it ("الشاطئ الشرقي" before
 * "الشاطئ"), else the longest municipality name; null when it names neither.
 */
async function placeFrom(addressString: string): Promise<{ districtId: string | null; municipalityId: string | null } | null> {
  if (!addressString) return null;
  const text = addressString.toLowerCase();
  const longest = <T extends { nameAr: string; nameEn: string }>(rows: T[]): T | null =>
    rows
      .flatMap((r) => [r.nameAr, r.nameEn].filter((n) => text.includes(n.toLowerCase())).map((n) => ({ r, len: n.length })))
      .sort((a, b) => b.len - a.len)[0]?.r ?? null;
  const district = longest(await db.district.findMany({ select: { id: true, nameAr: true, nameEn: true } }));
  if (district) return { districtId: district.id, municipalityId: null };
  // A city is named without the word "municipality": «بلدية الخبر» is found as «الخبر», "Al-Khobar Municipality" as "Al-Khobar".
  const cities = (await db.municipality.findMany({ select: { id: true, nameAr: true, nameEn: true } })).map((m) => ({
    id: m.id,
    nameAr: m.nameAr.replace(/^بلدية\s+(محافظة\s+)?/, "").trim(),
    nameEn: m.nameEn.replace(/\s*\b(Governorate\s+)?Municipality$/i, "").trim(),
  }));
  const municipality = longest(cities);
  return municipality ? { districtId: null, municipalityId: municipality.id } : null;
}
