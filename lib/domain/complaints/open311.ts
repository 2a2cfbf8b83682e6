import "server-only";
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
import { normalizeSaudiMobile, toLatinDigits } from "@/lib/domain/identity/mobile";
import { checkDigitNumber } from "@/lib/domain/payments/bill-number";
import { insideSaudiArabia } from "@/lib/domain/violations/rules";
import type { Lang } from "@/lib/i18n/settings";

/**
 * Open311 GeoReport v2 on top of the complaints domain. What it publishes is the public side of a
 * complaint only: the category, the description, the place, the status with its public notes and the
 * dates — never the reporter's name, mobile or e-mail, never internal notes, never the staff's names,
 * and never the photos citizens uploaded (they are served to the handling staff only); `media_url` is
 * the URL an Open311 client itself supplied.
 *
 * service_request_id is the complaint reference (C…), the number citizens read and track.
 */

export const MAX_REQUESTS = 1000;
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

export async function listServices(locale: Lang): Promise<Open311Service[]> {
  const categories = await db.complaintCategory.findMany({
    where: { active: true, department: { active: true } },
    select: { code: true, nameAr: true, nameEn: true, descriptionAr: true, descriptionEn: true, groupAr: true, groupEn: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return categories.map((c) => ({
    service_code: c.code,
    service_name: locale === "ar" ? c.nameAr : c.nameEn,
    description: locale === "ar" ? c.descriptionAr : c.descriptionEn,
    metadata: false,
    type: "realtime",
    keywords: [c.nameAr, c.nameEn, locale === "ar" ? c.groupAr : c.groupEn].join(", "),
    group: locale === "ar" ? c.groupAr : c.groupEn,
  }));
}

/** Our services ask for no extra attributes (metadata=false): the definition lists none. */
export async function serviceDefinition(code: string): Promise<Open311ServiceDefinition> {
  const c = await db.complaintCategory.findFirst({ where: { code, active: true, department: { active: true } }, select: { code: true } });
  if (!c) throw new Open311Error(404, `service_code ${code} not found`);
  return { service_code: c.code, attributes: [] };
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

function toRequest(r: RequestRow, locale: Lang): Open311Request {
  const place = r.addressText || (r.district ? `${locale === "ar" ? r.district.nameAr : r.district.nameEn}، ${locale === "ar" ? r.municipality.nameAr : r.municipality.nameEn}` : locale === "ar" ? r.municipality.nameAr : r.municipality.nameEn);
  return {
    service_request_id: r.reference,
    status: open311Status(r.status),
    status_notes: statusNotes(r, locale),
    service_name: locale === "ar" ? r.category.nameAr : r.category.nameEn,
    service_code: r.category.code,
    description: r.description,
    agency_responsible: locale === "ar" ? r.department.nameAr : r.department.nameEn,
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
};

const splitList = (s: string) =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * GET requests: `service_request_id` (comma-separated) overrides every other filter; otherwise
 * `service_code` (comma-separated), `status` (open / closed, comma-separated), `start_date` / `end_date`
 * (W3C; at most 90 days apart; the last 90 days by default), newest first, at most 1000.
 */
export async function listRequests(f: RequestFilters, locale: Lang, now = new Date()): Promise<Open311Request[]> {
  if (f.service_request_id) {
    const ids = splitList(toLatinDigits(f.service_request_id).toUpperCase()).slice(0, MAX_REQUESTS);
    const rows = await db.complaint.findMany({ where: { reference: { in: ids } }, select: requestSelect, orderBy: { createdAt: "desc" } });
    return rows.map((r) => toRequest(r, locale));
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
  const rows = await db.complaint.findMany({ where: { AND: where }, select: requestSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_REQUESTS });
  return rows.map((r) => toRequest(r, locale));
}

export async function getRequest(serviceRequestId: string, locale: Lang): Promise<Open311Request[]> {
  const reference = toLatinDigits(serviceRequestId).trim().toUpperCase();
  const row = /^C\d{5,14}$/.test(reference) ? await db.complaint.findUnique({ where: { reference }, select: requestSelect }) : null;
  if (!row) throw new Open311Error(404, `service_request_id ${serviceRequestId} not found`);
  return [toRequest(row, locale)];
}

// ── POST requests ──

export type CreateRequestInput = Record<string, string | undefined>;

const MAX_DESCRIPTION = 2000;

/**
 * POST requests: an agency client with the open311:write scope files a complaint for someone. Checked
 * as the specification says (400 missing/malformed, 404 unknown service_code; the key is checked by
 * the route first: 403), routed like any complaint (department from the service, municipality from
 * the place), SMS "received" to the reporter's phone when one is given. One transaction with its
 * audit row; the complaint's source is OPEN311 and it remembers the client.
 */
export async function createRequest(agency: AuthenticatedAgency, input: CreateRequestInput, locale: Lang): Promise<Open311Created[]> {
  const errors: string[] = [];
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
  } else if (!addressString && !addressId) {
    errors.push("a location is required: lat and long, address_string or address_id");
  }

  const description = input.description?.trim() ?? "";
  if (!description) errors.push("description is required");
  else if (description.length > MAX_DESCRIPTION) errors.push(`description must be at most ${MAX_DESCRIPTION} characters`);

  const mediaUrlRaw = input.media_url?.trim() ?? "";
  if (mediaUrlRaw && !isHttpUrl(mediaUrlRaw)) errors.push("media_url must be an http(s) URL");

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
  if (category.photoRequired && !mediaUrlRaw) throw new Open311Error(400, `media_url is required for service_code ${category.code}`);

  // address_id: a district id of the Amanah; address_string alone: a district named in it.
  const districtId = lat === null ? await districtFrom(addressId, addressString) : null;
  if (lat === null && !districtId) {
    throw new Open311Error(400, addressId ? `address_id ${addressId} not found` : "address_string must name a known district, or send lat and long");
  }

  let routing: Routing;
  try {
    routing = await routeComplaint(db, { categoryId: category.id, districtId, latitude: lat, longitude: long });
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
      data: { source: "OPEN311", client: agency.code, ...(mediaUrlRaw ? { mediaUrl: mediaUrlRaw } : {}) },
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

async function districtFrom(addressId: string, addressString: string): Promise<string | null> {
  if (addressId) {
    const d = await db.district.findUnique({ where: { id: addressId.slice(0, 40) }, select: { id: true } });
    return d?.id ?? null;
  }
  if (!addressString) return null;
  const text = addressString.toLowerCase();
  const districts = await db.district.findMany({ select: { id: true, nameAr: true, nameEn: true } });
  // The longest name found wins ("الشاطئ الشرقي" before "الشاطئ").
  const hits = districts
    .flatMap((d) => [d.nameAr, d.nameEn].filter((n) => text.includes(n.toLowerCase())).map((n) => ({ id: d.id, len: n.length })))
    .sort((a, b) => b.len - a.len);
  return hits[0]?.id ?? null;
}
