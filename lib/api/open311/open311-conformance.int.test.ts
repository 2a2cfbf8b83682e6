/**
 * Open311 GeoReport v2 as a client library expects it (issue 17): optional description up to 4,000
 * characters, a required photo published as a service attribute, address_string naming a city, published
 * text without control or direction-override characters in JSON and XML alike, the discovery document,
 * Open311 errors for unknown paths, 405 with `Allow`, and the CORS preflight a browser client sends first.
 * Real route handlers, real Requests, a real PostgreSQL.
 */
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { DELETE as deleteAny, GET as getAny, OPTIONS as optionsAny, POST as postAny } from "@/app/api/open311/[...rest]/route";
import { GET as getResource, OPTIONS as optionsResource, POST as postResource, PUT as putResource } from "@/app/api/open311/v2/[resource]/route";
import { DELETE as deleteOne, GET as getOneRequest } from "@/app/api/open311/v2/requests/[id]/route";
import { PUT as putDefinition } from "@/app/api/open311/v2/services/[code]/route";
import { db } from "@/lib/db";
import { AGENCY_CLIENTS } from "@/prisma/seed/agency-clients";

const KEY = AGENCY_CLIENTS.find((c) => c.code === "OPEN311")!.demoKey;
const BASE = "http://localhost/api/open311/v2";
const DAMMAM = { lat: "26.4331", long: "50.1033" };
const xml = new XMLParser({ parseTagValue: false, isArray: (name) => ["request", "error", "endpoint", "format"].includes(name) });

const resource = (name: string) => ({ params: Promise.resolve({ resource: name }) });
const post = (fields: Record<string, string>, format = "json") =>
  postResource(
    new Request(`${BASE}/requests.${format}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ api_key: KEY, ...fields }).toString() }),
    resource(`requests.${format}`),
  );
const createdId = async (res: Response) => {
  expect(res.status).toBe(201);
  return ((await res.json()) as { service_request_id: string }[])[0]!.service_request_id;
};
const rest = (...segments: string[]) => ({ params: Promise.resolve({ rest: segments }) });

describe("POST requests as the specification defines its fields", () => {
  it("takes a request without a description, and one of 4,000 characters; refuses 4,001", async () => {
    const bare = await createdId(await post({ service_code: "STREET_LIGHT", ...DAMMAM }));
    expect((await db.complaint.findUniqueOrThrow({ where: { reference: bare } })).description).toBe("");
    const long = await createdId(await post({ service_code: "STREET_LIGHT", ...DAMMAM, description: "ع".repeat(4000) }));
    expect((await db.complaint.findUniqueOrThrow({ where: { reference: long } })).description).toHaveLength(4000);
    const before = await db.complaint.count();
    const res = await post({ service_code: "STREET_LIGHT", ...DAMMAM, description: "ع".repeat(4001) });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/description must be at most 4000 characters/);
    expect(await db.complaint.count()).toBe(before);
  });

  it("takes the photo a service requires as its published attribute, or as media_url", async () => {
    const byAttribute = await createdId(await post({ service_code: "POTHOLE", ...DAMMAM, "attribute[photo_url]": "https://photos.example.com/pothole.jpg" }));
    const [r] = (await (await getOneRequest(new Request(`${BASE}/requests/${byAttribute}.json`), { params: Promise.resolve({ id: `${byAttribute}.json` }) })).json()) as { media_url: string }[];
    expect(r!.media_url).toBe("https://photos.example.com/pothole.jpg");
    await createdId(await post({ service_code: "POTHOLE", ...DAMMAM, media_url: "https://photos.example.com/p2.jpg" }));
    const bad = await post({ service_code: "POTHOLE", ...DAMMAM, "attribute[photo_url]": "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/attribute\[photo_url\] must be an http\(s\) URL/);
  });

  it("locates an address_string that names only a city", async () => {
    const id = await createdId(await post({ service_code: "STREET_LIGHT", address_string: "شارع الأمير فيصل بن فهد، الخبر", description: "عمود إنارة مائل" }));
    const c = await db.complaint.findUniqueOrThrow({ where: { reference: id }, include: { municipality: true } });
    expect(c.municipality.nameAr).toContain("الخبر");
    expect(c.districtId).toBeNull();
  });
});

describe("published text", () => {
  it("carries no direction-override or control characters, the same in JSON and XML", async () => {
    const id = await createdId(await post({ service_code: "STREET_LIGHT", ...DAMMAM, description: "إنارة\u202Eمعطلة\u202C قرب\u2066 المسجد\u2069\u0085" }));
    const one = (format: string) => getOneRequest(new Request(`${BASE}/requests/${id}.${format}`), { params: Promise.resolve({ id: `${id}.${format}` }) });
    const [json] = (await (await one("json")).json()) as { description: string }[];
    expect(json!.description).toBe("إنارةمعطلة قرب المسجد");
    const doc = xml.parse(await (await one("xml")).text()) as { service_requests: { request: { description: string }[] } };
    expect(doc.service_requests.request[0]!.description).toBe(json!.description);
  });
});

describe("paths and methods", () => {
  it("publishes the discovery document in JSON and XML", async () => {
    const res = await getAny(new Request("http://localhost/api/open311/discovery.json"), rest("discovery.json"));
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const doc = (await res.json()) as { changeset: string; endpoints: { specification: string; url: string; formats: string[]; type: string }[] };
    expect(doc.changeset).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(doc.endpoints[0]).toMatchObject({ specification: "http://wiki.open311.org/GeoReport_v2", type: "production", formats: ["text/xml", "application/json"] });
    expect(doc.endpoints[0]!.url).toMatch(/^https?:\/\/[^/]+\/api\/open311\/v2$/);
    const x = xml.parse(await (await getAny(new Request("http://localhost/api/open311/discovery.xml"), rest("discovery.xml"))).text()) as {
      discovery: { endpoints: { endpoint: { url: string; formats: { format: string[] } }[] } };
    };
    expect(x.discovery.endpoints.endpoint[0]!.url).toBe(doc.endpoints[0]!.url);
    expect(x.discovery.endpoints.endpoint[0]!.formats.format).toEqual(["text/xml", "application/json"]);
  });

  it("answers an unknown Open311 path with an Open311 error, in XML when the path asks for it", async () => {
    const res = await getAny(new Request("http://localhost/api/open311/v3/requests.json"), rest("v3", "requests.json"));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await res.json()) as { code: number }[])[0]!.code).toBe(404);
    const x = await postAny(new Request("http://localhost/api/open311/v2/a/b/c.xml", { method: "POST" }), rest("v2", "a", "b", "c.xml"));
    expect(x.status).toBe(404);
    expect(xml.parse(await x.text())).toMatchObject({ errors: { error: [{ code: "404" }] } });
    const del = await deleteAny(new Request("http://localhost/api/open311/discovery.json", { method: "DELETE" }), rest("discovery.json"));
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, OPTIONS");
  });

  it("answers a method a resource does not take with 405 and Allow", async () => {
    const put = await putResource(new Request(`${BASE}/requests.json`, { method: "PUT" }), resource("requests.json"));
    expect(put.status).toBe(405);
    expect(put.headers.get("allow")).toBe("GET, POST, OPTIONS");
    expect(((await put.json()) as { code: number }[])[0]!.code).toBe(405);
    const del = await deleteOne(new Request(`${BASE}/requests/C1.xml`, { method: "DELETE" }), { params: Promise.resolve({ id: "C1.xml" }) });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, OPTIONS");
    expect(del.headers.get("content-type")).toMatch(/^text\/xml/);
    const def = await putDefinition(new Request(`${BASE}/services/POTHOLE.json`, { method: "PUT" }), { params: Promise.resolve({ code: "POTHOLE.json" }) });
    expect(def.status).toBe(405);
  });

  it("answers a browser's CORS preflight so a web client can POST", async () => {
    const res = await optionsResource(
      new Request(`${BASE}/requests.json`, { method: "OPTIONS", headers: { origin: "https://client.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" } }),
      resource("requests.json"),
    );
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("content-type");
    expect((await optionsAny(new Request("http://localhost/api/open311/discovery.json", { method: "OPTIONS" }), rest("discovery.json"))).status).toBe(204);
  });

  it("reads an unencoded + in start_date (a space in a query string) as the offset", async () => {
    const res = await getResource(new Request(`${BASE}/requests.json?start_date=2099-01-01T00:00:00+03:00`), resource("requests.json"));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
  });
});
