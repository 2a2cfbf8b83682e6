/**
 * Open311 GeoReport v2 against a real PostgreSQL, through the real route handlers with real Requests:
 * the specification's field and element names in JSON and XML, its error document ([{code, description}] /
 * <errors><error>) with the HTTP status — bad or missing api_key (403), unknown service_code (404),
 * malformed coordinates and missing fields (400) — the listing filters and defaults, and that nothing
 * personal (reporter name, phone, e-mail) or internal (notes) ever leaves through it.
 */
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getResource, POST as postResource } from "@/app/api/open311/v2/[resource]/route";
import { GET as getOneRequest } from "@/app/api/open311/v2/requests/[id]/route";
import { GET as getServiceDefinition } from "@/app/api/open311/v2/services/[code]/route";
import { loadActor } from "@/lib/auth/load-actor";
import { db } from "@/lib/db";
import { addInternalNote } from "@/lib/domain/complaints/commands/staff-note";
import { resolveComplaint } from "@/lib/domain/complaints/commands/staff-resolve";
import { postPublicUpdate } from "@/lib/domain/complaints/commands/staff-update";
import { isValidCheckDigitNumber } from "@/lib/kernel/check-digits";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";
import { COMPLAINT_CATEGORIES } from "@/prisma/seed/complaints";

const KEY = AGENCY_CLIENTS.find((c) => c.code === "OPEN311")!.demoKey;
const OTHER_SCOPE_KEY = AGENCY_CLIENTS.find((c) => !c.scopes.includes("open311:write"))!.demoKey;
const BASE = "http://localhost/api/open311/v2";
const DAMMAM = { lat: "26.4331", long: "50.1033" }; // Central Dammam
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ["service", "request", "error", "attribute"].includes(name) });

const REQUEST_FIELDS = [
  "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice",
  "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
].sort();

const get = (resource: string, query = "") => getResource(new Request(`${BASE}/${resource}${query}`), { params: Promise.resolve({ resource }) });
const post = (resource: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  postResource(
    new Request(`${BASE}/${resource}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields).toString() }),
    { params: Promise.resolve({ resource }) },
  );
const getOne = (id: string, query = "") => getOneRequest(new Request(`${BASE}/requests/${id}${query}`), { params: Promise.resolve({ id }) });

const VALID = { api_key: KEY, service_code: "STREET_LIGHT", ...DAMMAM, description: "عمود الإنارة أمام المسجد مطفأ منذ ثلاث ليالٍ", first_name: "سارة", last_name: "القحطاني", phone: "0551234567", email: "sara@example.com" };

async function expectErrors(res: Response, status: number, format: "json" | "xml", match: RegExp) {
  expect(res.status).toBe(status);
  if (format === "json") {
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { code: number; description: string }[];
    expect(Array.isArray(body)).toBe(true);
    expect(Object.keys(body[0]!).sort()).toEqual(["code", "description"]);
    expect(body[0]!.code).toBe(status);
    expect(body[0]!.description).toMatch(match);
  } else {
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    const doc = xml.parse(await res.text()) as { errors: { error: { code: string; description: string }[] } };
    expect(doc.errors.error[0]!.code).toBe(String(status));
    expect(doc.errors.error[0]!.description).toMatch(match);
  }
}

let created: string;

beforeAll(async () => {
  const res = await post("requests.json", VALID);
  expect(res.status).toBe(201);
  created = ((await res.json()) as { service_request_id: string }[])[0]!.service_request_id;
});

describe("services", () => {
  it("lists every active category with the specification's fields (JSON)", async () => {
    const res = await get("services.json");
    expect(res.status).toBe(200);
    const services = (await res.json()) as Record<string, unknown>[];
    expect(services.length).toBe(COMPLAINT_CATEGORIES.length);
    expect(Object.keys(services[0]!).sort()).toEqual(["description", "group", "keywords", "metadata", "service_code", "service_name", "type"]);
    const light = services.find((s) => s.service_code === "STREET_LIGHT")!;
    expect(light).toMatchObject({ service_name: "إنارة شارع معطلة", metadata: false, type: "realtime" });
  });

  it("speaks English with locale=en, and XML as <services><service>", async () => {
    const en = (await (await get("services.json", "?locale=en")).json()) as { service_code: string; service_name: string }[];
    expect(en.find((s) => s.service_code === "POTHOLE")!.service_name).toBe("Pothole");
    const res = await get("services.xml");
    expect(res.headers.get("content-type")).toMatch(/^text\/xml/);
    const doc = xml.parse(await res.text()) as { services: { service: Record<string, string>[] } };
    expect(doc.services.service).toHaveLength(COMPLAINT_CATEGORIES.length);
    // POTHOLE needs a photo: metadata=true, and its definition lists the attribute (below).
    expect(doc.services.service.find((s) => s.service_code === "POTHOLE")).toMatchObject({ metadata: "true", type: "realtime" });
    expect(doc.services.service.find((s) => s.service_code === "STREET_LIGHT")).toMatchObject({ metadata: "false" });
  });

  it("gives a definition for a known code and a 404 error document for an unknown one", async () => {
    const ok = await getServiceDefinition(new Request(`${BASE}/services/POTHOLE.json`), { params: Promise.resolve({ code: "POTHOLE.json" }) });
    expect(await ok.json()).toEqual({
      service_code: "POTHOLE",
      attributes: [{ variable: true, code: "photo_url", datatype: "string", required: true, datatype_description: expect.stringContaining("media_url"), order: 1, description: "صورة للمشكلة" }],
    });
    const none = await getServiceDefinition(new Request(`${BASE}/services/STREET_LIGHT.json`), { params: Promise.resolve({ code: "STREET_LIGHT.json" }) });
    expect(await none.json()).toEqual({ service_code: "STREET_LIGHT", attributes: [] });
    const okXml = await getServiceDefinition(new Request(`${BASE}/services/POTHOLE.xml`), { params: Promise.resolve({ code: "POTHOLE.xml" }) });
    expect(xml.parse(await okXml.text())).toMatchObject({ service_definition: { service_code: "POTHOLE", attributes: { attribute: [{ code: "photo_url", required: "true" }] } } });
    await expectErrors(await getServiceDefinition(new Request(`${BASE}/services/NOPE.json`), { params: Promise.resolve({ code: "NOPE.json" }) }), 404, "json", /service_code NOPE not found/);
    await expectErrors(await getServiceDefinition(new Request(`${BASE}/services/NOPE.xml`), { params: Promise.resolve({ code: "NOPE.xml" }) }), 404, "xml", /NOPE/);
  });

  it("answers an unknown format or resource with an error document", async () => {
    await expectErrors(await get("services.csv"), 404, "json", /Unknown resource/);
    await expectErrors(await get("tickets.xml"), 404, "xml", /Unknown resource/);
  });
});

describe("POST requests", () => {
  it("creates a routed complaint with a checkable reference and texts the reporter", async () => {
    expect(isValidCheckDigitNumber("C", created)).toBe(true);
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: created }, include: { category: true, municipality: true, events: true } });
    expect(c).toMatchObject({ source: "OPEN311", status: "NEW", reporterMobile: "966551234567", reporterName: "سارة القحطاني" });
    expect(c.category.code).toBe("STREET_LIGHT");
    expect(c.municipality.code).toBe("EP-DMM-C");
    expect(c.agencyClientId).not.toBeNull();
    expect(c.events.map((e) => e.kind)).toEqual(["CREATED"]);
    const sms = await db.outboxMessage.findMany({ where: { to: "966551234567", template: "complaintReceived" } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(created);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "complaints.open311.create", entityId: c.id } });
    expect(audit.actorLabel).toBe("system:agency:OPEN311");
    expect(JSON.stringify(audit.after)).not.toMatch(/0551234567|966551234567|sara@/);
  });

  it("answers the created id in XML as <service_requests><request>", async () => {
    const res = await post("requests.xml", { ...VALID, phone: "", email: "", description: "حفرة كبيرة في منتصف الطريق قرب الإشارة", service_code: "SIDEWALK" });
    expect(res.status).toBe(201);
    const doc = xml.parse(await res.text()) as { service_requests: { request: Record<string, string>[] } };
    const r = doc.service_requests.request[0]!;
    expect(Object.keys(r).sort()).toEqual(["account_id", "service_notice", "service_request_id"]);
    expect(r.service_request_id).toMatch(/^C\d+$/);
  });

  it("accepts the key in a header and a JSON body; routes by a district named in address_string", async () => {
    const res = await postResource(
      new Request(`${BASE}/requests.json`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-api-key": KEY },
        body: JSON.stringify({ service_code: "WASTE_COLLECTION", address_string: "حي الخليج، شارع 12", description: "الحاويات ممتلئة منذ يومين في الحي" }),
      }),
      { params: Promise.resolve({ resource: "requests.json" }) },
    );
    expect(res.status).toBe(201);
    const { service_request_id } = ((await res.json()) as { service_request_id: string }[])[0]!;
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: service_request_id }, include: { municipality: true, district: true } });
    expect(c.municipality.code).toBe("EP-DMM-E");
    expect(c.district?.nameEn).toBe("Al-Khaleej");
  });

  it("refuses a bad, missing or under-scoped api_key with 403 and creates nothing", async () => {
    const before = await db.complaint.count();
    await expectErrors(await post("requests.json", { ...VALID, api_key: "amk_bad_key" }), 403, "json", /api_key/);
    await expectErrors(await post("requests.xml", { ...VALID, api_key: "" }), 403, "xml", /api_key/);
    await expectErrors(await post("requests.json", { ...VALID, api_key: OTHER_SCOPE_KEY }), 403, "json", /api_key/);
    expect(await db.complaint.count()).toBe(before);
  });

  it("refuses an unknown service_code with 404", async () => {
    await expectErrors(await post("requests.json", { ...VALID, service_code: "UFO_SIGHTING" }), 404, "json", /service_code UFO_SIGHTING not found/);
    await expectErrors(await post("requests.xml", { ...VALID, service_code: "UFO_SIGHTING" }), 404, "xml", /UFO_SIGHTING/);
  });

  it("refuses malformed coordinates with 400", async () => {
    const before = await db.complaint.count();
    await expectErrors(await post("requests.json", { ...VALID, lat: "abc" }), 400, "json", /lat must be a decimal latitude/);
    await expectErrors(await post("requests.json", { ...VALID, lat: "95.1" }), 400, "json", /lat must be/);
    await expectErrors(await post("requests.json", { ...VALID, long: "50,1033" }), 400, "json", /long must be/);
    await expectErrors(await post("requests.xml", { ...VALID, long: "" }), 400, "xml", /lat and long must be sent together/);
    await expectErrors(await post("requests.json", { ...VALID, lat: "51.5", long: "-0.12" }), 400, "json", /outside the area/);
    expect(await db.complaint.count()).toBe(before);
  });

  it("refuses missing required fields with 400, listing each", async () => {
    const res = await post("requests.json", { api_key: KEY });
    await expectErrors(res.clone(), 400, "json", /service_code is required/);
    const { description } = ((await res.json()) as { description: string }[])[0]!;
    expect(description).toMatch(/a location is required/);
    expect(description).not.toMatch(/description/); // optional in the specification
    await expectErrors(await post("requests.json", { ...VALID, service_code: "POTHOLE" }), 400, "json", /attribute\[photo_url\] .* is required for service_code POTHOLE/);
    await expectErrors(await post("requests.json", { ...VALID, phone: "12345" }), 400, "json", /phone must be a Saudi mobile/);
    await expectErrors(await post("requests.json", { ...VALID, lat: "", long: "", address_string: "مكان ما لا نعرفه" }), 400, "json", /address_string could not be located/);
    await expectErrors(await post("requests.json", { ...VALID, lat: "", long: "", address_id: "12345" }), 400, "json", /address_id is not supported/);
  });

  it("refuses POST on services with 405 and the methods it takes", async () => {
    const res = await postResource(new Request(`${BASE}/services.json`, { method: "POST" }), { params: Promise.resolve({ resource: "services.json" }) });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, OPTIONS");
  });
});

describe("GET requests", () => {
  it("returns one request with exactly the specification's fields and no personal data (JSON and XML)", async () => {
    const res = await getOne(`${created}.json`);
    expect(res.status).toBe(200);
    const [r] = (await res.json()) as Record<string, unknown>[];
    expect(Object.keys(r!).sort()).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({ service_request_id: created, status: "open", service_code: "STREET_LIGHT", service_name: "إنارة شارع معطلة", agency_responsible: "إدارة الإنارة العامة", lat: 26.433, long: 50.103 }); // the public view: ~100 m
    expect(r!.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/);
    expect(r!.expected_datetime).toMatch(/\+03:00$/);
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/سارة|القحطاني|0551234567|966551234567|sara@/);

    const x = xml.parse(await (await getOne(`${created}.xml`)).text()) as { service_requests: { request: Record<string, string>[] } };
    expect(Object.keys(x.service_requests.request[0]!).sort()).toEqual(REQUEST_FIELDS);
    expect(x.service_requests.request[0]!.status).toBe("open");
  });

  it("404 for an unknown id, in the error format", async () => {
    await expectErrors(await getOne("C99999999.json"), 404, "json", /not found/);
    await expectErrors(await getOne("DROP TABLE.xml"), 404, "xml", /not found/);
  });

  it("shows public updates as status_notes, never internal notes; closed once resolved", async () => {
    const officer = (await loadActor(db, (await db.user.findFirstOrThrow({ where: { username: "staff.complaints" } })).id))!;
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: created } });
    await addInternalNote.execute(officer, { complaintId: c.id, body: "سرّي: المقاول متأخر في التوريد" });
    let [r] = (await (await getOne(`${created}.json`)).json()) as Record<string, unknown>[];
    expect(r!.status_notes).toBeNull();
    await postPublicUpdate.execute(officer, { complaintId: c.id, body: "سيزور الفريق الموقع يوم الأحد" });
    [r] = (await (await getOne(`${created}.json`)).json()) as Record<string, unknown>[];
    expect(r!.status_notes).toBe("سيزور الفريق الموقع يوم الأحد");
    await resolveComplaint.execute(officer, { complaintId: c.id, note: "تم استبدال المصباح وتشغيل العمود" });
    const all = JSON.stringify(await (await get("requests.json")).json());
    expect(all).not.toContain("سرّي");
    [r] = (await (await getOne(`${created}.json`)).json()) as Record<string, unknown>[];
    expect(r).toMatchObject({ status: "closed", status_notes: "تم استبدال المصباح وتشغيل العمود", expected_datetime: null });
  });

  it("filters by service_request_id (overriding the rest), service_code, status and dates", async () => {
    const ids = (list: unknown) => (list as { service_request_id: string }[]).map((r) => r.service_request_id);
    const byId = await (await get("requests.json", `?service_request_id=${created},C00000000&service_code=POTHOLE&status=open`)).json();
    expect(ids(byId)).toEqual([created]);

    const light = (await (await get("requests.json", "?service_code=STREET_LIGHT")).json()) as { service_code: string }[];
    expect(light.length).toBeGreaterThan(0);
    expect(light.every((r) => r.service_code === "STREET_LIGHT")).toBe(true);

    const closed = (await (await get("requests.json", "?status=closed")).json()) as { status: string }[];
    expect(ids(closed)).toContain(created);
    expect(closed.every((r) => r.status === "closed")).toBe(true);
    const open = (await (await get("requests.json", "?status=open")).json()) as { status: string }[];
    expect(ids(open)).not.toContain(created);
    expect(open.every((r) => r.status === "open")).toBe(true);

    const future = await (await get("requests.json", "?start_date=2099-01-01T00:00:00Z")).json();
    expect(future).toEqual([]);
    const old = await (await get("requests.json", "?start_date=2020-01-01&end_date=2020-02-01")).json();
    expect(old).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect(ids(await (await get("requests.json", `?start_date=${today}`)).json())).toContain(created);
  });

  it("defaults to the last 90 days, newest first", async () => {
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: created } });
    const old = await db.complaint.create({
      data: { ...pick(c), reference: "C00000001", createdAt: new Date(Date.now() - 120 * 86_400_000), slaDueAt: new Date() },
    });
    const list = (await (await get("requests.json")).json()) as { service_request_id: string; requested_datetime: string }[];
    expect(list.map((r) => r.service_request_id)).not.toContain(old.reference);
    const times = list.map((r) => Date.parse(r.requested_datetime));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const explicit = (await (await get("requests.json", `?start_date=${new Date(Date.now() - 125 * 86_400_000).toISOString()}&end_date=${new Date(Date.now() - 100 * 86_400_000).toISOString()}`)).json()) as { service_request_id: string }[];
    expect(explicit.map((r) => r.service_request_id)).toEqual([old.reference]);
  });

  it("refuses malformed filters with 400", async () => {
    await expectErrors(await get("requests.json", "?status=pending"), 400, "json", /status must be open, closed/);
    await expectErrors(await get("requests.xml", "?start_date=yesterday"), 400, "xml", /start_date is not a valid W3C datetime/);
    await expectErrors(await get("requests.json", "?end_date=2026-02-30"), 400, "json", /end_date/);
    await expectErrors(await get("requests.json", "?start_date=2026-01-01&end_date=2026-06-01"), 400, "json", /90 days/);
    await expectErrors(await get("requests.json", "?start_date=2026-06-01&end_date=2026-05-01"), 400, "json", /after end_date/);
  });
});

function pick(c: { categoryId: string; departmentId: string; municipalityId: string; description: string; latitude: number | null; longitude: number | null }) {
  return { categoryId: c.categoryId, departmentId: c.departmentId, municipalityId: c.municipalityId, description: c.description, latitude: c.latitude, longitude: c.longitude };
}
