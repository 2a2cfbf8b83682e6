import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { open311Errors, open311Status, parseCoordinate, parseW3cDateTime, render, splitFormat, statusesFor, w3cDateTime, type Open311Request } from "@/lib/api/open311/format";

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ["service", "request", "error", "attribute"].includes(name) });

const REQUEST: Open311Request = {
  service_request_id: "C00000125",
  status: "open",
  status_notes: null,
  service_name: "إنارة الشوارع",
  service_code: "LIGHT",
  description: 'عمود إنارة مطفأ <قرب> المسجد & "الحديقة"\u0007',
  agency_responsible: "إدارة الإنارة",
  service_notice: "خلال 48 ساعة",
  requested_datetime: "2026-05-01T10:00:00+03:00",
  updated_datetime: "2026-05-01T10:00:00+03:00",
  expected_datetime: "2026-05-03T10:00:00+03:00",
  address: "العدامة، بلدية وسط الدمام",
  address_id: null,
  zipcode: null,
  lat: 26.4331,
  long: 50.1033,
  media_url: null,
};

describe("Open311 paths", () => {
  it("splits the format from the last segment", () => {
    expect(splitFormat("requests.json")).toEqual({ name: "requests", format: "json" });
    expect(splitFormat("services.XML")).toEqual({ name: "services", format: "xml" });
    expect(splitFormat("C0000012.5.json")).toEqual({ name: "C0000012.5", format: "json" });
    expect(splitFormat("requests.csv")).toBeNull();
    expect(splitFormat("requests")).toBeNull();
  });
});

describe("statuses", () => {
  it("maps our statuses to open/closed", () => {
    expect(["NEW", "IN_PROGRESS"].map(open311Status)).toEqual(["open", "open"]);
    expect(["RESOLVED", "REJECTED", "CLOSED", "MERGED"].map(open311Status)).toEqual(["closed", "closed", "closed", "closed"]);
    expect(statusesFor("open").sort()).toEqual(["IN_PROGRESS", "NEW"]);
    expect(statusesFor("closed")).toContain("MERGED");
  });
});

describe("W3C datetimes", () => {
  it("writes Riyadh time with its offset", () => {
    expect(w3cDateTime(new Date("2026-05-01T07:04:05.123Z"))).toBe("2026-05-01T10:04:05+03:00");
    expect(w3cDateTime(new Date("2026-05-01T22:30:00Z"))).toBe("2026-05-02T01:30:00+03:00");
  });
  it("reads full datetimes, offsets, Z and plain dates (Riyadh midnight)", () => {
    expect(parseW3cDateTime("2026-05-01T10:04:05+03:00")?.toISOString()).toBe("2026-05-01T07:04:05.000Z");
    expect(parseW3cDateTime("2026-05-01T07:04:05Z")?.toISOString()).toBe("2026-05-01T07:04:05.000Z");
    expect(parseW3cDateTime("2010-04-14T06:37:38-08:00")?.toISOString()).toBe("2010-04-14T14:37:38.000Z");
    expect(parseW3cDateTime("2026-05-01")?.toISOString()).toBe("2026-04-30T21:00:00.000Z");
    expect(parseW3cDateTime("٢٠٢٦-٠٥-٠١")?.toISOString()).toBe("2026-04-30T21:00:00.000Z");
  });
  it("reads an offset whose + arrived as a space (unencoded in a query string)", () => {
    expect(parseW3cDateTime("2026-05-01T10:04:05 03:00")?.toISOString()).toBe("2026-05-01T07:04:05.000Z");
    expect(parseW3cDateTime("2026-05-01T10:04 0300")?.toISOString()).toBe("2026-05-01T07:04:00.000Z");
    expect(parseW3cDateTime("2026-05-01T10:04:05  03:00")).toBeNull();
  });
  it("refuses malformed and impossible dates", () => {
    for (const bad of ["yesterday", "2026-13-01", "2026-02-30", "2026-05-01T25:00:00Z", "1714550400", ""]) expect(parseW3cDateTime(bad), bad).toBeNull();
  });
});

describe("coordinates", () => {
  it("accepts decimal degrees within range only", () => {
    expect(parseCoordinate("26.4331", 90)).toBe(26.4331);
    expect(parseCoordinate("-0.5", 180)).toBe(-0.5);
    expect(parseCoordinate("٢٦٫٤", 90)).toBeNull(); // Arabic decimal separator is not the wire format
    for (const bad of ["abc", "91", "26,43", "1e2", "", "26.4.3", "NaN", "Infinity"]) expect(parseCoordinate(bad, 90), bad).toBeNull();
    expect(parseCoordinate("181", 180)).toBeNull();
  });
});

describe("documents", () => {
  it("JSON requests carry exactly the specification's field names", () => {
    const { body, contentType } = render({ kind: "requests", data: [REQUEST] }, "json");
    expect(contentType).toMatch(/^application\/json/);
    const parsed = JSON.parse(body) as Record<string, unknown>[];
    expect(Object.keys(parsed[0]!).sort()).toEqual(
      ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url"].sort(),
    );
  });

  it("XML requests: <service_requests><request>, escaped text, no control characters", () => {
    const { body, contentType } = render({ kind: "requests", data: [REQUEST, { ...REQUEST, service_request_id: "C00000133" }] }, "xml");
    expect(contentType).toMatch(/^text\/xml/);
    expect(body.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(body).not.toContain("\u0007");
    const doc = parser.parse(body) as { service_requests: { request: Record<string, string>[] } };
    expect(doc.service_requests.request).toHaveLength(2);
    expect(doc.service_requests.request[0]!.description).toBe('عمود إنارة مطفأ <قرب> المسجد & "الحديقة"');
    expect(doc.service_requests.request[0]!.lat).toBe("26.4331");
    expect(doc.service_requests.request[1]!.service_request_id).toBe("C00000133");
  });

  it("XML services: <services><service> with metadata as true/false", () => {
    const { body } = render({ kind: "services", data: [{ service_code: "LIGHT", service_name: "إنارة", description: "d", metadata: false, type: "realtime", keywords: "a, b", group: "g" }] }, "xml");
    const doc = parser.parse(body) as { services: { service: Record<string, string>[] } };
    expect(doc.services.service[0]).toMatchObject({ service_code: "LIGHT", metadata: "false", type: "realtime" });
  });

  it("XML service definition: <service_definition> with its attributes", () => {
    const { body } = render({ kind: "serviceDefinition", data: { service_code: "LIGHT", attributes: [] } }, "xml");
    expect(parser.parse(body)).toMatchObject({ service_definition: { service_code: "LIGHT" } });
  });

  it("errors: [{code, description}] and <errors><error>, with the HTTP status", async () => {
    const json = open311Errors(403, ["Invalid api_key"], "json");
    expect(json.status).toBe(403);
    expect(await json.json()).toEqual([{ code: 403, description: "Invalid api_key" }]);
    const xml = open311Errors(404, ["service_code X not found"], "xml");
    expect(xml.status).toBe(404);
    expect(parser.parse(await xml.text())).toEqual({ "?xml": "", errors: { error: [{ code: "404", description: "service_code X not found" }] } });
  });
});
